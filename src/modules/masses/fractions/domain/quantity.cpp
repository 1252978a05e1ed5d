#include "modules/masses/fractions/domain/quantity.hpp"

#include <limits>

#include "modules/masses/fractions/domain/quantity_text.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::masses::fractions {
namespace {

__extension__ typedef __int128 Wide;  // GCC extension; -Wpedantic would reject the plain spelling

[[noreturn]] void refuse(std::string key, std::string detail) {
  throw Error(ErrorKind::Validation, std::move(key), std::move(detail));
}

// numerator / denominator rounded half away from zero; denominator > 0. Exact: no floating point,
// so converting the same figure twice always gives the same base units.
std::int64_t divideRounded(Wide numerator, Wide denominator) {
  const bool negative = numerator < 0;
  const Wide magnitude = negative ? -numerator : numerator;
  const Wide quotient = (2 * magnitude + denominator) / (2 * denominator);
  if (quotient > static_cast<Wide>(std::numeric_limits<std::int64_t>::max())) {
    refuse("masses.fractions.error.too_large", "conversion result overflows int64");
  }
  const auto result = static_cast<std::int64_t>(quotient);
  return negative ? -result : result;
}

// The factor of a volume state relative to solid (pfm³), in thousandths.
std::int64_t statePermille(VolumeState state, const Factors& factors) {
  switch (state) {
    case VolumeState::Solid: return 1000;
    case VolumeState::Loose: return factors.swell_permille;
    case VolumeState::Placed: return factors.placed_permille;
  }
  return 1000;
}

}  // namespace

ConvertedQuantity convert(const EnteredQuantity& entered, const Factors& factors) {
  if (factors.density_kg_per_m3 <= 0 || factors.swell_permille <= 0 || factors.placed_permille <= 0) {
    refuse("masses.fractions.error.factors", "conversion factors must be positive");
  }
  ConvertedQuantity result;
  result.factors = factors;
  result.entered = entered;
  const Wide density = factors.density_kg_per_m3;
  const VolumeState states[] = {VolumeState::Solid, VolumeState::Loose, VolumeState::Placed};
  std::int64_t volumes[3] = {0, 0, 0};
  if (entered.unit == Unit::Tonnes) {
    if (entered.kg <= 0) refuse("masses.fractions.error.quantity_positive", "kg must be positive");
    result.kg = entered.kg;
    // dm³ in a state = kg / density (m³ solid) · 1000 (dm³) · factor / 1000.
    for (int i = 0; i < 3; ++i) {
      volumes[i] = divideRounded(Wide{entered.kg} * statePermille(states[i], factors), density);
    }
  } else {
    if (entered.dm3 <= 0) refuse("masses.fractions.error.quantity_positive", "dm3 must be positive");
    const Wide from = statePermille(entered.state, factors);
    // Solid dm³ = dm³ · 1000 / from; kg = solid m³ · density = dm³ · density / from.
    result.kg = divideRounded(Wide{entered.dm3} * density, from);
    for (int i = 0; i < 3; ++i) {
      volumes[i] = states[i] == entered.state
                       ? entered.dm3  // what was entered stays exact
                       : divideRounded(Wide{entered.dm3} * statePermille(states[i], factors), from);
    }
  }
  if (result.kg <= 0) refuse("masses.fractions.error.quantity_positive", "rounds to zero kg");
  result.solid_dm3 = volumes[0];
  result.loose_dm3 = volumes[1];
  result.placed_dm3 = volumes[2];
  return result;
}

std::string formatTonnes(std::int64_t kg) { return formatThousandths(kg) + " t"; }

std::string formatCubicMetres(std::int64_t dm3, VolumeState state) {
  const char* unit = state == VolumeState::Solid   ? " m³ pfm³"
                     : state == VolumeState::Loose ? " m³ ulm³"
                                                   : " m³ pam³";
  return formatThousandths(dm3) + unit;
}

}  // namespace masseflyt::masses::fractions
