#pragma once

#include <string>
#include <string_view>

// The document's natural language (/Lang in the catalog, e.g. "nb-NO"), so a screen reader reads
// Norwegian text with a Norwegian voice. cairo 1.16 has no call for it, so it is added as a PDF
// incremental update (ISO 32000-1 §7.5.6): a new revision of the catalog object appended after the
// file with its own cross-reference section, leaving every byte cairo wrote untouched.
namespace masseflyt::pdf {

/// `pdf` with /Lang set; unchanged if the file is not shaped as cairo writes it (classic xref
/// table, catalog as a plain dictionary object) — the language is then missing, nothing breaks.
std::string withLanguage(std::string pdf, std::string_view language);

}  // namespace masseflyt::pdf
