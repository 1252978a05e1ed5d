#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/http/message.hpp"

namespace masseflyt::api {

/// The cursor-pagination convention of /api/v1 (docs/api.md): `?limit=` (1..max) and an opaque
/// `?cursor=` taken from the previous page's `neste`. Cursors are base64url of a sort key chosen by
/// the endpoint, so clients cannot build them and ids are never enumerable.
struct PageRequest {
  std::size_t limit = 0;
  std::optional<std::string> after;  ///< decoded sort key of the last item already seen
};

struct PageLimits {
  std::size_t default_limit = 50;
  std::size_t max_limit = 200;
};

/// Reads `limit` and `cursor`; throws Error(Validation) with a field error per bad parameter.
PageRequest parsePageRequest(const http::Request& request, PageLimits limits = {});

std::string encodeCursor(std::string_view sort_key);
/// Lists sorted by something that is not unique (name, distance) page by position: the cursor's
/// key is "o<offset>".
std::string encodeOffsetCursor(std::int64_t offset);
/// The offset in a decoded cursor key; nullopt unless it is "o" and 1–10 digits.
std::optional<std::int64_t> offsetFromCursorKey(std::string_view key);
/// nullopt when the text is not a cursor this server issued.
std::optional<std::string> decodeCursor(std::string_view cursor);

}  // namespace masseflyt::api
