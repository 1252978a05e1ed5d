#include <unistd.h>
#include <xlsxwriter.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "platform/core/error.hpp"
#include "platform/xlsx/table.hpp"

namespace masseflyt::xlsx {
namespace {

// Only plain decimal numbers become numeric cells: "0032" or "1e5" typed as text stay text.
bool plainNumber(const std::string& text, double& value) {
  if (text.empty() || text.size() > 15) return false;
  std::size_t i = text[0] == '-' ? 1 : 0;
  if (i >= text.size() || (text[i] == '0' && text.size() > i + 1 && text[i + 1] != '.')) return false;
  bool dot = false;
  for (; i < text.size(); ++i) {
    if (text[i] == '.' && !dot) {
      dot = true;
    } else if (text[i] < '0' || text[i] > '9') {
      return false;
    }
  }
  if (text.back() == '.') return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

// Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
std::string sheetName(const std::string& wanted, std::size_t index) {
  std::string name;
  for (const char c : wanted) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) name += c;
  }
  if (name.size() > 31) name.resize(31);
  while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
  if (!name.empty() && (static_cast<unsigned char>(name.back()) & 0x80) != 0) name.pop_back();
  return name.empty() ? "Ark" + std::to_string(index + 1) : name;
}

}  // namespace

std::string writeWorkbook(const std::vector<Sheet>& sheets) {
  // libxlsxwriter 1.1.4 writes only to files: a private temporary file, read back and removed.
  std::string path = "/tmp/masseflyt-xlsx-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) throw Error(ErrorKind::Internal, "xlsx.error.write_failed", "mkstemp");
  close(fd);
  struct Remove {
    std::string path;
    ~Remove() { std::remove(path.c_str()); }
  } remove{path};

  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) throw Error(ErrorKind::Internal, "xlsx.error.write_failed", "workbook_new");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (std::size_t s = 0; s < sheets.size(); ++s) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheetName(sheets[s].name, s).c_str());
    if (worksheet == nullptr) {
      workbook_close(workbook);
      throw Error(ErrorKind::Internal, "xlsx.error.write_failed", "add_worksheet");
    }
    const auto& rows = sheets[s].rows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < rows[r].size(); ++c) {
        const std::string& text = rows[r][c];
        if (text.empty()) continue;
        const auto row = static_cast<lxw_row_t>(r);
        const auto column = static_cast<lxw_col_t>(c);
        double number = 0;
        if (r > 0 && plainNumber(text, number)) {
          worksheet_write_number(worksheet, row, column, number, nullptr);
        } else {
          worksheet_write_string(worksheet, row, column, text.c_str(), r == 0 ? bold : nullptr);
        }
      }
    }
    if (!rows.empty()) {
      worksheet_set_column(worksheet, 0, static_cast<lxw_col_t>(rows[0].empty() ? 0 : rows[0].size() - 1), 18,
                           nullptr);
    }
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) {
    throw Error(ErrorKind::Internal, "xlsx.error.write_failed", "workbook_close");
  }
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace masseflyt::xlsx
