#include "modules/registry/common/rules.hpp"

#include <algorithm>
#include <charconv>

#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::common {

std::string joinCodes(const std::vector<std::string>& codes) {
  if (codes.empty()) return {};
  std::string out = ",";
  for (const auto& code : codes) out += code + ",";
  return out;
}

std::vector<std::string> splitCodes(std::string_view joined) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < joined.size()) {
    auto end = joined.find(',', start);
    if (end == std::string_view::npos) end = joined.size();
    if (end > start) out.emplace_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool validEmail(std::string_view email) {
  const auto at = email.find('@');
  return at != std::string_view::npos && at > 0 && email.find('.', at) != std::string_view::npos &&
         email.size() <= 254 && email.find(' ') == std::string_view::npos && email.back() != '.';
}

bool validPhone(std::string_view phone) {
  int digits = 0;
  for (const char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ' && c != '+' && c != '-') {
      return false;
    }
  }
  return digits >= 8 && digits <= 15;
}

bool isOrganisationNumber(std::string_view text) {
  return text.size() == 9 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string formatOrgnr(std::string_view number) {
  if (number.size() != 9) return std::string(number);
  return std::string(number.substr(0, 3)) + " " + std::string(number.substr(3, 3)) + " " +
         std::string(number.substr(6));
}

std::optional<std::int64_t> parseCount(std::string_view text, std::int64_t max, bool& ok) {
  ok = true;
  std::string digits;
  for (const char c : text) {
    if (c == ' ' || c == '\xc2' || c == '\xa0') continue;  // "1 200" with spaces or NBSP
    digits += c;
  }
  if (digits.empty()) return std::nullopt;
  std::int64_t value = 0;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc{} || ptr != digits.data() + digits.size() || value < 0 || value > max) {
    ok = false;
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> validateMunicipalities(const std::vector<std::string>& numbers,
                                                std::string_view field, std::string_view error_key,
                                                std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& number : numbers) {
    if (number.empty()) continue;
    if (!geo::validMunicipalityNumber(number) || geo::findMunicipality(number) == nullptr) {
      errors.push_back({std::string(field), std::string(error_key)});
      break;
    }
    if (std::find(out.begin(), out.end(), number) == out.end()) out.push_back(number);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string municipalityName(std::string_view number) {
  const auto* municipality = geo::findMunicipality(number);
  return municipality != nullptr ? std::string(municipality->name) : std::string(number);
}

std::string municipalitiesText(const std::vector<std::string>& numbers) {
  std::string out;
  for (const auto& number : numbers) {
    if (!out.empty()) out += ", ";
    out += municipalityName(number);
  }
  return out;
}

std::string municipalitiesSummary(const std::vector<std::string>& numbers, std::size_t shown,
                                  std::string_view more_key) {
  std::string area;
  for (std::size_t i = 0; i < numbers.size() && i < shown; ++i) {
    if (!area.empty()) area += ", ";
    area += municipalityName(numbers[i]);
  }
  if (numbers.size() > shown) {
    area += " " + i18n::catalog().format(more_key, {{"count", std::to_string(numbers.size() - shown)}});
  }
  return area;
}

Contact validateContact(const Contact& input, std::string_view key_prefix,
                        std::vector<FieldError>& errors) {
  const std::string prefix(key_prefix);
  Contact out;
  out.name = trim(input.name);
  if (out.name.size() > 200) errors.push_back({"kontakt_navn", prefix + ".error.contact_name"});
  out.phone = trim(input.phone);
  if (!out.phone.empty() && !validPhone(out.phone)) {
    errors.push_back({"kontakt_telefon", prefix + ".error.contact_phone"});
  }
  out.email = trim(input.email);
  if (!out.email.empty() && !validEmail(out.email)) {
    errors.push_back({"kontakt_epost", prefix + ".error.contact_email"});
  }
  return out;
}

}  // namespace masseflyt::registry::common
