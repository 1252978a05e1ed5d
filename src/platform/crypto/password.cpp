#include "platform/crypto/password.hpp"

#include <argon2.h>

#include <charconv>
#include <cstdint>
#include <optional>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/crypto/random.hpp"

namespace masseflyt::crypto {
namespace {

// OWASP Password Storage Cheat Sheet, Argon2id option with m=19 MiB.
constexpr std::uint32_t kMemoryKiB = 19456;
constexpr std::uint32_t kIterations = 2;
constexpr std::uint32_t kParallelism = 1;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr std::uint32_t kVersion = 19;

// Upper bounds accepted when verifying, so a tampered or corrupt stored hash cannot make a login
// allocate gigabytes or spin for minutes. Generous enough for future parameter increases.
constexpr std::uint32_t kMaxMemoryKiB = 1U << 20;  // 1 GiB
constexpr std::uint32_t kMaxIterations = 64;
constexpr std::uint32_t kMaxParallelism = 16;
constexpr std::size_t kMaxEncodedBytes = 512;

struct Parameters {
  std::uint32_t memory_kib = 0;
  std::uint32_t iterations = 0;
  std::uint32_t parallelism = 0;
  std::size_t salt_bytes = 0;
  std::size_t hash_bytes = 0;
};

bool consume(std::string_view& text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) {
    return false;
  }
  text.remove_prefix(prefix.size());
  return true;
}

// Decimal without sign or leading zeros, as the PHC format requires.
std::optional<std::uint32_t> consumeNumber(std::string_view& text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits > 10 || (digits > 1 && text[0] == '0')) {
    return std::nullopt;
  }
  std::uint32_t value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + digits, value);
  if (ec != std::errc() || ptr != text.data() + digits) {
    return std::nullopt;
  }
  text.remove_prefix(digits);
  return value;
}

// Length in bytes of an unpadded standard-base64 field, or nullopt if it is not one.
std::optional<std::size_t> base64FieldBytes(std::string_view field) {
  if (field.empty() || field.size() % 4 == 1) {
    return std::nullopt;
  }
  for (const char c : field) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '+' || c == '/';
    if (!ok) {
      return std::nullopt;
    }
  }
  return field.size() * 3 / 4;
}

// Parses `$argon2id$v=19$m=..,t=..,p=..$salt$hash` strictly; anything else is rejected before
// it reaches libargon2.
std::optional<Parameters> parse(std::string_view text) {
  if (text.size() > kMaxEncodedBytes) {
    return std::nullopt;
  }
  Parameters p;
  if (!consume(text, "$argon2id$v=")) {
    return std::nullopt;
  }
  const auto version = consumeNumber(text);
  if (!version || *version != kVersion) {
    return std::nullopt;
  }
  if (!consume(text, "$m=")) {
    return std::nullopt;
  }
  const auto m = consumeNumber(text);
  if (!m || !consume(text, ",t=")) {
    return std::nullopt;
  }
  const auto t = consumeNumber(text);
  if (!t || !consume(text, ",p=")) {
    return std::nullopt;
  }
  const auto par = consumeNumber(text);
  if (!par || !consume(text, "$")) {
    return std::nullopt;
  }
  const auto dollar = text.find('$');
  if (dollar == std::string_view::npos) {
    return std::nullopt;
  }
  const auto salt = base64FieldBytes(text.substr(0, dollar));
  const auto hash = base64FieldBytes(text.substr(dollar + 1));
  if (!salt || !hash) {
    return std::nullopt;
  }
  p.memory_kib = *m;
  p.iterations = *t;
  p.parallelism = *par;
  p.salt_bytes = *salt;
  p.hash_bytes = *hash;
  const bool in_bounds = p.parallelism >= 1 && p.parallelism <= kMaxParallelism &&
                         p.iterations >= 1 && p.iterations <= kMaxIterations &&
                         p.memory_kib >= 8 * p.parallelism && p.memory_kib <= kMaxMemoryKiB &&
                         p.salt_bytes >= 8 && p.hash_bytes >= 16 && p.hash_bytes <= 64;
  if (!in_bounds) {
    return std::nullopt;
  }
  return p;
}

}  // namespace

std::string hashPassword(std::string_view password) {
  if (password.size() > kMaxPasswordBytes) {
    throw Error(ErrorKind::Validation, "crypto.error.password_too_long", {},
                {FieldError{"password", "crypto.error.password_too_long"}});
  }
  const std::string salt = randomBytes(kSaltBytes);
  const std::size_t length =
      argon2_encodedlen(kIterations, kMemoryKiB, kParallelism, kSaltBytes, kHashBytes, Argon2_id);
  std::vector<char> encoded(length + 1, '\0');
  const int rc =
      argon2id_hash_encoded(kIterations, kMemoryKiB, kParallelism, password.data(), password.size(),
                            salt.data(), salt.size(), kHashBytes, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) {
    throw Error(ErrorKind::Internal, "crypto.error.internal",
                std::string("argon2id_hash_encoded: ") + argon2_error_message(rc));
  }
  return std::string(encoded.data());
}

bool verifyPassword(std::string_view password, std::string_view encoded) noexcept {
  try {
    if (password.size() > kMaxPasswordBytes || !parse(encoded)) {
      return false;
    }
    // libargon2 wants a NUL-terminated string; `encoded` has no NUL (parse checked every byte).
    const std::string terminated(encoded);
    // An empty password may arrive with a null data pointer, which libargon2 rejects.
    static const char kEmpty = '\0';
    const char* pwd = password.empty() ? &kEmpty : password.data();
    return argon2id_verify(terminated.c_str(), pwd, password.size()) == ARGON2_OK;
  } catch (...) {
    return false;
  }
}

bool passwordNeedsRehash(std::string_view encoded) {
  const auto p = parse(encoded);
  return !p || p->memory_kib != kMemoryKiB || p->iterations != kIterations ||
         p->parallelism != kParallelism || p->salt_bytes != kSaltBytes ||
         p->hash_bytes != kHashBytes;
}

}  // namespace masseflyt::crypto
