#include "modules/masses/fractions/domain/quantity_text.hpp"

#include <limits>

namespace masseflyt::masses::fractions {
namespace {

std::string groupDigits(std::uint64_t value) {
  const std::string digits = std::to_string(value);
  std::string grouped;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  grouped.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    grouped.push_back(' ');
    grouped.append(digits, i, 3);
  }
  return grouped;
}

}  // namespace

std::optional<std::int64_t> parseThousandths(std::string_view text) {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  std::int64_t whole = 0;
  std::int64_t decimals = 0;
  int decimal_digits = -1;  // -1: no separator seen yet
  bool any_digit = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ') continue;  // digit grouping
    // U+00A0 and U+202F (no-break spaces) in UTF-8, as copied from formatted text.
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') { ++i; continue; }
    if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\xAF') { i += 2; continue; }
    if (c == ',' || c == '.') {
      if (decimal_digits >= 0) return std::nullopt;
      decimal_digits = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    any_digit = true;
    const int digit = c - '0';
    if (decimal_digits >= 0) {
      if (++decimal_digits > 3) return std::nullopt;
      decimals = decimals * 10 + digit;
    } else {
      if (whole > (kMax / 1000 - digit) / 10) return std::nullopt;
      whole = whole * 10 + digit;
    }
  }
  if (!any_digit) return std::nullopt;
  for (int d = decimal_digits < 0 ? 0 : decimal_digits; d < 3; ++d) decimals *= 10;
  if (whole == kMax / 1000 && decimals > kMax % 1000) return std::nullopt;
  return whole * 1000 + decimals;
}

std::string formatThousandths(std::int64_t value) {
  const bool negative = value < 0;
  // Through unsigned so the most negative value does not overflow on negation.
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string text = negative ? "-" : "";
  text += groupDigits(magnitude / 1000);
  if (const std::uint64_t fraction = magnitude % 1000; fraction != 0) {
    std::string decimals = std::to_string(fraction);
    decimals.insert(0, 3 - decimals.size(), '0');
    while (decimals.back() == '0') decimals.pop_back();
    text += "," + decimals;
  }
  return text;
}

}  // namespace masseflyt::masses::fractions
