#include <boost/json.hpp>

#include <utility>

#include "integrations/feature_service/feature_json.hpp"
#include "integrations/ngu/ngu_parser.hpp"

namespace masseflyt::ngu {
namespace {

constexpr std::string_view kMalformed = "ngu.error.malformed";

[[noreturn]] void malformed(const std::string& detail) {
  feature_service::throwMalformed(kMalformed, detail);
}

}  // namespace

FeaturePage parseFeaturePage(std::string_view body) {
  const auto object = feature_service::parseObject(body, kMalformed);
  const auto* type = object.if_contains("type");
  const auto* features = object.if_contains("features");
  if (type == nullptr || !type->is_string() || type->get_string() != "FeatureCollection" ||
      features == nullptr || !features->is_array()) {
    malformed("not a GeoJSON FeatureCollection");
  }
  FeaturePage page;
  for (const auto& feature : features->get_array()) {
    ++page.feature_count;
    auto record = feature_service::recordOf(feature, "properties", "ngu", kMalformed);
    const auto field = [&](std::string_view name) { return feature_service::field(record, name); };
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
