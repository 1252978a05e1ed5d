#include <boost/json.hpp>

#include <cmath>

#include "modules/registry/addresses/api/address_json.hpp"

namespace masseflyt::registry::addresses::json {

namespace bj = boost::json;

namespace {
// 6 decimals is about 0.1 m (RFC 7946 §11.2 precision).
double round6(double value) { return std::round(value * 1e6) / 1e6; }
}  // namespace

std::string hits(const AddressHits& hits) {
  bj::array data;
  for (const auto& a : hits.addresses) {
    bj::object item{{"adressetekst", a.text},
                    {"postnummer", a.postal_code},
                    {"poststed", a.postal_place},
                    {"kommunenummer", a.municipality_number},
                    {"kommunenavn", a.municipality_name},
                    {"lat", round6(a.point.lat)},
                    {"lon", round6(a.point.lon)}};
    if (a.distance_m) item["avstand_meter"] = std::round(*a.distance_m);
    data.push_back(std::move(item));
  }
  return bj::serialize(bj::object{{"data", std::move(data)}, {"antall", hits.total}});
}

}  // namespace masseflyt::registry::addresses::json
