#include "platform/geo/geojson_json.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cmath>
#include <string>

namespace masseflyt::geo {
namespace {

// RFC 7946 §11.2: six decimals is about 10 cm, more only inflates the document.
double round6(double value) { return std::round(value * 1e6) / 1e6; }

boost::json::array position(LatLon point) { return {round6(point.lon), round6(point.lat)}; }

std::optional<Ring> ringFrom(const boost::json::value& coordinates) {
  const auto* rings = coordinates.if_array();
  if (rings == nullptr || rings->empty()) return std::nullopt;
  const auto* outer = rings->front().if_array();
  if (outer == nullptr) return std::nullopt;
  Ring ring;
  for (const auto& item : *outer) {
    const auto* pos = item.if_array();
    if (pos == nullptr || pos->size() < 2) return std::nullopt;
    const auto lon = (*pos)[0].is_number() ? (*pos)[0].to_number<double>() : NAN;
    const auto lat = (*pos)[1].is_number() ? (*pos)[1].to_number<double>() : NAN;
    ring.push_back({lat, lon});
  }
  if (!validRing(ring)) return std::nullopt;
  return ring;
}

}  // namespace

boost::json::object pointGeometry(LatLon point) {
  return {{"type", "Point"}, {"coordinates", position(point)}};
}

boost::json::object polygonGeometry(const Ring& ring) {
  boost::json::array outer;
  for (const auto& point : ring) outer.push_back(position(point));
  return {{"type", "Polygon"}, {"coordinates", boost::json::array{std::move(outer)}}};
}

boost::json::object feature(std::string_view id, boost::json::object geometry,
                            boost::json::object properties) {
  return {{"type", "Feature"},
          {"id", id},
          {"geometry", std::move(geometry)},
          {"properties", std::move(properties)}};
}

boost::json::object featureCollection(boost::json::array features,
                                      std::optional<std::string_view> next_cursor) {
  boost::json::object collection{{"type", "FeatureCollection"}, {"features", std::move(features)}};
  if (next_cursor) collection["neste"] = *next_cursor;
  return collection;
}

std::optional<Ring> parsePolygon(std::string_view geojson_text) {
  boost::system::error_code error;
  const auto value = boost::json::parse(geojson_text, error);
  if (error) return std::nullopt;
  const auto* object = value.if_object();
  if (object == nullptr) return std::nullopt;
  const auto* type = object->if_contains("type");
  if (type == nullptr || !type->is_string()) return std::nullopt;
  if (type->as_string() == "Feature") {
    const auto* geometry = object->if_contains("geometry");
    if (geometry == nullptr || !geometry->is_object()) return std::nullopt;
    return parsePolygon(boost::json::serialize(*geometry));
  }
  if (type->as_string() != "Polygon") return std::nullopt;
  const auto* coordinates = object->if_contains("coordinates");
  if (coordinates == nullptr) return std::nullopt;
  return ringFrom(*coordinates);
}

}  // namespace masseflyt::geo
