#include "platform/api/pagination.hpp"

#include <array>
#include <charconv>
#include <vector>

#include "platform/core/error.hpp"

namespace masseflyt::api {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// Versioned prefix so a future change of cursor format rejects old cursors cleanly.
constexpr std::string_view kCursorPrefix = "c1:";
constexpr std::size_t kMaxCursorLength = 512;

std::string base64UrlEncode(std::string_view data) {
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    const auto n = (static_cast<unsigned char>(data[i]) << 16) |
                   (static_cast<unsigned char>(data[i + 1]) << 8) |
                   static_cast<unsigned char>(data[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  if (i < data.size()) {
    auto n = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) {
      n |= static_cast<unsigned char>(data[i + 1]) << 8;
    }
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    if (i + 1 < data.size()) {
      out += kAlphabet[(n >> 6) & 63];
    }
  }
  return out;
}

std::optional<std::string> base64UrlDecode(std::string_view text) {
  if (text.size() % 4 == 1) {
    return std::nullopt;
  }
  std::string out;
  unsigned int buffer = 0;
  int bits = 0;
  for (const char c : text) {
    const auto pos = kAlphabet.find(c);
    if (pos == std::string_view::npos) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<unsigned int>(pos);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

}  // namespace

std::string encodeCursor(std::string_view sort_key) {
  return base64UrlEncode(std::string(kCursorPrefix) + std::string(sort_key));
}

std::optional<std::string> decodeCursor(std::string_view cursor) {
  if (cursor.empty() || cursor.size() > kMaxCursorLength) {
    return std::nullopt;
  }
  auto decoded = base64UrlDecode(cursor);
  if (!decoded || !decoded->starts_with(kCursorPrefix)) {
    return std::nullopt;
  }
  return decoded->substr(kCursorPrefix.size());
}

PageRequest parsePageRequest(const http::Request& request, PageLimits limits) {
  PageRequest page{limits.default_limit, std::nullopt};
  std::vector<FieldError> errors;
  if (const auto limit = request.queryParam("limit")) {
    std::size_t value = 0;
    const auto* end = limit->data() + limit->size();
    const auto [ptr, ec] = std::from_chars(limit->data(), end, value);
    if (ec != std::errc{} || ptr != end || value < 1 || value > limits.max_limit) {
      errors.push_back({"limit", "api.error.limit"});
    } else {
      page.limit = value;
    }
  }
  if (const auto cursor = request.queryParam("cursor")) {
    page.after = decodeCursor(*cursor);
    if (!page.after) {
      errors.push_back({"cursor", "api.error.cursor"});
    }
  }
  if (!errors.empty()) {
    throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  }
  return page;
}

}  // namespace masseflyt::api
