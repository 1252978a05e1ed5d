#pragma once

// Include only from *_json.cpp files: this header exposes Boost.JSON.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string_view>

#include "platform/geo/coordinates.hpp"

// RFC 7946 building blocks shared by every module that serves GeoJSON. Positions are
// [longitude, latitude] rounded to 6 decimals (about 0.1 m; RFC 7946 §11.2 asks for no more).
namespace masseflyt::geo {

boost::json::object pointGeometry(LatLon point);
boost::json::object polygonGeometry(const Ring& ring);
/// {"type":"Feature","id":id,"geometry":geometry,"properties":properties}
boost::json::object feature(std::string_view id, boost::json::object geometry,
                            boost::json::object properties);
/// {"type":"FeatureCollection","features":[...]} (plus "neste" when a next-page cursor is given,
/// a foreign member that RFC 7946 §6.1 allows).
boost::json::object featureCollection(boost::json::array features,
                                      std::optional<std::string_view> next_cursor = std::nullopt);

/// Reads a Polygon geometry (or a Feature holding one) typed into a form or sent to the API;
/// nullopt unless it has one valid outer ring (holes are ignored).
std::optional<Ring> parsePolygon(std::string_view geojson_text);

}  // namespace masseflyt::geo
