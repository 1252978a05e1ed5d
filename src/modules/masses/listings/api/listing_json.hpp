#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/listings/app/listing_service.hpp"

// JSON of the listings API and the GeoJSON download (Boost.JSON lives in listing_api_json.cpp).
namespace masseflyt::masses::listings::json {

std::string listing(const ListingView& view);
/// {"data": [...], "totalt": n, "neste": <cursor or null>}
std::string listingPage(const std::vector<ListingView>& items, std::int64_t total,
                        const std::optional<std::string>& next);
/// RFC 7946 FeatureCollection; the map script reads navn, url, kategori, kategori_navn, status,
/// status_navn from each feature's properties.
std::string featureCollection(const std::vector<ListingView>& items, const std::optional<std::string>& next);

/// A listing body (POST, PUT; PATCH overlays it on `base`). Throws Error(BadRequest,
/// "masses.listing.error.body") when it is not a JSON object; wrongly typed members become field
/// errors in `input.errors`.
struct Body {
  std::string organisation;  ///< id or organisasjonsnummer
  PlaceInput place;
  ListingInput input;
  bool publish = false;
  std::optional<std::int64_t> reserved_kg;
};
Body parseBody(std::string_view body, const Body& base = {});

}  // namespace masseflyt::masses::listings::json
