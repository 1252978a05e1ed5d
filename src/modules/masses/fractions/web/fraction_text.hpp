#pragma once

#include <string>

#include "modules/masses/fractions/domain/fraction.hpp"

// How a fraction's codes and factors read in Norwegian, shared by the pages and the API.
namespace masseflyt::masses::fractions {

/// "1601 (usikker)", "Ukjent".
std::string ns9431Text(const Fraction& fraction);
/// "2,7 t/m³".
std::string densityText(const Factors& factors);
/// "Faktorer brukt: densitet 2,7 t/m³, svelling 1,6, fast → anbrakt 1,4. Kilde: …"
std::string factorsText(const Factors& factors);
/// The group's Norwegian label, or the key when unknown.
std::string groupLabel(std::string_view group_key);

}  // namespace masseflyt::masses::fractions
