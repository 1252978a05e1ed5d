#include "integrations/feature_service/feature_json.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "platform/core/error.hpp"

namespace masseflyt::feature_service {

namespace bj = boost::json;

void throwMalformed(std::string_view malformed_key, const std::string& detail) {
  throw Error(ErrorKind::Unavailable, std::string(malformed_key), detail);
}

bj::object parseObject(std::string_view body, std::string_view malformed_key) {
  boost::system::error_code ec;
  bj::value root = bj::parse(body, ec);
  if (ec || !root.is_object()) throwMalformed(malformed_key, "not a JSON object");
  return std::move(root.get_object());
}

std::string attributeText(const bj::value& value) {
  if (value.is_string()) return std::string(value.get_string());
  if (value.is_int64()) return std::to_string(value.get_int64());
  if (value.is_uint64()) return std::to_string(value.get_uint64());
  if (value.is_double()) {
    const double d = value.get_double();
    if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
    return bj::serialize(value);
  }
  if (value.is_bool()) return value.get_bool() ? "true" : "false";
  return {};
}

registry::imports::ImportedRecord recordOf(const bj::value& feature, std::string_view attributes_member,
                                           std::string_view source, std::string_view malformed_key) {
  if (!feature.is_object()) throwMalformed(malformed_key, "feature is not an object");
  const auto* attributes = feature.get_object().if_contains(attributes_member);
  if (attributes == nullptr || !attributes->is_object()) {
    throwMalformed(malformed_key, "feature without " + std::string(attributes_member));
  }
  registry::imports::ImportedRecord record;
  record.source = std::string(source);
  for (const auto& [name, value] : attributes->get_object()) {
    record.raw.emplace(std::string(name), attributeText(value));
  }
  return record;
}

std::string field(const registry::imports::ImportedRecord& record, std::string_view name) {
  const auto it = record.raw.find(std::string(name));
  return it == record.raw.end() ? std::string() : it->second;
}

}  // namespace masseflyt::feature_service
