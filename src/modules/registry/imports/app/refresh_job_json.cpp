// The payload of the nightly refresh job: {"kilde":"ngu"}.
#include <boost/json.hpp>

#include "modules/registry/imports/app/api.hpp"

namespace masseflyt::registry::imports {

std::string refreshJobPayload(std::string_view source) {
  return boost::json::serialize(boost::json::object{{"kilde", source}});
}

std::optional<std::string> sourceOfRefreshPayload(std::string_view payload) {
  boost::system::error_code ec;
  const auto value = boost::json::parse(payload, ec);
  if (ec || !value.is_object()) return std::nullopt;
  const auto* source = value.as_object().if_contains("kilde");
  if (source == nullptr || !source->is_string() || source->as_string().empty() ||
      source->as_string().size() > 40) {
    return std::nullopt;
  }
  return std::string(source->as_string());
}

}  // namespace masseflyt::registry::imports
