#include <boost/json.hpp>

#include "modules/masses/fractions/api/fraction_json.hpp"
#include "modules/masses/fractions/domain/conversion_query.hpp"
#include "modules/masses/fractions/web/fraction_text.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::masses::fractions::json {
namespace {

namespace bj = boost::json;

bj::value nullable(const std::string& text) { return text.empty() ? bj::value(nullptr) : bj::value(text); }

bj::object factorsObject(const Factors& f) {
  return {{"densitet_kg_per_m3", f.density_kg_per_m3},
          {"svelling_promille", f.swell_permille},
          {"anbrakt_promille", f.placed_permille},
          {"kilde", f.source}};
}

bj::object fractionObject(const Fraction& f) {
  bj::object out;
  out["kode"] = f.key;
  out["url"] = "/fraksjoner/" + f.key;
  out["navn"] = f.name;
  out["gruppe"] = f.group;
  out["gruppe_navn"] = groupLabel(f.group);
  out["eal"] = f.eal_code;
  out["ns9431"] = nullable(f.ns9431_code);
  out["ns9431_sikkerhet"] = nullable(f.ns9431_status);
  out["farlig_avfall"] = f.hazardous;
  out["krever_dsa_tillatelse"] = f.requires_dsa_permit;
  out["gradering"] = nullable(f.grading);
  out["egenskaper"] = f.properties;
  out["faktorer"] = factorsObject(f.factors);
  return out;
}

}  // namespace

std::string catalogDocument(const Catalog& catalog) {
  bj::array groups_json;
  for (const auto& g : groups()) {
    groups_json.push_back(bj::object{{"kode", g.key}, {"navn", i18n::t(g.label_key)}});
  }
  bj::array fractions;
  for (const auto& f : catalog.fractions) fractions.push_back(fractionObject(f));
  return bj::serialize(bj::object{{"versjon", catalog.version},
                                  {"kilde", catalog.source},
                                  {"grupper", std::move(groups_json)},
                                  {"fraksjoner", std::move(fractions)}});
}

std::string fractionDocument(const Catalog& catalog, const Fraction& fraction) {
  auto out = fractionObject(fraction);
  out["versjon"] = catalog.version;
  return bj::serialize(out);
}

std::string conversionDocument(const Catalog& catalog, const Fraction& fraction, const ConvertedQuantity& q) {
  const bool tonnes = q.entered.unit == Unit::Tonnes;
  bj::object entered{{"enhet", unitKey(q.entered.unit)},
                     {"tilstand", tonnes ? bj::value(nullptr) : bj::value(volumeStateKey(q.entered.state))},
                     {"kg", tonnes ? bj::value(q.entered.kg) : bj::value(nullptr)},
                     {"dm3", tonnes ? bj::value(nullptr) : bj::value(q.entered.dm3)}};
  // Everything but what was entered is an estimate through the factors.
  bj::array estimates;
  if (!tonnes) estimates.emplace_back("kg");
  for (auto state : {VolumeState::Solid, VolumeState::Loose, VolumeState::Placed}) {
    if (tonnes || state != q.entered.state) estimates.emplace_back(std::string(volumeStateKey(state)) + "_dm3");
  }
  bj::object texts{{"tonn", formatTonnes(q.kg)},
                   {"fast", formatCubicMetres(q.solid_dm3, VolumeState::Solid)},
                   {"los", formatCubicMetres(q.loose_dm3, VolumeState::Loose)},
                   {"anbrakt", formatCubicMetres(q.placed_dm3, VolumeState::Placed)}};
  return bj::serialize(bj::object{{"fraksjon", fraction.key},
                                  {"versjon", catalog.version},
                                  {"oppgitt", std::move(entered)},
                                  {"kg", q.kg},
                                  {"fast_dm3", q.solid_dm3},
                                  {"los_dm3", q.loose_dm3},
                                  {"anbrakt_dm3", q.placed_dm3},
                                  {"tekst", std::move(texts)},
                                  {"estimat", std::move(estimates)},
                                  {"faktorer", factorsObject(q.factors)}});
}

}  // namespace masseflyt::masses::fractions::json
