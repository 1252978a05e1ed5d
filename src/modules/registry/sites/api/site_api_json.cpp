#include <boost/json.hpp>

#include <cmath>
#include <cstdio>
#include <ctime>

#include "modules/registry/sites/api/site_json.hpp"
#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/common/list_query.hpp"
#include "modules/registry/common/values_json.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/geojson_json.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::registry::sites::json {
namespace {

namespace bj = boost::json;


using common::json::nullableNumber;
using common::json::nullableText;

std::string label(std::string_view key) { return std::string(i18n::t(key)); }

std::string kindLabel(const std::string& kind) {
  const auto* k = findSiteKind(kind);
  return k != nullptr ? label(k->label_key) : kind;
}

bj::array fractionArray(const std::vector<std::string>& keys) {
  bj::array out;
  for (const auto& key : keys) {
    const auto* group = findFractionGroup(key);
    bj::object item;
    item["kode"] = key;
    item["navn"] = group != nullptr ? label(group->label_key) : key;
    item["eal"] = group != nullptr && !group->eal_code.empty() ? bj::value(bj::string(group->eal_code))
                                                               : bj::value(nullptr);
    out.push_back(std::move(item));
  }
  return out;
}

double round6(double value) { return std::round(value * 1e6) / 1e6; }

bj::object permitObject(const Permit& p, const std::string& day) {
  const auto status = permitStatus(p, day);
  const auto* type = findPermitType(p.type);
  bj::object out;
  out["id"] = p.id;
  out["type"] = p.type;
  out["type_navn"] = type != nullptr ? label(type->label_key) : p.type;
  out["myndighet"] = p.authority;
  out["referanse"] = nullableText(p.reference);
  out["gyldig_fra"] = p.valid_from;
  out["gyldig_til"] = p.valid_to ? bj::value(bj::string(*p.valid_to)) : bj::value(nullptr);
  out["fraksjonsgrupper"] = fractionArray(p.fraction_groups);
  out["hoyeste_tilstandsklasse"] =
      p.max_condition_class ? bj::value(bj::string("TK" + std::to_string(*p.max_condition_class)))
                            : bj::value(nullptr);
  out["maks_mengde_kg_per_ar"] = nullableNumber(p.max_annual_kg);
  out["dokument_url"] = nullableText(p.document_url);
  if (p.document) {
    // Who may fetch the bytes is the download's business (logged in); that one exists is open.
    out["dokument"] = bj::object{
        {"filnavn", p.document->name},
        {"storrelse_bytes", p.document->size_bytes},
        {"lastet_opp", isoUtc(p.document->uploaded_at)},
        {"href", "/api/v1/anlegg/" + p.site_id + "/tillatelser/" + p.id + "/dokument"}};
  } else {
    out["dokument"] = nullptr;
  }
  out["status"] = std::string(permitStatusKey(status));
  out["status_navn"] = label(permitStatusLabelKey(status));
  out["endret"] = isoUtc(p.updated_at);
  return out;
}

bj::object siteObject(const SiteSummary& summary, bool protected_fields, bool with_permits) {
  const Site& s = summary.site;
  const std::string day = today();
  bj::object out;
  out["id"] = s.id;
  out["url"] = "/anlegg/" + s.id;
  out["navn"] = s.name;
  out["kategori"] = s.kind;
  out["kategori_navn"] = kindLabel(s.kind);
  out["beskrivelse"] = nullableText(s.description);
  out["adresse"] = nullableText(s.address);
  out["posisjon"] = bj::object{{"lat", round6(s.lat)}, {"lon", round6(s.lon)}};
  const auto utm = geo::toUtm33({s.lat, s.lon});
  out["utm33"] = bj::object{{"epsg", 25833},
                            {"ost", std::round(utm.easting)},
                            {"nord", std::round(utm.northing)},
                            {"tekst", geo::formatUtm33(utm)}};
  bj::value area = nullptr;
  if (!s.area_geojson.empty()) {
    boost::system::error_code ec;
    area = bj::parse(s.area_geojson, ec);
    if (ec) area = nullptr;
  }
  out["omrade"] = std::move(area);
  out["kommunenummer"] = s.municipality_number;
  const auto* municipality = geo::findMunicipality(s.municipality_number);
  out["kommune"] = municipality != nullptr ? bj::value(bj::string(municipality->name)) : bj::value(nullptr);
  out["apningstider"] = nullableText(s.opening_hours);
  out["fraksjonsgrupper"] = fractionArray(s.fraction_groups);
  out["kapasitet_kg_per_ar"] = nullableNumber(s.capacity_kg_per_year);
  out["ledig_kapasitet_kg"] = nullableNumber(s.remaining_kg);
  out["publiser_gebyr"] = s.publish_fees;
  if (s.publish_fees || protected_fields) out["gebyr_ore_per_tonn"] = nullableNumber(s.fee_ore_per_tonne);
  if (protected_fields) {
    out["kontakt"] = bj::object{{"navn", nullableText(s.contact_name)},
                                {"telefon", nullableText(s.contact_phone)},
                                {"epost", nullableText(s.contact_email)}};
  }
  out["eier"] = bj::object{{"id", s.organisation_id},
                           {"organisasjonsnummer", summary.organisation_number},
                           {"navn", summary.organisation_name},
                           {"url", "/organisasjoner/" + summary.organisation_number}};
  out["tillatelse_status"] = std::string(siteStatusKey(summary.status));
  out["tillatelse_status_navn"] = label(siteStatusLabelKey(summary.status));
  out["har_gyldig_tillatelse"] = hasValidPermit(summary.status);
  if (with_permits) {
    bj::array permits;
    for (const auto& p : summary.permits) permits.push_back(permitObject(p, day));
    out["tillatelser"] = std::move(permits);
  }
  out["kilde"] = s.source == "import" ? "import" : "egen";
  if (s.import_source.empty()) {
    out["import"] = nullptr;
  } else {
    // Imported records show their source and licence (issue 4 item 6); until claimed the
    // agency in "eier" only holds the record.
    out["import"] = bj::object{
        {"kilde", s.import_source},
        {"kilde_navn", label("registry.site.import_source." + s.import_source)},
        {"lisens", s.import_licence},
        {"faktaark", nullableText(s.source_url)},
        {"krav_gjort", s.claimed_at.has_value()},
        {"ikke_lenger_i_kilden", s.vanished_at.has_value()}};
  }
  out["demo"] = s.is_demo;
  out["registrert"] = isoUtc(s.created_at);
  out["endret"] = isoUtc(s.updated_at);
  return out;
}

[[noreturn]] void badBody(std::string detail) {
  throw Error(ErrorKind::BadRequest, "registry.site.error.body", std::move(detail));
}

bj::object parseObject(std::string_view body) {
  boost::system::error_code ec;
  bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  return std::move(value.get_object());
}

// Reads members into typed values; a wrongly typed member is a field error (422), not a 400.
struct Reader {
  const bj::object& object;
  std::vector<FieldError>& errors;

  std::string text(std::string_view key) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return {};
    if (!member->is_string()) {
      errors.push_back({std::string(key), "registry.site.error.type_text"});
      return {};
    }
    return std::string(member->get_string());
  }
  // Coordinates may come as numbers or as text.
  std::string number(std::string_view key) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return {};
    if (member->is_string()) return std::string(member->get_string());
    if (member->is_number()) {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%.9f", member->to_number<double>());
      return buffer;
    }
    errors.push_back({std::string(key), "registry.site.error.type_number"});
    return {};
  }
  std::optional<std::int64_t> integer(std::string_view key) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return std::nullopt;
    if (member->is_int64()) return member->get_int64();
    if (member->is_uint64() && member->get_uint64() < (1ULL << 62)) {
      return static_cast<std::int64_t>(member->get_uint64());
    }
    if (member->is_double()) {
      const double d = member->get_double();
      if (std::floor(d) == d && std::fabs(d) < 1e15) return static_cast<std::int64_t>(d);
    }
    errors.push_back({std::string(key), "registry.site.error.type_integer"});
    return std::nullopt;
  }
  bool boolean(std::string_view key) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return false;
    if (!member->is_bool()) {
      errors.push_back({std::string(key), "registry.site.error.type_boolean"});
      return false;
    }
    return member->get_bool();
  }
  std::vector<std::string> list(std::string_view key) {
    std::vector<std::string> out;
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return out;
    if (!member->is_array()) {
      errors.push_back({std::string(key), "registry.site.error.type_list"});
      return out;
    }
    for (const auto& item : member->get_array()) {
      if (!item.is_string()) {
        errors.push_back({std::string(key), "registry.site.error.type_list"});
        return {};
      }
      out.emplace_back(item.get_string());
    }
    return out;
  }
  // A GeoJSON geometry as an object, or its text.
  std::string geometry(std::string_view key) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return {};
    if (member->is_string()) return std::string(member->get_string());
    if (member->is_object()) return bj::serialize(*member);
    errors.push_back({std::string(key), "registry.site.error.area"});
    return {};
  }
};

}  // namespace

std::string site(const SiteSummary& summary, bool protected_fields) {
  return bj::serialize(siteObject(summary, protected_fields, true));
}

std::string sitePage(const std::vector<SiteSummary>& items, bool protected_fields,
                     const std::optional<std::string>& next) {
  bj::array data;
  for (const auto& item : items) data.push_back(siteObject(item, protected_fields, false));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = next ? bj::value(bj::string(*next)) : bj::value(nullptr);
  return bj::serialize(out);
}

std::string siteFeatureCollection(const std::vector<SiteSummary>& items,
                                  const std::optional<std::string>& next) {
  bj::array features;
  for (const auto& item : items) {
    const Site& s = item.site;
    bj::object properties;
    properties["navn"] = s.name;
    properties["url"] = "/anlegg/" + s.id;
    properties["kategori"] = s.kind;
    properties["kategori_navn"] = kindLabel(s.kind);
    properties["status"] = std::string(siteStatusKey(item.status));
    properties["status_navn"] = label(siteStatusLabelKey(item.status));
    properties["har_gyldig_tillatelse"] = hasValidPermit(item.status);
    properties["kommunenummer"] = s.municipality_number;
    properties["eier"] = item.organisation_name;
    properties["ledig_kapasitet_kg"] = nullableNumber(s.remaining_kg);
    properties["demo"] = s.is_demo;
    features.push_back(geo::feature(s.id, geo::pointGeometry({s.lat, s.lon}), std::move(properties)));
  }
  return bj::serialize(geo::featureCollection(
      std::move(features), next ? std::optional<std::string_view>(*next) : std::nullopt));
}

std::string permit(const Permit& p) { return bj::serialize(permitObject(p, today())); }

std::string permits(const std::vector<Permit>& items) {
  const std::string day = today();
  bj::array data;
  for (const auto& p : items) data.push_back(permitObject(p, day));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = nullptr;
  return bj::serialize(out);
}

SiteBody parseSiteBody(std::string_view body) {
  const bj::object object = parseObject(body);
  SiteBody out;
  Reader read{object, out.input.errors};
  out.organisation_number = read.text("organisasjonsnummer");
  out.input.kind = read.text("kategori");
  out.input.name = read.text("navn");
  out.input.description = read.text("beskrivelse");
  out.input.address = read.text("adresse");
  // Either "lat"/"lon" at the top or a "posisjon" object as the API returns it.
  if (const auto* position = object.if_contains("posisjon"); position != nullptr && position->is_object()) {
    Reader inner{position->get_object(), out.input.errors};
    out.input.lat = inner.number("lat");
    out.input.lon = inner.number("lon");
  } else {
    out.input.lat = read.number("lat");
    out.input.lon = read.number("lon");
  }
  out.input.area_geojson = read.geometry("omrade");
  out.input.municipality_number = read.text("kommunenummer");
  out.input.opening_hours = read.text("apningstider");
  if (const auto* contact = object.if_contains("kontakt"); contact != nullptr && contact->is_object()) {
    Reader inner{contact->get_object(), out.input.errors};
    out.input.contact_name = inner.text("navn");
    out.input.contact_phone = inner.text("telefon");
    out.input.contact_email = inner.text("epost");
  } else {
    out.input.contact_name = read.text("kontakt_navn");
    out.input.contact_phone = read.text("kontakt_telefon");
    out.input.contact_email = read.text("kontakt_epost");
  }
  out.input.fraction_groups = read.list("fraksjonsgrupper");
  out.input.capacity_kg_per_year = read.integer("kapasitet_kg_per_ar");
  out.input.remaining_kg = read.integer("ledig_kapasitet_kg");
  out.input.fee_ore_per_tonne = read.integer("gebyr_ore_per_tonn");
  out.input.publish_fees = read.boolean("publiser_gebyr");
  return out;
}

PermitInput parsePermitBody(std::string_view body) {
  const bj::object object = parseObject(body);
  PermitInput out;
  Reader read{object, out.errors};
  out.type = read.text("type");
  out.authority = read.text("myndighet");
  out.reference = read.text("referanse");
  out.valid_from = read.text("gyldig_fra");
  out.valid_to = read.text("gyldig_til");
  out.max_condition_class = read.text("hoyeste_tilstandsklasse");
  out.document_url = read.text("dokument_url");
  out.fraction_groups = read.list("fraksjonsgrupper");
  out.max_annual_kg = read.integer("maks_mengde_kg_per_ar");
  return out;
}

}  // namespace masseflyt::registry::sites::json
