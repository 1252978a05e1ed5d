#include <boost/json.hpp>

#include "integrations/feature_service/feature_json.hpp"
#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"

namespace masseflyt::miljodirektoratet {
namespace {

namespace bj = boost::json;

constexpr std::string_view kMalformed = "miljodirektoratet.error.malformed";

[[noreturn]] void malformed(const std::string& detail) {
  feature_service::throwMalformed(kMalformed, detail);
}

double number(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_number()) malformed("geometry." + std::string(key) + " missing");
  return value->to_number<double>();
}

}  // namespace

QueryPage parseQueryPage(std::string_view body) {
  const auto object = feature_service::parseObject(body, kMalformed);
  if (const auto* error = object.if_contains("error")) {
    std::string message = "ArcGIS error";
    if (error->is_object()) {
      if (const auto* text = error->get_object().if_contains("message")) {
        message += ": " + feature_service::attributeText(*text);
      }
    }
    malformed(message);
  }
  const auto* features = object.if_contains("features");
  if (features == nullptr || !features->is_array()) malformed("features missing");
  QueryPage page;
  if (const auto* more = object.if_contains("exceededTransferLimit")) {
    page.exceeded_transfer_limit = more->is_bool() && more->get_bool();
  }
  for (const auto& feature : features->get_array()) {
    auto record = feature_service::recordOf(feature, "attributes", "miljodirektoratet", kMalformed);
    const auto field = [&](std::string_view name) { return feature_service::field(record, name); };
    record.key = field("anlegg_id");
    record.name = field("navn");
    record.category = field("bransje");
    record.kind = field("anleggstype");
    record.status = field("driftsstatus");
    record.source_url = field("faktaark");
    // Not in the documented field list: read when present (see fixtures/README.md).
    record.municipality = field("kommunenummer");
    record.orgnr = field("organisasjonsnummer");
    if (record.key.empty()) malformed("feature without anlegg_id");
    const auto* geometry = feature.get_object().if_contains("geometry");
    if (geometry != nullptr && geometry->is_object()) {
      record.lon = number(geometry->get_object(), "x");
      record.lat = number(geometry->get_object(), "y");
    }
    page.records.push_back(std::move(record));
  }
  return page;
}

}  // namespace masseflyt::miljodirektoratet
