#include <boost/json.hpp>

#include <cmath>
#include <cstdio>

#include "modules/masses/listings/api/listing_json.hpp"
#include "modules/registry/common/list_query.hpp"
#include "modules/registry/common/values_json.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/geojson_json.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::masses::listings::json {
namespace {

namespace bj = boost::json;
using registry::common::json::nullableText;

std::string label(std::string_view key) { return std::string(i18n::t(key)); }
double round3(double v) { return std::round(v * 1000) / 1000; }
double round6(double v) { return std::round(v * 1e6) / 1e6; }
double units(std::int64_t thousandths) { return static_cast<double>(thousandths) / 1000.0; }

bj::object reference(std::string_view id, const std::string& name, std::string_view base) {
  if (id.empty()) return {};
  return bj::object{{"id", id}, {"navn", name}, {"url", std::string(base) + std::string(id)}};
}

bj::object listingObject(const ListingView& v, bool full) {
  const Listing& l = v.listing;
  const auto* fraction = fractions::catalog().find(l.fraction_key);
  bj::object out;
  out["id"] = l.id;
  out["url"] = "/masser/" + l.id;
  out["type"] = std::string(kindKey(l.kind));
  out["type_navn"] = label(kindLabelKey(l.kind));
  out["status"] = std::string(statusKey(l.status));
  out["status_navn"] = label(statusLabelKey(l.status));
  out["tittel"] = l.title;
  out["beskrivelse"] = nullableText(l.description);
  bj::object f{{"kode", l.fraction_key}, {"gruppe", l.fraction_group}};
  if (fraction != nullptr) {
    f["navn"] = fraction->name;
    f["eal"] = fraction->eal_code;
    f["farlig_avfall"] = fraction->hazardous;
    f["krever_dsa"] = fraction->requires_dsa_permit;
  }
  f["katalogversjon"] = l.catalog_version;
  out["fraksjon"] = std::move(f);

  // The entered figure is exact; the other units are estimates through the factors shown.
  const auto all = converted(l);
  const bool m3 = l.entered.unit == fractions::Unit::CubicMetres;
  bj::object entered{{"enhet", m3 ? "m3" : "tonn"},
                     {"verdi", units(m3 ? l.entered.dm3 : l.entered.kg)},
                     {"volumtilstand", m3 ? bj::value(bj::string(fractions::volumeStateKey(l.entered.state)))
                                          : bj::value(nullptr)},
                     {"tekst", m3 ? fractions::formatCubicMetres(l.entered.dm3, l.entered.state)
                                  : fractions::formatTonnes(l.entered.kg)}};
  bj::array estimates;
  if (m3) estimates.push_back("tonn");
  for (auto [state, key] : {std::pair{fractions::VolumeState::Solid, "fast_m3"},
                            std::pair{fractions::VolumeState::Loose, "los_m3"},
                            std::pair{fractions::VolumeState::Placed, "anbrakt_m3"}}) {
    if (!m3 || l.entered.state != state) estimates.push_back(key);
  }
  out["mengde"] = bj::object{
      {"oppgitt", std::move(entered)},
      {"kg", all.kg},
      {"tonn", round3(units(all.kg))},
      {"fast_m3", round3(units(all.solid_dm3))},
      {"los_m3", round3(units(all.loose_dm3))},
      {"anbrakt_m3", round3(units(all.placed_dm3))},
      {"estimat", std::move(estimates)},
      {"faktorer", bj::object{{"densitet_kg_per_m3", l.factors.density_kg_per_m3},
                              {"svellfaktor", units(l.factors.swell_permille)},
                              {"komprimeringsfaktor", units(l.factors.placed_permille)},
                              {"kilde", l.factors.source},
                              {"egne", l.factors_overridden}}},
  };
  out["reservert_kg"] = l.reserved_kg;
  out["gjenstaende_kg"] = remainingKg(l);
  out["gjenstaende_tonn"] = round3(units(remainingKg(l)));
  out["periode"] = bj::object{{"fra", l.period_from}, {"til", l.period_to}};
  if (full) {
    bj::array phases;
    for (const auto& p : l.phases) {
      phases.push_back(bj::object{{"start", p.period_start}, {"granularitet", p.granularity},
                                  {"kg", p.quantity_kg}, {"tonn", round3(units(p.quantity_kg))}});
    }
    out["faser"] = std::move(phases);
  }
  out["pris"] = bj::object{{"type", std::string(priceKindKey(l.price_kind))},
                           {"type_navn", label(priceKindLabelKey(l.price_kind))},
                           {"ore", l.price_ore ? bj::value(*l.price_ore) : bj::value(nullptr)}};
  out["transport"] = bj::object{{"behov", l.transport_needed}, {"ordnes_av", nullableText(l.transport_by)}};
  const auto* municipality = geo::findMunicipality(l.municipality_number);
  bj::object place{{"navn", l.place_name},
                   {"posisjon", bj::object{{"lat", round6(l.lat)}, {"lon", round6(l.lon)}}},
                   {"kommunenummer", l.municipality_number},
                   {"kommune", municipality != nullptr ? bj::value(bj::string(municipality->name)) : bj::value(nullptr)}};
  place["prosjekt"] = l.project_id.empty() ? bj::value(nullptr)
                                           : bj::value(reference(l.project_id, v.project_name, "/prosjekter/"));
  if (l.site_id.empty()) {
    place["anlegg"] = nullptr;
  } else {
    auto site = reference(l.site_id, v.site_name, "/anlegg/");
    // Open like the site's own status: whether the receiver may take masses today.
    site["tillatelse_status"] = v.site_permit_status;
    place["anlegg"] = std::move(site);
  }
  out["sted"] = std::move(place);
  out["eier"] = bj::object{{"id", l.organisation_id},
                           {"organisasjonsnummer", v.owner.organisation_number},
                           {"navn", v.owner.name},
                           {"url", "/organisasjoner/" + v.owner.organisation_number}};
  out["avstand_m"] = v.distance_m ? bj::value(std::round(*v.distance_m)) : bj::value(nullptr);
  out["fra_massehandteringsplan"] = !l.plan_line_id.empty();
  out["demo"] = l.is_demo;
  out["publisert"] = l.published_at ? bj::value(bj::string(isoUtc(*l.published_at))) : bj::value(nullptr);
  out["registrert"] = isoUtc(l.created_at);
  out["endret"] = isoUtc(l.updated_at);
  return out;
}

[[noreturn]] void badBody(std::string detail) {
  throw Error(ErrorKind::BadRequest, "masses.listing.error.body", std::move(detail));
}

// Reads members into text as typed; a wrongly typed member is a field error (422), not a 400.
struct Reader {
  const bj::object& object;
  std::vector<FieldError>& errors;

  bool has(std::string_view key) const { return object.if_contains(key) != nullptr; }
  // Text, or a number written as text (quantities, prices and coordinates may be either).
  std::optional<std::string> text(std::string_view key, bool numbers = false) {
    const auto* member = object.if_contains(key);
    if (member == nullptr) return std::nullopt;
    if (member->is_null()) return std::string();
    if (member->is_string()) return std::string(member->get_string());
    if (numbers && member->is_number()) {
      const double d = member->to_number<double>();
      char buffer[64];
      if (std::floor(d) == d && std::fabs(d) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", d);
      } else {
        std::snprintf(buffer, sizeof buffer, "%.9g", d);
      }
      return std::string(buffer);
    }
    errors.push_back({std::string(key), numbers ? "masses.listing.filter.invalid" : "masses.listing.error.body"});
    return std::string();
  }
  std::optional<bool> boolean(std::string_view key) {
    const auto* member = object.if_contains(key);
    if (member == nullptr) return std::nullopt;
    if (!member->is_bool()) {
      errors.push_back({std::string(key), "masses.listing.filter.invalid"});
      return std::nullopt;
    }
    return member->get_bool();
  }
};

void set(std::string& target, const std::optional<std::string>& value) {
  if (value) target = *value;
}

}  // namespace

std::string listing(const ListingView& view) { return bj::serialize(listingObject(view, true)); }

std::string listingPage(const std::vector<ListingView>& items, std::int64_t total,
                        const std::optional<std::string>& next) {
  bj::array data;
  for (const auto& item : items) data.push_back(listingObject(item, false));
  bj::object out;
  out["data"] = std::move(data);
  out["totalt"] = total;
  out["neste"] = next ? bj::value(bj::string(*next)) : bj::value(nullptr);
  return bj::serialize(out);
}

std::string featureCollection(const std::vector<ListingView>& items, const std::optional<std::string>& next) {
  bj::array features;
  for (const auto& item : items) {
    const Listing& l = item.listing;
    const auto* fraction = fractions::catalog().find(l.fraction_key);
    bj::object p;
    p["navn"] = l.title;
    p["url"] = "/masser/" + l.id;
    p["kategori"] = std::string(kindKey(l.kind));
    p["kategori_navn"] = label(kindLabelKey(l.kind));
    p["status"] = std::string(statusKey(l.status));
    p["status_navn"] = label(statusLabelKey(l.status));
    p["fraksjon"] = l.fraction_key;
    p["fraksjon_navn"] = fraction != nullptr ? fraction->name : l.fraction_key;
    p["gjenstaende_tonn"] = round3(units(remainingKg(l)));
    p["periode_fra"] = l.period_from;
    p["periode_til"] = l.period_to;
    p["kommunenummer"] = l.municipality_number;
    p["sted"] = l.place_name;
    p["eier"] = item.owner.name;
    p["avstand_m"] = item.distance_m ? bj::value(std::round(*item.distance_m)) : bj::value(nullptr);
    p["demo"] = l.is_demo;
    features.push_back(geo::feature(l.id, geo::pointGeometry({l.lat, l.lon}), std::move(p)));
  }
  return bj::serialize(geo::featureCollection(std::move(features),
                                              next ? std::optional<std::string_view>(*next) : std::nullopt));
}

Body parseBody(std::string_view text, const Body& base) {
  boost::system::error_code ec;
  bj::value value = bj::parse(bj::string_view(text.data(), text.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  const bj::object& object = value.get_object();
  Body out = base;
  Reader read{object, out.input.errors};
  set(out.organisation, read.text("organisasjon"));
  set(out.input.kind, read.text("type"));
  set(out.input.title, read.text("tittel"));
  set(out.input.description, read.text("beskrivelse"));
  set(out.input.fraction_key, read.text("fraksjon"));
  set(out.input.unit, read.text("enhet"));
  set(out.input.quantity, read.text("mengde", true));
  set(out.input.volume_state, read.text("volumtilstand"));
  set(out.input.period_from, read.text("periode_fra"));
  set(out.input.period_to, read.text("periode_til"));
  set(out.input.price_kind, read.text("pris_type"));
  set(out.input.price, read.text("pris", true));
  if (const auto b = read.boolean("transport_behov")) out.input.transport_needed = *b;
  set(out.input.transport_by, read.text("transport_ved"));
  set(out.input.density, read.text("tetthet", true));
  set(out.input.swell, read.text("svellfaktor", true));
  set(out.input.placed, read.text("komprimeringsfaktor", true));
  set(out.input.factor_source, read.text("faktor_kilde"));
  set(out.place.project_id, read.text("prosjekt_id"));
  set(out.place.site_id, read.text("anlegg_id"));
  set(out.place.lat, read.text("lat", true));
  set(out.place.lon, read.text("lon", true));
  set(out.place.municipality_number, read.text("kommunenummer"));
  set(out.place.place_name, read.text("stedsnavn"));
  if (const auto b = read.boolean("publiser")) out.publish = *b;
  if (const auto* member = object.if_contains("reservert_kg")) {
    if (member->is_int64() && member->get_int64() >= 0) {
      out.reserved_kg = member->get_int64();
    } else if (member->is_uint64() && member->get_uint64() < (1ULL << 62)) {
      out.reserved_kg = static_cast<std::int64_t>(member->get_uint64());
    } else {
      out.input.errors.push_back({"reservert_kg", "masses.listing.error.reserved"});
    }
  }
  set(out.input.phase_granularity, read.text("faseplan"));
  if (const auto* phases = object.if_contains("faser")) {
    out.input.phases.clear();
    if (phases->is_array()) {
      for (const auto& item : phases->get_array()) {
        if (!item.is_object()) {
          out.input.errors.push_back({"faser", "masses.listing.error.phase"});
          break;
        }
        Reader inner{item.get_object(), out.input.errors};
        out.input.phases.emplace_back(inner.text("start").value_or(""), inner.text("mengde", true).value_or(""));
      }
    } else if (!phases->is_null()) {
      out.input.errors.push_back({"faser", "masses.listing.error.phase"});
    }
    if (out.input.phases.empty()) out.input.phase_granularity.clear();
  }
  return out;
}

}  // namespace masseflyt::masses::listings::json
