#include "modules/masses/plans/app/plan_texts.hpp"

#include "modules/masses/fractions/domain/fraction.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::masses::plans {
namespace {

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

std::string fractionName(std::string_view key) {
  const auto* fraction = fractions::catalog().find(key);
  return fraction != nullptr ? fraction->name : std::string(key);
}

std::string enteredText(const PlanLine& line) {
  if (line.entered.unit == fractions::Unit::Tonnes) return fractions::formatTonnes(line.entered.kg);
  return fractions::formatCubicMetres(line.entered.dm3, line.entered.state);
}

}  // namespace

PlanFactTexts factTexts(const Plan& plan) {
  return PlanFactTexts{
      .status = text("masses.plans.status." + std::string(planStatusKey(plan.status))),
      .surplus = fractions::formatTonnes(totalKg(plan.lines, LineKind::Surplus)),
      .need = fractions::formatTonnes(totalKg(plan.lines, LineKind::Need)),
      .reuse_target = std::to_string(plan.settings.reuse_target_percent) + " %",
      .planned_reuse = std::to_string(plannedReusePercent(plan.lines)) + " %",
      .reuse_status = text("masses.plans.reuse." + std::string(reuseStatusKey(plan.settings.reuse_status))),
      .documentation_status =
          text("masses.plans.documentation." + std::string(documentationStatusKey(plan.settings.documentation_status))),
      .catalog_version = plan.catalog_version,
      .note = plan.settings.note,
  };
}

LineTexts lineTexts(const PlanLine& line) {
  std::string destination = text("masses.plans.destination." + std::string(destinationKey(line.destination)));
  if (!line.destination_name.empty()) destination += ": " + line.destination_name;
  return LineTexts{
      .kind = text("masses.plans.kind." + std::string(lineKindKey(line.kind))),
      .fraction = fractionName(line.fraction_key),
      .phase = line.phase,
      .period = line.period_from + " – " + line.period_to,
      .entered = enteredText(line),
      .tonnes = fractions::formatTonnes(line.quantity_kg),
      .destination = std::move(destination),
      .note = line.note,
  };
}

}  // namespace masseflyt::masses::plans
