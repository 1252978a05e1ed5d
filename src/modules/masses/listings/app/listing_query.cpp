#include "modules/masses/listings/app/listing_query.hpp"

#include "modules/registry/common/list_query.hpp"
#include "platform/core/text.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::masses::listings {
namespace {

std::vector<std::string> commaList(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    auto item = text::trim(std::string_view(text).substr(start, end - start));
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

// Every value of a parameter, whether repeated (checkboxes) or comma-separated (links, API).
std::vector<std::string> values(const http::Request& request, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& [key, value] : request.queryParams()) {
    if (key != name) continue;
    for (auto& item : commaList(value)) out.push_back(std::move(item));
  }
  return out;
}

std::string param(const http::Request& request, std::string_view name) {
  return text::trim(request.queryParam(name).value_or(""));
}

}  // namespace

// A value in error is reported and left out of the filter, so the page shows the error beside
// the results of the rest of the search instead of an empty list that seems to be the answer.
SearchRequest readSearch(const http::Request& request, const Places& places, std::vector<FieldError>& errors) {
  SearchRequest out;
  ListingFilter& f = out.filter;
  for (const auto& key : values(request, "type")) {
    if (const auto kind = parseKind(key)) {
      f.kinds.push_back(*kind);
    } else {
      errors.push_back({"type", "masses.listing.filter.invalid"});
    }
  }
  for (const auto& key : values(request, "fraksjon")) {
    if (fractions::catalog().find(key) != nullptr) {
      f.fraction_keys.push_back(key);
    } else {
      errors.push_back({"fraksjon", "masses.listing.filter.invalid"});
    }
  }
  f.fraction_group = param(request, "fraksjonsgruppe");
  if (!f.fraction_group.empty()) {
    bool known = false;
    for (const auto& g : fractions::groups()) known = known || g.key == f.fraction_group;
    if (!known) {
      errors.push_back({"fraksjonsgruppe", "masses.listing.filter.invalid"});
      f.fraction_group.clear();
    }
  }
  for (auto [name, target] : {std::pair<std::string_view, std::optional<std::int64_t>*>{"min_tonn", &f.min_kg},
                              {"maks_tonn", &f.max_kg}}) {
    const std::string text = param(request, name);
    if (text.empty()) continue;
    if (const auto kg = parseThousandths(text)) {
      *target = *kg;
    } else {
      errors.push_back({std::string(name), "masses.listing.filter.invalid"});
    }
  }
  f.period_from = param(request, "fra");
  f.period_to = param(request, "til");
  if (!f.period_from.empty() && !validDate(f.period_from)) {
    errors.push_back({"fra", "masses.listing.error.date"});
    f.period_from.clear();
  }
  if (!f.period_to.empty() && !validDate(f.period_to)) {
    errors.push_back({"til", "masses.listing.error.date"});
    f.period_to.clear();
  }

  const std::string site = param(request, "avstand_fra_anlegg");
  const std::string lat = param(request, "lat"), lon = param(request, "lon");
  if (!site.empty()) {
    const auto place = site.size() <= 64 ? places.site(site) : std::nullopt;
    if (place) {
      f.near_lat = place->lat;
      f.near_lon = place->lon;
    } else {
      errors.push_back({"avstand_fra_anlegg", "masses.listing.filter.invalid"});
    }
  } else if (!lat.empty() || !lon.empty()) {
    const auto point = geo::parseLatLon(lat, lon);
    if (point && geo::withinNorway(*point)) {
      f.near_lat = point->lat;
      f.near_lon = point->lon;
    } else {
      errors.push_back({"lat", "masses.listing.error.position"});
    }
  }
  const std::string radius = param(request, "radius_km");
  if (!radius.empty()) {
    const auto metres = parseThousandths(radius);  // km with three decimals = metres
    if (!metres || *metres <= 0 || *metres > 1'000'000) {
      errors.push_back({"radius_km", "masses.listing.filter.invalid"});
    } else if (!f.near_lat) {
      errors.push_back({"radius_km", "masses.listing.filter.origin_missing"});
    } else {
      f.radius_m = static_cast<double>(*metres);
    }
  }
  f.municipality_number = param(request, "kommune");
  if (!f.municipality_number.empty() && geo::findMunicipality(f.municipality_number) == nullptr) {
    errors.push_back({"kommune", "masses.listing.error.municipality"});
    f.municipality_number.clear();
  }
  const std::string owner = param(request, "eier");
  if (!owner.empty()) {
    const auto found = owner.size() == 9 ? places.ownerByNumber(owner) : std::nullopt;
    if (found) {
      f.organisation_id = found->id;
    } else {
      errors.push_back({"eier", "masses.listing.filter.invalid"});
    }
  }
  for (const auto& key : values(request, "status")) {
    const auto status = parseStatus(key);
    if (status && isPublic(*status)) {
      f.statuses.push_back(*status);
    } else {
      errors.push_back({"status", "masses.listing.filter.invalid"});
    }
  }
  f.search = param(request, "q");
  if (f.search.size() > 200) {
    errors.push_back({"q", "masses.listing.filter.invalid"});
    f.search.clear();
  }
  f.project_id = param(request, "prosjekt");
  const std::string sort = param(request, "sorter");
  if (sort.empty()) {
    out.sort = f.near_lat ? SortOrder::Distance : SortOrder::Date;
  } else if (sort == "avstand") {
    out.sort = SortOrder::Distance;
  } else if (sort == "dato") {
    out.sort = SortOrder::Date;
  } else if (sort == "mengde") {
    out.sort = SortOrder::QuantityDesc;
  } else if (sort == "mengde_stigende") {
    out.sort = SortOrder::QuantityAsc;
  } else if (sort == "nyeste") {
    out.sort = SortOrder::Newest;
  } else {
    errors.push_back({"sorter", "masses.listing.filter.invalid"});
  }
  return out;
}

std::string filterQuery(const http::Request& request) {
  return registry::common::filterQuery(request, kFilterParams);
}

}  // namespace masseflyt::masses::listings
