#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/core/text.hpp"

// Rules shared by the registry's organisation profiles (carriers, quality-control providers):
// no I/O, so domain code and tests use them alike.
namespace masseflyt::registry::common {

// Search keys, LIKE escaping and trimming are the platform's (platform/core/text.hpp).
using text::likeEscape;
using text::trim;
/// Lower-case for search keys (also Æ Ø Å): text::foldCase.
inline std::string searchText(std::string_view value) { return text::foldCase(value); }

/// Joins codes as ",a,b," so a filter can match one code with LIKE '%,a,%' on both engines.
std::string joinCodes(const std::vector<std::string>& codes);
std::vector<std::string> splitCodes(std::string_view joined);

bool validEmail(std::string_view email);
/// 8–15 digits; spaces, + and - allowed between them.
bool validPhone(std::string_view phone);
bool isOrganisationNumber(std::string_view text);  ///< exactly 9 digits
/// "123456789" → "123 456 789".
std::string formatOrgnr(std::string_view number);

/// A whole number as typed ("1 200", also with no-break spaces) within 0..max. Empty: nullopt
/// and ok. Otherwise ok=false for anything else.
std::optional<std::int64_t> parseCount(std::string_view text, std::int64_t max, bool& ok);

/// Municipalities served, as chosen in a multi-select: each must be in the region table.
/// Returns them deduplicated and sorted; adds {field, error_key} to `errors` at the first bad one.
std::vector<std::string> validateMunicipalities(const std::vector<std::string>& numbers,
                                                std::string_view field, std::string_view error_key,
                                                std::vector<FieldError>& errors);
/// The municipality's name from the region table, or the number itself.
std::string municipalityName(std::string_view number);
/// "Bærum, Asker" (for history entries).
std::string municipalitiesText(const std::vector<std::string>& numbers);
/// At most `shown` names, then the catalog text `more_key` with {count} of the rest (lists).
std::string municipalitiesSummary(const std::vector<std::string>& numbers, std::size_t shown,
                                  std::string_view more_key);

/// Contact details of a profile as typed; validated and trimmed by validateContact.
struct Contact {
  std::string name;
  std::string phone;
  std::string email;
};
/// Field names "kontakt_navn", "kontakt_telefon", "kontakt_epost"; message keys
/// `<prefix>.error.contact_name|contact_phone|contact_email`.
Contact validateContact(const Contact& input, std::string_view key_prefix,
                        std::vector<FieldError>& errors);

}  // namespace masseflyt::registry::common
