#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Spreadsheets as plain tables (design §2 "format flexibility"): modules import and export rows of
// text cells and never see libzip, pugixml or libxlsxwriter, which stay in this folder's .cpp files.
// Everything read here is outside data: sizes are capped before anything is decompressed or
// parsed, and every failure is an Error(Validation) with a Norwegian message, never a crash.
namespace masseflyt::xlsx {

using Row = std::vector<std::string>;
using Table = std::vector<Row>;

struct Sheet {
  std::string name;
  Table rows;  ///< row 0 is spreadsheet row 1; missing cells are ""
};

/// Caps for reading. A zip bomb is stopped by the entry count and by counting the bytes actually
/// inflated (declared sizes in the archive may lie).
struct ReadLimits {
  std::size_t max_file_bytes = 8 * 1024 * 1024;
  std::size_t max_entries = 200;
  std::size_t max_uncompressed_bytes = 48 * 1024 * 1024;  ///< all entries read, together
  std::size_t max_rows = 20000;
  std::size_t max_columns = 64;
};

/// Whether the bytes start like a zip archive (an XLSX file).
bool looksLikeXlsx(std::string_view bytes);

/// The first worksheet of an XLSX file. Shared strings, inline strings, formula results, booleans
/// ("1"/"0") and numbers (as written, integral values without ".0"); dates stay Excel serial
/// numbers (see serialToIsoDate). Trailing empty rows are dropped.
/// Throws Error(Validation, "xlsx.error.*") for anything that is not a readable workbook.
Sheet readFirstSheet(std::string_view bytes, const ReadLimits& limits = {});

/// An XLSX workbook with one sheet per entry; the first row of each sheet is bold (the header).
/// Cells that look like plain numbers are written as numbers, everything else as text.
std::string writeWorkbook(const std::vector<Sheet>& sheets);

/// An Excel date serial (1900 system, e.g. "46023") as 'YYYY-MM-DD'; nullopt if not a plausible
/// date serial (1 … 2958465, i.e. up to 9999-12-31).
std::optional<std::string> serialToIsoDate(std::string_view serial);

/// CSV (RFC 4180, quoted fields may hold separators, quotes and line breaks). The separator is
/// ';' if the first line has more ';' than ',' (Norwegian Excel writes ';'). A UTF-8 BOM is
/// skipped. Throws Error(Validation, "xlsx.error.csv_*") for an unterminated quote or too many
/// rows/columns.
Table parseCsv(std::string_view text, const ReadLimits& limits = {});
/// CSV with ';' separators and CRLF, a UTF-8 BOM first so Excel opens it as UTF-8.
std::string writeCsv(const Table& table);

}  // namespace masseflyt::xlsx
