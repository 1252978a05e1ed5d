#pragma once

#include <string>
#include <string_view>

// Small text rules every module needs the same way: one place, so search, SQL LIKE filters and
// links behave alike across pages and both database engines.
namespace masseflyt::text {

/// Lower-cases ASCII and the Latin-1 capitals in UTF-8 (Æ Ø Å É …), for search keys: SQLite's
/// LOWER() only knows ASCII, so stored search columns and typed text both go through this.
std::string foldCase(std::string_view text);

/// Escapes \ % _ for `LIKE … ESCAPE '\'` (portable to SQLite and PostgreSQL).
std::string likeEscape(std::string_view text);
/// `text` as a literal inside a SQLite GLOB pattern: the wildcards *, ? and [ each become a
/// one-character class ("[*]"). GLOB has no ESCAPE clause.
std::string globEscape(std::string_view text);

/// RFC 3986 percent-encoding of everything but unreserved characters (query values, form
/// fields, OAuth client credentials). Independent of the locale.
std::string percentEncode(std::string_view text);

/// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

}  // namespace masseflyt::text
