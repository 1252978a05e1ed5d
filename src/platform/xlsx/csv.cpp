#include <algorithm>
#include <string>

#include "platform/core/error.hpp"
#include "platform/xlsx/table.hpp"

namespace masseflyt::xlsx {
namespace {

bool validUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
      extra = 1;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
    } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
      extra = 3;
    } else {
      return false;
    }
    if (i + extra >= text.size() && extra > 0) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

}  // namespace

Table parseCsv(std::string_view text, const ReadLimits& limits) {
  if (text.size() > limits.max_file_bytes) throw Error(ErrorKind::Validation, "xlsx.error.too_large");
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (!validUtf8(text)) throw Error(ErrorKind::Validation, "xlsx.error.csv_encoding");
  const auto first_line = text.substr(0, text.find('\n'));
  const char separator =
      std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',')
          ? ';'
          : ',';
  Table table;
  Row row;
  std::string field;
  bool quoted = false;
  bool any = false;  // the current line has content (so a last line without newline counts)
  auto endField = [&] {
    if (row.size() >= limits.max_columns) throw Error(ErrorKind::Validation, "xlsx.error.too_many_columns");
    row.push_back(std::move(field));
    field.clear();
  };
  auto endRow = [&] {
    endField();
    if (table.size() >= limits.max_rows) throw Error(ErrorKind::Validation, "xlsx.error.too_many_rows");
    table.push_back(std::move(row));
    row.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) {
      quoted = true;
      any = true;
    } else if (c == separator) {
      endField();
      any = true;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      endRow();
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted) throw Error(ErrorKind::Validation, "xlsx.error.csv_quote");
  if (any || !row.empty()) endRow();
  // Trailing blank lines carry nothing.
  while (!table.empty() && std::all_of(table.back().begin(), table.back().end(),
                                        [](const std::string& cell) { return cell.empty(); })) {
    table.pop_back();
  }
  return table;
}

std::string writeCsv(const Table& table) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : table) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += ';';
      const std::string& cell = row[c];
      // A leading = + - @ would run as a formula in Excel (CSV injection): prefix with '.
      const bool formula = !cell.empty() && std::string_view("=+-@").find(cell[0]) != std::string_view::npos &&
                           !(cell[0] == '-' && cell.size() > 1 && cell[1] >= '0' && cell[1] <= '9');
      const std::string value = formula ? "'" + cell : cell;
      if (value.find_first_of(";\"\r\n") != std::string::npos) {
        out += '"';
        for (const char ch : value) {
          if (ch == '"') out += '"';
          out += ch;
        }
        out += '"';
      } else {
        out += value;
      }
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace masseflyt::xlsx
