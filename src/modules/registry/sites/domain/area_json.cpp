#include <boost/json.hpp>

#include "modules/registry/sites/domain/validation.hpp"
#include "platform/geo/geojson_json.hpp"

namespace masseflyt::registry::sites {

std::optional<std::string> normaliseArea(const std::string& geojson) {
  const auto ring = geo::parsePolygon(geojson);
  if (!ring) return std::nullopt;
  return boost::json::serialize(geo::polygonGeometry(*ring));
}

}  // namespace masseflyt::registry::sites
