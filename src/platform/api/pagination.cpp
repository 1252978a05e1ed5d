#include "platform/api/pagination.hpp"

#include <charconv>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"

namespace masseflyt::api {
namespace {

// Versioned prefix so a future change of cursor format rejects old cursors cleanly.
constexpr std::string_view kCursorPrefix = "c1:";
constexpr std::size_t kMaxCursorLength = 512;

}  // namespace

std::string encodeCursor(std::string_view sort_key) {
  return crypto::base64UrlEncode(std::string(kCursorPrefix) + std::string(sort_key));
}

std::optional<std::string> decodeCursor(std::string_view cursor) {
  if (cursor.empty() || cursor.size() > kMaxCursorLength) {
    return std::nullopt;
  }
  auto decoded = crypto::base64UrlDecode(cursor);
  if (!decoded || !decoded->starts_with(kCursorPrefix)) {
    return std::nullopt;
  }
  return decoded->substr(kCursorPrefix.size());
}

std::string encodeOffsetCursor(std::int64_t offset) {
  return encodeCursor("o" + std::to_string(offset));
}

std::optional<std::int64_t> offsetFromCursorKey(std::string_view key) {
  if (key.size() < 2 || key.size() > 11 || key.front() != 'o') return std::nullopt;
  std::int64_t offset = 0;
  const auto* end = key.data() + key.size();
  const auto [ptr, ec] = std::from_chars(key.data() + 1, end, offset);
  if (ec != std::errc{} || ptr != end || offset < 0) return std::nullopt;
  return offset;
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
