// The payload of the "listing published" job: {"listing_id":"…"}.
#include <boost/json.hpp>

#include "modules/masses/listings/app/api.hpp"

namespace masseflyt::masses::listings {

std::string publishedJobPayload(std::string_view listing_id) {
  return boost::json::serialize(boost::json::object{{"listing_id", listing_id}});
}

std::optional<std::string> listingIdOfPayload(std::string_view payload) {
  boost::system::error_code ec;
  const auto value = boost::json::parse(payload, ec);
  if (ec || !value.is_object()) return std::nullopt;
  const auto* id = value.as_object().if_contains("listing_id");
  if (id == nullptr || !id->is_string() || id->as_string().empty() || id->as_string().size() > 64) {
    return std::nullopt;
  }
  return std::string(id->as_string());
}

}  // namespace masseflyt::masses::listings
