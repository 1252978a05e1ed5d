#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace masseflyt::registry::projects {

/// The area polygon typed into a form or sent to the API (a GeoJSON Polygon or a Feature holding
/// one), normalised to a Polygon geometry's JSON text; nullopt when it is not a valid polygon.
/// Implemented in area_json.cpp (Boost.JSON stays there).
std::optional<std::string> normaliseArea(std::string_view geojson_text);

}  // namespace masseflyt::registry::projects
