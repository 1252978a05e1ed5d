#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "modules/masses/fractions/domain/fraction.hpp"

// Quantities of masses (issue 5 item 3), as integers in base units: mass in kg, volume in dm³ with
// its state. What the owner entered is kept as entered; the other units are estimates computed
// through the fraction's factors (or the owner's documented override) and shown as such.
namespace masseflyt::masses::fractions {

enum class Unit { Tonnes, CubicMetres };

/// What a user entered: tonnes (kg) or m³ (dm³) in a volume state.
struct EnteredQuantity {
  Unit unit = Unit::Tonnes;
  std::int64_t kg = 0;                       ///< when unit == Tonnes
  std::int64_t dm3 = 0;                      ///< when unit == CubicMetres
  VolumeState state = VolumeState::Solid;    ///< when unit == CubicMetres
};

/// Every unit of one quantity. `kg` is what sums and searches use.
struct ConvertedQuantity {
  std::int64_t kg = 0;
  std::int64_t solid_dm3 = 0;   ///< pfm³
  std::int64_t loose_dm3 = 0;   ///< ulm³
  std::int64_t placed_dm3 = 0;  ///< pam³
  Factors factors;              ///< the factors used
  EnteredQuantity entered;      ///< the exact figure entered; the rest are estimates
};

/// Converts with rounding to the nearest base unit (half away from zero). Error(Validation) for a
/// zero or negative quantity, factors of zero, or a result that would overflow.
ConvertedQuantity convert(const EnteredQuantity& entered, const Factors& factors);

/// "12 500 t", "10 000 m³ pfm³" (Norwegian digit grouping, up to three decimals trimmed).
std::string formatTonnes(std::int64_t kg);
std::string formatCubicMetres(std::int64_t dm3, VolumeState state);

}  // namespace masseflyt::masses::fractions
