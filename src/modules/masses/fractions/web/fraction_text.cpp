#include "modules/masses/fractions/web/fraction_text.hpp"

#include "modules/masses/fractions/domain/quantity_text.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::masses::fractions {

std::string ns9431Text(const Fraction& fraction) {
  if (fraction.ns9431_code.empty()) return std::string(i18n::t("masses.fractions.ns9431_unknown"));
  return fraction.ns9431_code + " (" +
         std::string(i18n::t("masses.fractions.ns9431_status." + fraction.ns9431_status)) + ")";
}

std::string densityText(const Factors& factors) {
  return i18n::catalog().format("masses.fractions.density_value",
                                {{"value", formatThousandths(factors.density_kg_per_m3)}});
}

std::string factorsText(const Factors& factors) {
  return i18n::catalog().format("masses.fractions.result_factors",
                                {{"density", densityText(factors)},
                                 {"swell", formatThousandths(factors.swell_permille)},
                                 {"placed", formatThousandths(factors.placed_permille)},
                                 {"source", factors.source}});
}

std::string groupLabel(std::string_view group_key) {
  for (const auto& group : groups()) {
    if (group.key == group_key) return std::string(i18n::t(group.label_key));
  }
  return std::string(group_key);
}

}  // namespace masseflyt::masses::fractions
