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

}  // namespace masseflyt::registry::common
