#include <zip.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>

#include "platform/core/error.hpp"
#include "platform/xlsx/table.hpp"

namespace masseflyt::xlsx {
namespace {

using ::testing::ElementsAre;

// Builds a zip in memory from (name, content) pairs, as a spreadsheet program (or an attacker) would.
std::string makeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  std::vector<std::unique_ptr<std::string>> keep;  // libzip reads the contents at zip_close
  for (const auto& [name, content] : entries) {
    keep.push_back(std::make_unique<std::string>(content));
    zip_source_t* source = zip_source_buffer(archive, keep.back()->data(), keep.back()->size(), 0);
    zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const auto size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size), '\0');
  zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

const std::string kWorkbook =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const std::string kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/ark.xml"/></Relationships>)";

std::string sheetXml(const std::string& rows) {
  return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

std::string expectError(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    return error.messageKey();
  }
  return "no error";
}

TEST(XlsxReader, ReadsSharedInlineNumbersAndGaps) {
  const std::string sst =
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Fraksjon</t></si>)"
      R"(<si><r><t>Spreng</t></r><r><t>stein</t></r></si></sst>)";
  const std::string rows =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Mengde æøå</t></is></c></row>)"
      R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>46023</v></c><c r="C3"><v>12500.0</v></c>)"
      R"(<c r="D3"><v>1.5</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="str"><f>A1</f><v>x</v></c></row>)";
  const auto bytes = makeZip({{"xl/workbook.xml", kWorkbook},
                              {"xl/_rels/workbook.xml.rels", kRels},
                              {"xl/sharedStrings.xml", sst},
                              {"xl/worksheets/ark.xml", sheetXml(rows)}});
  const auto sheet = readFirstSheet(bytes);
  ASSERT_EQ(sheet.rows.size(), 3u);
  EXPECT_THAT(sheet.rows[0], ElementsAre("Fraksjon", "", "Mengde æøå"));
  EXPECT_TRUE(sheet.rows[1].empty());
  EXPECT_THAT(sheet.rows[2], ElementsAre("Sprengstein", "46023", "12500", "1.5", "1", "x"));
  EXPECT_EQ(serialToIsoDate(sheet.rows[2][1]), "2026-01-01");
}

TEST(XlsxReader, SerialDates) {
  EXPECT_EQ(serialToIsoDate("1"), "1900-01-01");
  EXPECT_EQ(serialToIsoDate("61"), "1900-03-01");
  EXPECT_EQ(serialToIsoDate("45658"), "2025-01-01");
  EXPECT_EQ(serialToIsoDate("45658.75"), "2025-01-01");
  EXPECT_EQ(serialToIsoDate("0"), std::nullopt);
  EXPECT_EQ(serialToIsoDate("abc"), std::nullopt);
  EXPECT_EQ(serialToIsoDate("99999999"), std::nullopt);
}

TEST(XlsxReader, RejectsBrokenFiles) {
  EXPECT_EQ(expectError([] { readFirstSheet("hello"); }), "xlsx.error.not_xlsx");
  EXPECT_EQ(expectError([] { readFirstSheet(std::string("PK\x03\x04garbage", 11)); }), "xlsx.error.not_xlsx");
  // A zip that is not a workbook.
  EXPECT_EQ(expectError([] { readFirstSheet(makeZip({{"a.txt", "x"}})); }), "xlsx.error.not_xlsx");
  // Broken XML.
  EXPECT_EQ(expectError([] {
              readFirstSheet(makeZip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/worksheets/ark.xml", "<worksheet><sheetData><row>"}}));
            }),
            "xlsx.error.damaged");
  // A shared-string index out of range.
  EXPECT_EQ(expectError([] {
              readFirstSheet(makeZip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/worksheets/ark.xml", sheetXml(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)")}}));
            }),
            "xlsx.error.damaged");
  // A bad cell reference.
  EXPECT_EQ(expectError([] {
              readFirstSheet(makeZip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/worksheets/ark.xml", sheetXml(R"(<row r="1"><c r="1A"><v>7</v></c></row>)")}}));
            }),
            "xlsx.error.damaged");
  // No sheet in the workbook.
  EXPECT_EQ(expectError([] {
              readFirstSheet(makeZip({{"xl/workbook.xml", "<workbook><sheets/></workbook>"}}));
            }),
            "xlsx.error.no_sheet");
  // Truncated archive.
  const auto good = writeWorkbook({{"Plan", {{"a"}, {"1"}}}});
  EXPECT_NE(expectError([&] { readFirstSheet(good.substr(0, good.size() / 2)); }), "no error");
}

TEST(XlsxReader, StopsZipBombsAndHugeSheets) {
  // 40 MB of zeros compresses to a few kB; the inflated-bytes budget stops it.
  ReadLimits limits;
  limits.max_uncompressed_bytes = 1024 * 1024;
  const auto bomb = makeZip({{"xl/workbook.xml", kWorkbook},
                             {"xl/_rels/workbook.xml.rels", kRels},
                             {"xl/worksheets/ark.xml", sheetXml(std::string(40 * 1024 * 1024, ' '))}});
  EXPECT_LT(bomb.size(), 200u * 1024);
  EXPECT_EQ(expectError([&] { readFirstSheet(bomb, limits); }), "xlsx.error.uncompressed_too_large");

  std::vector<std::pair<std::string, std::string>> many;
  for (int i = 0; i < 300; ++i) many.emplace_back("f" + std::to_string(i), "x");
  EXPECT_EQ(expectError([&] { readFirstSheet(makeZip(many)); }), "xlsx.error.too_many_entries");

  const auto far_row = makeZip({{"xl/workbook.xml", kWorkbook},
                                {"xl/_rels/workbook.xml.rels", kRels},
                                {"xl/worksheets/ark.xml", sheetXml(R"(<row r="1048576"><c r="A1048576"><v>1</v></c></row>)")}});
  EXPECT_EQ(expectError([&] { readFirstSheet(far_row); }), "xlsx.error.too_many_rows");
  const auto far_column = makeZip({{"xl/workbook.xml", kWorkbook},
                                   {"xl/_rels/workbook.xml.rels", kRels},
                                   {"xl/worksheets/ark.xml", sheetXml(R"(<row r="1"><c r="XFD1"><v>1</v></c></row>)")}});
  EXPECT_EQ(expectError([&] { readFirstSheet(far_column); }), "xlsx.error.too_many_columns");

  ReadLimits small;
  small.max_file_bytes = 10;
  EXPECT_EQ(expectError([&] { readFirstSheet(far_column, small); }), "xlsx.error.too_large");
}

TEST(XlsxWriter, RoundTripsThroughTheReader) {
  const Table rows = {{"Fraksjon", "Mengde", "Merknad"},
                      {"sprengstein", "12500", "Fra «tunnel» & <portal>"},
                      {"leire", "0.5", "0032"},
                      {"", "", "bare merknad"}};
  const auto bytes = writeWorkbook({{"Massehåndteringsplan: [test]", rows}});
  ASSERT_TRUE(looksLikeXlsx(bytes));
  const auto sheet = readFirstSheet(bytes);
  ASSERT_EQ(sheet.rows.size(), 4u);
  EXPECT_THAT(sheet.rows[0], ElementsAre("Fraksjon", "Mengde", "Merknad"));
  EXPECT_THAT(sheet.rows[1], ElementsAre("sprengstein", "12500", "Fra «tunnel» & <portal>"));
  EXPECT_THAT(sheet.rows[2], ElementsAre("leire", "0.5", "0032"));
  EXPECT_THAT(sheet.rows[3], ElementsAre("", "", "bare merknad"));
}

TEST(Csv, ParsesQuotesSeparatorsAndBom) {
  const auto table = parseCsv("\xEF\xBB\xBF" "a;b;c\r\n\"x;y\";\"si \"\"hei\"\"\";\"to\nlinjer\"\r\n1;;3\n\n");
  ASSERT_EQ(table.size(), 3u);
  EXPECT_THAT(table[0], ElementsAre("a", "b", "c"));
  EXPECT_THAT(table[1], ElementsAre("x;y", "si \"hei\"", "to\nlinjer"));
  EXPECT_THAT(table[2], ElementsAre("1", "", "3"));
  EXPECT_THAT(parseCsv("a,b\n1,2")[1], ElementsAre("1", "2"));
}

TEST(Csv, RejectsBrokenInput) {
  EXPECT_EQ(expectError([] { parseCsv("a;\"b\n"); }), "xlsx.error.csv_quote");
  EXPECT_EQ(expectError([] { parseCsv("a;\xff\xfe\n"); }), "xlsx.error.csv_encoding");
  EXPECT_EQ(expectError([] { parseCsv("\xc3"); }), "xlsx.error.csv_encoding");
  ReadLimits limits;
  limits.max_rows = 2;
  EXPECT_EQ(expectError([&] { parseCsv("1\n2\n3\n", limits); }), "xlsx.error.too_many_rows");
  limits.max_columns = 2;
  EXPECT_EQ(expectError([&] { parseCsv("1;2;3\n", limits); }), "xlsx.error.too_many_columns");
}

TEST(Csv, WritesWhatItReads) {
  const Table rows = {{"a;b", "sa \"hei\"", "=SUM(A1)"}, {"-5", "", "linje\nto"}};
  const auto text = writeCsv(rows);
  const auto back = parseCsv(text);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_THAT(back[0], ElementsAre("a;b", "sa \"hei\"", "'=SUM(A1)"));
  EXPECT_THAT(back[1], ElementsAre("-5", "", "linje\nto"));
}

}  // namespace
}  // namespace masseflyt::xlsx
