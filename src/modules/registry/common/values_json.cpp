#include "modules/registry/common/values_json.hpp"

namespace masseflyt::registry::common::json {

namespace bj = boost::json;

bj::value nullableText(const std::string& text) {
  return text.empty() ? bj::value(nullptr) : bj::value(bj::string(text));
}

bj::value nullableNumber(const std::optional<std::int64_t>& value) {
  return value ? bj::value(*value) : bj::value(nullptr);
}

}  // namespace masseflyt::registry::common::json
