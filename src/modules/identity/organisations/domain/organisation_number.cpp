#include "modules/identity/organisations/domain/organisation_number.hpp"

#include <array>

#include "platform/core/error.hpp"

namespace masseflyt::identity::organisations {
namespace {

constexpr std::array<int, 8> kWeights = {3, 2, 7, 6, 5, 4, 3, 2};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<int> organisationNumberCheckDigit(std::string_view first8) {
  int sum = 0;
  for (std::size_t i = 0; i < kWeights.size(); ++i) {
    sum += (first8[i] - '0') * kWeights[i];
  }
  const int remainder = sum % 11;
  if (remainder == 0) return 0;
  if (remainder == 1) return std::nullopt;  // the check digit would be 10: never issued
  return 11 - remainder;
}

OrganisationNumberCheck checkOrganisationNumber(std::string_view input) {
  std::string digits;
  bool other = false;
  for (std::size_t i = 0; i < input.size(); ++i) {
    const char c = input[i];
    if (c == ' ' || c == '\t') continue;
    // U+00A0 (no-break space) arrives when people paste a number from a web page or a PDF.
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < input.size() &&
        static_cast<unsigned char>(input[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (isDigit(c)) {
      digits += c;
    } else {
      other = true;
    }
  }
  OrganisationNumberCheck check;
  if (digits.empty() && !other) {
    check.error_key = "organisations.orgnr.empty";
  } else if (other) {
    check.error_key = "organisations.orgnr.not_digits";
  } else if (digits.size() != 9) {
    check.error_key = "organisations.orgnr.length";
  } else if (const auto check_digit = organisationNumberCheckDigit(std::string_view(digits).substr(0, 8));
             !check_digit) {
    check.error_key = "organisations.orgnr.impossible";
  } else if (*check_digit != digits[8] - '0') {
    check.error_key = "organisations.orgnr.check_digit";
  } else {
    check.number = std::move(digits);
  }
  return check;
}

std::string requireOrganisationNumber(std::string_view input, std::string_view field) {
  auto check = checkOrganisationNumber(input);
  if (!check.valid()) {
    throw Error(ErrorKind::Validation, check.error_key, "invalid organisasjonsnummer",
                {FieldError{std::string(field), check.error_key}});
  }
  return std::move(*check.number);
}

std::string formatOrganisationNumber(std::string_view number) {
  if (number.size() != 9) return std::string(number);
  std::string out;
  out.reserve(11);
  out.append(number.substr(0, 3)).append(" ").append(number.substr(3, 3)).append(" ").append(
      number.substr(6, 3));
  return out;
}

}  // namespace masseflyt::identity::organisations
