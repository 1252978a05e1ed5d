#include <boost/json.hpp>

#include <cmath>

#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::miljodirektoratet {
namespace {

namespace bj = boost::json;

[[noreturn]] void malformed(const std::string& detail) {
  throw Error(ErrorKind::Unavailable, "miljodirektoratet.error.malformed", detail);
}

// ArcGIS attributes are strings, numbers or null; everything becomes text (integers without a
// decimal point, so an id 1234 stays "1234").
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

double number(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_number()) malformed("geometry." + std::string(key) + " missing");
  return value->to_number<double>();
}

}  // namespace

QueryPage parseQueryPage(std::string_view body) {
  boost::system::error_code ec;
  const bj::value root = bj::parse(body, ec);
  if (ec || !root.is_object()) malformed("not a JSON object");
  const auto& object = root.get_object();
  if (const auto* error = object.if_contains("error")) {
    std::string message = "ArcGIS error";
    if (error->is_object()) {
      if (const auto* text = error->get_object().if_contains("message")) message += ": " + asText(*text);
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
    if (!feature.is_object()) malformed("feature is not an object");
    const auto* attributes = feature.get_object().if_contains("attributes");
    const auto* geometry = feature.get_object().if_contains("geometry");
    if (attributes == nullptr || !attributes->is_object()) malformed("feature without attributes");
    registry::imports::ImportedRecord record;
    record.source = "miljodirektoratet";
    for (const auto& [name, value] : attributes->get_object()) {
      record.raw.emplace(std::string(name), asText(value));
    }
    const auto field = [&](std::string_view name) {
      const auto it = record.raw.find(std::string(name));
      return it == record.raw.end() ? std::string() : it->second;
    };
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
    if (geometry != nullptr && geometry->is_object()) {
      record.lon = number(geometry->get_object(), "x");
      record.lat = number(geometry->get_object(), "y");
    }
    page.records.push_back(std::move(record));
  }
  return page;
}

}  // namespace masseflyt::miljodirektoratet
