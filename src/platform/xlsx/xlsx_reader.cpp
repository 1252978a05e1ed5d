#include <zip.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

#include "platform/core/error.hpp"
#include "platform/xlsx/table.hpp"

namespace masseflyt::xlsx {
namespace {

[[noreturn]] void fail(std::string_view key, std::string detail = {}) {
  throw Error(ErrorKind::Validation, std::string(key), std::move(detail));
}

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// Reads entries from an in-memory archive, counting every inflated byte against one budget.
class Archive {
 public:
  Archive(std::string_view bytes, const ReadLimits& limits) : limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
      zip_error_fini(&error);
      fail("xlsx.error.not_xlsx");
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
      zip_source_free(source);
      zip_error_fini(&error);
      fail("xlsx.error.not_xlsx");
    }
    zip_error_fini(&error);
    archive_.reset(archive);
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0) fail("xlsx.error.damaged");
    if (static_cast<std::size_t>(entries) > limits_.max_entries) fail("xlsx.error.too_many_entries");
  }

  /// nullopt when the archive has no such entry.
  std::optional<std::string> read(const std::string& name) {
    const zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
    if (index < 0) return std::nullopt;
    std::unique_ptr<zip_file_t, FileCloser> file(
        zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) fail("xlsx.error.damaged", name);
    std::string content;
    char buffer[16 * 1024];
    for (;;) {
      const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
      if (n < 0) fail("xlsx.error.damaged", name);
      if (n == 0) break;
      used_ += static_cast<std::size_t>(n);
      if (used_ > limits_.max_uncompressed_bytes) fail("xlsx.error.uncompressed_too_large");
      content.append(buffer, static_cast<std::size_t>(n));
    }
    return content;
  }

 private:
  const ReadLimits& limits_;
  std::unique_ptr<zip_t, ZipCloser> archive_;
  std::size_t used_ = 0;
};

pugi::xml_document parseXml(const std::string& text, const std::string& name) {
  pugi::xml_document document;
  // No DOCTYPE processing exists in pugixml (no entity expansion), so no billion-laughs risk.
  const auto result = document.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) fail("xlsx.error.damaged", name);
  return document;
}

// Element names may carry any namespace prefix ("x:row"); compare the local part.
std::string_view localName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (auto c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && localName(c) == name) return c;
  }
  return {};
}

// The text of a string item: <t>, or rich-text runs <r><t>; phonetic runs (<rPh>) are not text.
std::string stringItem(const pugi::xml_node& item) {
  std::string text;
  for (auto c = item.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (localName(c) == "t") {
      text += c.text().get();
    } else if (localName(c) == "r") {
      if (const auto t = child(c, "t")) text += t.text().get();
    }
  }
  return text;
}

std::string attribute(const pugi::xml_node& node, std::string_view local) {
  for (auto a = node.first_attribute(); a; a = a.next_attribute()) {
    std::string_view name = a.name();
    const auto colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}

// Where the first sheet lives: workbook.xml names it, its relationship gives the part path.
std::string firstSheetPath(Archive& archive) {
  const auto workbook_text = archive.read("xl/workbook.xml");
  if (!workbook_text) fail("xlsx.error.not_xlsx", "no xl/workbook.xml");
  const auto workbook = parseXml(*workbook_text, "workbook");
  const auto sheets = child(child(workbook, "workbook"), "sheets");
  const auto sheet = child(sheets, "sheet");
  if (!sheet) fail("xlsx.error.no_sheet");
  const std::string rel_id = attribute(sheet, "id");
  if (const auto rels_text = archive.read("xl/_rels/workbook.xml.rels")) {
    const auto rels = parseXml(*rels_text, "rels");
    for (auto rel = child(rels, "Relationships").first_child(); rel; rel = rel.next_sibling()) {
      if (attribute(rel, "Id") != rel_id) continue;
      std::string target = attribute(rel, "Target");
      if (target.starts_with('/')) return target.substr(1);
      return "xl/" + target;
    }
  }
  return "xl/worksheets/sheet1.xml";
}

// "BC12" → column 54 (0-based 54 = "BC"), row 11; nullopt for anything else.
std::optional<std::pair<std::size_t, std::size_t>> parseReference(std::string_view ref) {
  std::size_t column = 0;
  std::size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
    column = column * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
    if (column > 16384) return std::nullopt;
    ++i;
  }
  if (i == 0 || i == ref.size()) return std::nullopt;
  std::size_t row = 0;
  const auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (ec != std::errc() || end != ref.data() + ref.size() || row == 0) return std::nullopt;
  return std::pair{column - 1, row - 1};
}

// Numbers as a person would type them: 12500 rather than 12500.0 or 1.25E4.
std::string normaliseNumber(const std::string& raw) {
  double value = 0;
  const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (ec != std::errc() || end != raw.data() + raw.size() || !std::isfinite(value)) return raw;
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

}  // namespace

bool looksLikeXlsx(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

Sheet readFirstSheet(std::string_view bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_file_bytes) fail("xlsx.error.too_large");
  if (!looksLikeXlsx(bytes)) fail("xlsx.error.not_xlsx");
  Archive archive(bytes, limits);
  const std::string sheet_path = firstSheetPath(archive);

  std::vector<std::string> shared;
  if (const auto sst_text = archive.read("xl/sharedStrings.xml")) {
    const auto sst = parseXml(*sst_text, "sharedStrings");
    for (auto si = child(sst, "sst").first_child(); si; si = si.next_sibling()) {
      if (si.type() == pugi::node_element && localName(si) == "si") shared.push_back(stringItem(si));
    }
  }

  const auto sheet_text = archive.read(sheet_path);
  if (!sheet_text) fail("xlsx.error.no_sheet", sheet_path);
  const auto document = parseXml(*sheet_text, sheet_path);
  const auto data = child(child(document, "worksheet"), "sheetData");

  Sheet sheet;
  sheet.name = "";
  std::size_t next_row = 0;
  for (auto row = data.first_child(); row; row = row.next_sibling()) {
    if (row.type() != pugi::node_element || localName(row) != "row") continue;
    std::size_t row_index = next_row;
    if (const auto r = attribute(row, "r"); !r.empty()) {
      std::size_t parsed = 0;
      const auto [end, ec] = std::from_chars(r.data(), r.data() + r.size(), parsed);
      if (ec != std::errc() || end != r.data() + r.size() || parsed == 0) fail("xlsx.error.damaged", "row r");
      row_index = parsed - 1;
    }
    if (row_index >= limits.max_rows) fail("xlsx.error.too_many_rows");
    next_row = row_index + 1;
    std::size_t next_column = 0;
    for (auto cell = row.first_child(); cell; cell = cell.next_sibling()) {
      if (cell.type() != pugi::node_element || localName(cell) != "c") continue;
      std::size_t column = next_column;
      if (const auto ref = attribute(cell, "r"); !ref.empty()) {
        const auto parsed = parseReference(ref);
        if (!parsed) fail("xlsx.error.damaged", "cell r");
        column = parsed->first;
      }
      if (column >= limits.max_columns) fail("xlsx.error.too_many_columns");
      next_column = column + 1;
      const std::string type = attribute(cell, "t");
      std::string value;
      if (type == "inlineStr") {
        value = stringItem(child(cell, "is"));
      } else {
        const std::string raw = child(cell, "v").text().get();
        if (type == "s") {
          std::size_t index = 0;
          const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), index);
          if (ec != std::errc() || end != raw.data() + raw.size() || index >= shared.size()) {
            fail("xlsx.error.damaged", "shared string index");
          }
          value = shared[index];
        } else if (type == "str" || type == "e" || type == "b") {
          value = raw;
        } else {
          value = raw.empty() ? raw : normaliseNumber(raw);
        }
      }
      if (value.empty()) continue;
      if (sheet.rows.size() <= row_index) sheet.rows.resize(row_index + 1);
      auto& cells = sheet.rows[row_index];
      if (cells.size() <= column) cells.resize(column + 1);
      cells[column] = std::move(value);
    }
  }
  return sheet;
}

std::optional<std::string> serialToIsoDate(std::string_view text) {
  double serial = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), serial);
  if (ec != std::errc() || end != text.data() + text.size() || !(serial >= 1) || serial >= 2958466) {
    return std::nullopt;
  }
  // Serial 60 is the 1900-02-29 Excel pretends existed; from 61 on, day 0 is 1899-12-30.
  long days = static_cast<long>(std::floor(serial));
  if (days < 61) days += 1;
  // Days since 1899-12-30 → civil date (Howard Hinnant's algorithm, days from 1970-01-01).
  long z = days - 25569 + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long year = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long day = doy - (153 * mp + 2) / 5 + 1;
  const long month = mp < 10 ? mp + 3 : mp - 9;
  if (month <= 2) ++year;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04ld-%02ld-%02ld", year, month, day);
  return std::string(buffer);
}

}  // namespace masseflyt::xlsx
