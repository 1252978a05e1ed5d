#include <boost/json.hpp>

#include <cstdio>

#include "modules/masses/plans/api/plan_json.hpp"
#include "platform/audit/oslo_time.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::masses::plans::json {
namespace bj = boost::json;
namespace {

[[noreturn]] void badBody(std::string detail) {
  throw Error(ErrorKind::BadRequest, "masses.plans.error.body", std::move(detail));
}


bj::value lineValue(const PlanLine& line) {
  const bool volume = line.entered.unit == fractions::Unit::CubicMetres;
  bj::object o;
  o["id"] = line.id;
  o["type"] = lineKindKey(line.kind);
  o["fraksjon"] = line.fraction_key;
  o["fase"] = line.phase;
  o["fra"] = line.period_from;
  o["til"] = line.period_to;
  o["mengde"] = enteredAmountText(line.entered);
  o["enhet"] = volume ? "m3" : "tonn";
  if (volume) {
    o["volumtilstand"] = fractions::volumeStateKey(line.entered.state);
  } else {
    o["volumtilstand"] = nullptr;
  }
  o["mengde_kg"] = line.quantity_kg;
  o["disponering"] = destinationKey(line.destination);
  o["mottaker"] = line.destination_name;
  o["merknad"] = line.note;
  return o;
}

bj::value planValue(const PlanView& view) {
  const auto& plan = view.plan;
  bj::object o;
  o["id"] = plan.id;
  o["prosjekt"] = bj::object{{"id", view.project.id},
                             {"navn", view.project.name},
                             {"url", "/prosjekter/" + view.project.id}};
  o["status"] = planStatusKey(plan.status);
  o["gjenbruksmal"] = plan.settings.reuse_target_percent;
  o["gjenbruksstatus"] = reuseStatusKey(plan.settings.reuse_status);
  o["dokumentasjonsstatus"] = documentationStatusKey(plan.settings.documentation_status);
  o["merknad"] = plan.settings.note;
  o["katalogversjon"] = plan.catalog_version;
  o["sum_overskudd_kg"] = totalKg(plan.lines, LineKind::Surplus);
  o["sum_behov_kg"] = totalKg(plan.lines, LineKind::Need);
  o["planlagt_gjenbruk_prosent"] = plannedReusePercent(plan.lines);
  if (plan.published_at) {
    o["publisert"] = isoUtc(*plan.published_at);
  } else {
    o["publisert"] = nullptr;
  }
  o["opprettet"] = isoUtc(plan.created_at);
  o["endret"] = isoUtc(plan.updated_at);
  o["kan_redigere"] = view.may_edit;
  bj::array lines;
  for (const auto& line : plan.lines) lines.push_back(lineValue(line));
  o["linjer"] = std::move(lines);
  return o;
}

std::string text(const bj::object& object, std::string_view key, bool numbers_allowed) {
  const auto* member = object.if_contains(key);
  if (member == nullptr || member->is_null()) return {};
  if (member->is_string()) return std::string(member->get_string());
  if (numbers_allowed && member->is_int64()) return std::to_string(member->get_int64());
  if (numbers_allowed && member->is_uint64()) return std::to_string(member->get_uint64());
  if (numbers_allowed && member->is_double()) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", member->get_double());
    std::string out = buffer;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out;
  }
  badBody(std::string(key) + " has the wrong type");
}

bj::object parseObject(std::string_view body) {
  boost::system::error_code ec;
  bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  return std::move(value.get_object());
}

}  // namespace

std::string plan(const PlanView& view) { return bj::serialize(planValue(view)); }

std::string planPage(const std::vector<PlanView>& items, const std::optional<std::string>& next) {
  bj::array data;
  for (const auto& item : items) data.push_back(planValue(item));
  bj::object o;
  o["data"] = std::move(data);
  if (next) {
    o["neste"] = *next;
  } else {
    o["neste"] = nullptr;
  }
  return bj::serialize(o);
}

SettingsInput parseSettings(std::string_view body) {
  const auto object = parseObject(body);
  SettingsInput in;
  in.project_id = text(object, "prosjekt_id", false);
  in.reuse_target = text(object, "gjenbruksmal", true);
  in.reuse_status = text(object, "gjenbruksstatus", false);
  in.documentation_status = text(object, "dokumentasjonsstatus", false);
  in.note = text(object, "merknad", false);
  return in;
}

std::vector<LineInput> parseLines(std::string_view body) {
  const auto object = parseObject(body);
  const auto* lines = object.if_contains("linjer");
  if (lines == nullptr || !lines->is_array()) badBody("linjer is not an array");
  if (lines->get_array().size() > kMaxLines) {
    throw Error(ErrorKind::Validation, "masses.plans.error.invalid", {},
                {{"linjer", "masses.plans.error.too_many_lines"}});
  }
  std::vector<LineInput> out;
  for (const auto& item : lines->get_array()) {
    if (!item.is_object()) badBody("a line is not an object");
    const auto& line = item.get_object();
    out.push_back(LineInput{.id = text(line, "id", false),
                            .kind = text(line, "type", false),
                            .fraction = text(line, "fraksjon", false),
                            .phase = text(line, "fase", false),
                            .period_from = text(line, "fra", false),
                            .period_to = text(line, "til", false),
                            .quantity = text(line, "mengde", true),
                            .unit = text(line, "enhet", false),
                            .state = text(line, "volumtilstand", false),
                            .destination = text(line, "disponering", false),
                            .destination_name = text(line, "mottaker", false),
                            .note = text(line, "merknad", false)});
  }
  return out;
}

}  // namespace masseflyt::masses::plans::json
