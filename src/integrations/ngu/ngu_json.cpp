#include <boost/json.hpp>

#include <cmath>

#include "integrations/ngu/ngu_parser.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::ngu {
namespace {

namespace bj = boost::json;

[[noreturn]] void malformed(const std::string& detail) {
  throw Error(ErrorKind::Unavailable, "ngu.error.malformed", detail);
}

std::string asText(const bj::value& value) {
  if (value.is_string()) return std::string(value.get_string());
  if (value.is_int64()) return std::to_string(value.get_int64());
  if (value.is_uint64()) return std::to_string(value.get_uint64());
  if (value.is_double()) {
    const double d = value.get_double();
    if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
    return bj::serialize(value);
  }
  if (value.is_bool()) return value.get_bool() ? "true" : "false";
  return {};
}

}  // namespace

FeaturePage parseFeaturePage(std::string_view body) {
  boost::system::error_code ec;
  const bj::value root = bj::parse(body, ec);
  if (ec || !root.is_object()) malformed("not a JSON object");
  const auto& object = root.get_object();
  const auto* type = object.if_contains("type");
  const auto* features = object.if_contains("features");
  if (type == nullptr || !type->is_string() || type->get_string() != "FeatureCollection" ||
      features == nullptr || !features->is_array()) {
    malformed("not a GeoJSON FeatureCollection");
  }
  FeaturePage page;
  for (const auto& feature : features->get_array()) {
    ++page.feature_count;
    if (!feature.is_object()) malformed("feature is not an object");
    const auto* properties = feature.get_object().if_contains("properties");
    if (properties == nullptr || !properties->is_object()) malformed("feature without properties");
    registry::imports::ImportedRecord record;
    record.source = "ngu";
    for (const auto& [name, value] : properties->get_object()) {
      record.raw.emplace(std::string(name), asText(value));
    }
    const auto field = [&](std::string_view name) {
      const auto it = record.raw.find(std::string(name));
      return it == record.raw.end() ? std::string() : it->second;
    };
    record.key = field("uttak_id");
    if (record.key.empty()) record.key = field("objekt_id");
    if (record.key.empty()) malformed("feature without uttak_id");
    record.name = field("navn");
    record.kind = field("materialtype");
    record.status = field("driftsstatus");
    record.category = field("betydning");
    record.municipality = field("kommunenummer");
    record.source_url = field("faktaark");
    const auto* geometry = feature.get_object().if_contains("geometry");
    if (geometry == nullptr || !geometry->is_object()) continue;  // no place: not importable
    const auto* coordinates = geometry->get_object().if_contains("coordinates");
    if (coordinates == nullptr || !coordinates->is_array() || coordinates->get_array().size() < 2 ||
        !coordinates->get_array()[0].is_number() || !coordinates->get_array()[1].is_number()) {
      malformed("feature " + record.key + " without point coordinates");
    }
    double first = coordinates->get_array()[0].to_number<double>();
    double second = coordinates->get_array()[1].to_number<double>();
    // GeoJSON is lon, lat; WFS 2.0 with EPSG:4326 may answer lat, lon.
    if (first > 45) std::swap(first, second);
    record.lon = first;
    record.lat = second;
    page.records.push_back(std::move(record));
  }
  return page;
}

}  // namespace masseflyt::ngu
