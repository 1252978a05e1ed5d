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

TEST(PdfWriter, EmptyDocumentIsOnePage) {
  PdfDocument document;
  document.title = "Tom";
  EXPECT_EQ(pageCount(renderPdf(document)), 1u);
}

}  // namespace
}  // namespace masseflyt::pdf
