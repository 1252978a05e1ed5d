#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/listings/app/places.hpp"
#include "modules/masses/listings/domain/listing.hpp"
#include "platform/core/error.hpp"
#include "platform/http/message.hpp"

// The search filters as URL parameters, read the same way for /masser, /masser.csv,
// /masser.geojson and /api/v1/masser: type (comma list overskudd,behov,kapasitet), fraksjon (comma
// list of keys), fraksjonsgruppe, min_tonn, maks_tonn, fra, til (period overlap, YYYY-MM-DD),
// avstand_fra_anlegg (site id) or lat+lon (a map point or the address search's point) with
// adresse (shown only), radius_km, kommune, eier (organisasjonsnummer), status (comma list of
// publisert, delvis_reservert, oppfylt), q, prosjekt, sorter (avstand, dato, mengde, mengde_stigende,
// nyeste). A bad value is a field error, not an empty list.
namespace masseflyt::masses::listings {

inline constexpr std::string_view kFilterParams[] = {
    "type", "fraksjon", "fraksjonsgruppe", "min_tonn", "maks_tonn", "fra", "til",
    "avstand_fra_anlegg", "lat", "lon", "adresse", "radius_km", "kommune", "eier", "status",
    "q", "prosjekt", "sorter"};

struct SearchRequest {
  ListingFilter filter;
  SortOrder sort = SortOrder::Date;
};

SearchRequest readSearch(const http::Request& request, const Places& places, std::vector<FieldError>& errors);

/// The filter parameters as a query string, without '?'; "" when none.
std::string filterQuery(const http::Request& request);

}  // namespace masseflyt::masses::listings
