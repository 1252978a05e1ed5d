#include "modules/registry/common/list_query.hpp"

#include <cstdio>
#include <ctime>

#include "platform/core/text.hpp"

namespace masseflyt::registry::common {

std::string filterQuery(const http::Request& request, std::span<const std::string_view> names) {
  std::string out;
  for (const auto name : names) {
    const auto value = request.queryParam(name);
    if (!value || value->empty()) continue;
    if (!out.empty()) out += '&';
    out += std::string(name) + "=" + text::percentEncode(*value);
  }
  return out;
}

std::string isoTimestamp(std::int64_t epoch_ms) {
  const std::time_t seconds = static_cast<std::time_t>(epoch_ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(epoch_ms % 1000));
  return buffer;
}

}  // namespace masseflyt::registry::common
