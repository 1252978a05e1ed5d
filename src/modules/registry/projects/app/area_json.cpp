#include <boost/json.hpp>

#include "modules/registry/projects/app/area.hpp"
#include "platform/geo/geojson_json.hpp"

namespace masseflyt::registry::projects {

std::optional<std::string> normaliseArea(std::string_view geojson_text) {
  const auto ring = geo::parsePolygon(geojson_text);
  if (!ring) return std::nullopt;
  return boost::json::serialize(geo::polygonGeometry(*ring));
}

}  // namespace masseflyt::registry::projects
