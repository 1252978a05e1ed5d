#include <gtest/gtest.h>

#include <string>

#include "platform/pdf/document.hpp"

namespace masseflyt::pdf {
namespace {

// The page tree's /Count, which cairo writes uncompressed.
std::size_t pageCount(const std::string& pdf) {
  const auto pages = pdf.find("/Type /Pages");
  if (pages == std::string::npos) return 0;
  const auto count = pdf.find("/Count ", pages);
  if (count == std::string::npos) return 0;
  return std::stoul(pdf.substr(count + 7, 8));
}

PdfDocument withRows(std::size_t rows, const std::string& cell = "Sprengstein 0/500") {
  Table table{"Linjer", {{"Fraksjon"}, {"Mengde", Align::Right, 0}, {"Merknad", Align::Left, 150}}, {}, "Ingen linjer."};
  for (std::size_t i = 0; i < rows; ++i) table.rows.push_back({cell, std::to_string(i * 1000), "Til egen gjenbruk"});
  Section section{"Linjer", {{"Status", "Publisert"}}, {"Avsnitt med æøå."}, {table}};
  return PdfDocument{"Massehandteringsplan", {"Prosjekt: Fornebubanen"}, {section}, "Generert av Masseflyt",
                     "Side {page} av {pages}", "DejaVu Sans", "Masseflyt"};
}

TEST(PdfWriter, WritesAPdfWithTitleAndEmbeddedFont) {
  const auto pdf = renderPdf(withRows(3));
  ASSERT_GT(pdf.size(), 1000u);
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.rfind("%%EOF"), std::string::npos);
  EXPECT_NE(pdf.find("/Title (Massehandteringsplan)"), std::string::npos);
  EXPECT_NE(pdf.find("DejaVuSans"), std::string::npos) << "the document font is embedded";
  EXPECT_EQ(pageCount(pdf), 1u);
}

TEST(PdfWriter, LongTablesContinueOnNewPages) {
  EXPECT_EQ(pageCount(renderPdf(withRows(10))), 1u);
  EXPECT_GE(pageCount(renderPdf(withRows(200))), 4u);
}

TEST(PdfWriter, LandscapeTurnsThePageAndFitsFewerRowsPerPage) {
  EXPECT_NE(renderPdf(withRows(3)).find("/MediaBox [ 0 0 595.276 841.89 ]"), std::string::npos);
  auto landscape = withRows(200);
  landscape.orientation = Orientation::Landscape;
  const auto pdf = renderPdf(landscape);
  EXPECT_NE(pdf.find("/MediaBox [ 0 0 841.89 595.276 ]"), std::string::npos);
  EXPECT_GT(pageCount(pdf), pageCount(renderPdf(withRows(200))));
}

TEST(PdfWriter, ARowTallerThanAPageIsCutInsteadOfLoopingForever) {
  std::string long_text;
  for (int i = 0; i < 4000; ++i) long_text += "ord ";
  const auto pdf = renderPdf(withRows(2, long_text));
  EXPECT_GE(pageCount(pdf), 2u);
  EXPECT_LE(pageCount(pdf), 4u);
}

TEST(PdfWriter, TextThatLooksLikeMarkupIsSetAsText) {
  auto document = withRows(1, "<b>fet</b> & <i>");
  document.sections[0].paragraphs.push_back("</span> & &amp;");
  EXPECT_EQ(renderPdf(document).substr(0, 5), "%PDF-");
}

std::size_t occurrences(const std::string& text, std::string_view what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

TEST(PdfWriter, IsTaggedWithHeadingsAndTablesForScreenReaders) {
  const auto pdf = renderPdf(withRows(200));
  EXPECT_NE(pdf.find("/StructTreeRoot"), std::string::npos);
  EXPECT_EQ(occurrences(pdf, "/S /H1"), 1u);
  EXPECT_EQ(occurrences(pdf, "/S /H2"), 1u);
  EXPECT_EQ(occurrences(pdf, "/S /Table"), 2u) << "the facts and the lines";
  // One row header for the single fact and one header row of three columns: the header repeated
  // on later pages is drawn, not tagged again.
  EXPECT_EQ(occurrences(pdf, "/S /TH"), 4u);
  EXPECT_EQ(occurrences(pdf, "/S /TD"), 1u + 200u * 3u);
}

TEST(PdfWriter, NamesItsLanguageInAnIncrementalUpdateThatPointsBackToCairosFile) {
  const auto pdf = renderPdf(withRows(2));
  EXPECT_NE(pdf.find("/Lang (nb-NO)"), std::string::npos);
  // The last startxref points at the appended xref section, whose trailer chains to cairo's.
  const auto last = pdf.rfind("startxref\n");
  ASSERT_NE(last, std::string::npos);
  const auto offset = std::stoul(pdf.substr(last + 10, 12));
  EXPECT_EQ(pdf.substr(offset, 5), "xref\n");
  const auto prev = pdf.find("/Prev ", offset);
  ASSERT_NE(prev, std::string::npos);
  EXPECT_EQ(pdf.substr(std::stoul(pdf.substr(prev + 6, 12)), 5), "xref\n");
  EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");

  auto english = withRows(1);
  english.language = "en\") /Evil (";  // not a language tag: left out rather than written raw
  EXPECT_EQ(renderPdf(english).find("/Lang"), std::string::npos);
}

TEST(PdfWriter, EmptyDocumentIsOnePage) {
  PdfDocument document;
  document.title = "Tom";
  EXPECT_EQ(pageCount(renderPdf(document)), 1u);
}

}  // namespace
}  // namespace masseflyt::pdf
