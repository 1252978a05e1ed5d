#pragma once

#include <string>

#include "modules/masses/fractions/domain/quantity.hpp"

// A conversion asked for with text fields, as the converter form and the API receive it:
// mengde (Norwegian number), enhet (tonn | m3) and tilstand (fast | los | anbrakt; only for m3).
namespace masseflyt::masses::fractions {

struct ConversionQuery {
  std::string quantity;  ///< "10 000", "12,5"
  std::string unit;      ///< "tonn" or "m3"
  std::string state;     ///< "fast", "los", "anbrakt"; empty means fast
};

/// Converts through `factors`. Throws Error(Validation, "masses.fractions.error.query") with a
/// field error per bad field (mengde, enhet, tilstand), or convert()'s errors as a field error on
/// mengde.
ConvertedQuantity convertQuery(const ConversionQuery& query, const Factors& factors);

/// "tonn" / "m3".
std::string_view unitKey(Unit unit);

}  // namespace masseflyt::masses::fractions
