#include "platform/db/uuid.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <mutex>
#include <stdexcept>

#include "platform/crypto/random.hpp"

namespace masseflyt::db {

std::int64_t nowEpochMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

namespace {

// Method 1 of RFC 9562 §6.2: rand_a (12 bits) doubles as a counter within one millisecond, so ids
// from this process sort in creation order even when many are made in the same millisecond.
struct Monotonic {
  std::mutex mutex;
  std::int64_t last_ms = 0;
  std::uint16_t counter = 0;
};

Monotonic& monotonic() {
  static Monotonic state;
  return state;
}

}  // namespace

std::string newUuidV7() {
  std::array<unsigned char, 16> bytes{};
  const std::string random = crypto::randomBytes(bytes.size());
  std::copy(random.begin(), random.end(), bytes.begin());

  std::int64_t ms = nowEpochMs();
  std::uint16_t rand_a = static_cast<std::uint16_t>(((bytes[6] & 0x0f) << 8) | bytes[7]);
  {
    auto& state = monotonic();
    std::lock_guard lock(state.mutex);
    if (ms <= state.last_ms) {
      ms = state.last_ms;
      if (state.counter >= 0x0fff) {
        // Counter exhausted: borrow the next millisecond rather than break ordering.
        ++ms;
        rand_a = static_cast<std::uint16_t>(rand_a & 0x07ff);
      } else {
        rand_a = static_cast<std::uint16_t>(state.counter + 1);
      }
    } else {
      // Leave headroom above a fresh random start so the counter rarely runs out.
      rand_a = static_cast<std::uint16_t>(rand_a & 0x07ff);
    }
    state.last_ms = ms;
    state.counter = rand_a;
  }

  const auto ums = static_cast<std::uint64_t>(ms);
  for (int i = 0; i < 6; ++i) {
    bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ums >> (40 - 8 * i));
  }
  bytes[6] = static_cast<unsigned char>(0x70 | ((rand_a >> 8) & 0x0f));
  bytes[7] = static_cast<unsigned char>(rand_a & 0xff);
  bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f));

  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kHex[bytes[i] >> 4]);
    out.push_back(kHex[bytes[i] & 0x0f]);
  }
  return out;
}

bool isUuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

}  // namespace masseflyt::db
