#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Numbers as people type and read them in Norwegian: "10 000,5" (space grouping, decimal comma;
// a decimal point is accepted too), kept as integer thousandths so tonnes ↔ kg and m³ ↔ dm³ are
// exact. Shared by every form and query that takes a quantity.
namespace masseflyt::masses::fractions {

/// "27 000" → 27000000, "1,5" → 1500, "0.125" → 125. nullopt for anything else (letters, more
/// than three decimals, a sign, empty, or a value beyond int64).
std::optional<std::int64_t> parseThousandths(std::string_view text);

/// 12500000 → "12 500", 1500 → "1,5", -2500 → "-2,5" (up to three decimals, trailing zeros trimmed).
std::string formatThousandths(std::int64_t value);

}  // namespace masseflyt::masses::fractions
