#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace masseflyt::identity::organisations {

/// The outcome of checking an organisasjonsnummer typed by a person or sent by a program.
/// Exactly one of `number` (the 9 digits, spaces removed) and `error_key` (a catalog key with the
/// Norwegian explanation) is set.
struct OrganisationNumberCheck {
  std::optional<std::string> number;
  std::string error_key;

  bool valid() const { return number.has_value(); }
};

/// Checks an organisasjonsnummer locally, before anything is looked up: spaces (also no-break
/// spaces and tabs) are ignored, then it must be exactly 9 digits whose last digit is the MOD11
/// check digit over weights 3,2,7,6,5,4,3,2 (remainder 0 → 0, remainder 1 → no valid number).
OrganisationNumberCheck checkOrganisationNumber(std::string_view input);

/// The MOD11 check digit for the first 8 digits, or nullopt when no check digit exists
/// (remainder 1). `first8` must be 8 ASCII digits.
std::optional<int> organisationNumberCheckDigit(std::string_view first8);

/// Throws Error(Validation) with a field error on `field` when the number is invalid; returns
/// the normalised 9 digits otherwise.
std::string requireOrganisationNumber(std::string_view input,
                                      std::string_view field = "organisasjonsnummer");

/// "991 825 827": the grouping Brønnøysundregistrene use when showing a number to people.
std::string formatOrganisationNumber(std::string_view number);

}  // namespace masseflyt::identity::organisations
