#pragma once

#include <string>
#include <vector>

// Printable documents as plain data (design §2 "format flexibility"): modules describe WHAT goes in
// a PDF (title, facts, tables) and never see cairo or pango, which stay in pdf_writer.cpp. The
// layout is fixed and simple on purpose: A4 (portrait or landscape), one column, tables that break across pages
// with their header repeated, and a footer with the page number on every page. The PDF is tagged
// (headings, paragraphs, tables with header cells) and names its language, so screen readers can
// read it (the same aim as WCAG for the pages).
namespace masseflyt::pdf {

enum class Align { Left, Right };

/// Landscape suits documents whose tables have many columns (a mass handling plan's lines).
enum class Orientation { Portrait, Landscape };

/// A label and its value ("Status" → "Publisert"), shown as a two-column list.
struct Fact {
  std::string label;
  std::string value;
};

struct TableColumn {
  std::string header;
  Align align = Align::Left;
  /// Wanted width in points, 0 = the widest cell's (within bounds); all columns are then scaled
  /// together to the page width.
  double weight = 0;
};

struct Table {
  std::string caption;  ///< shown above the table; "" for none
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  ///< missing cells are empty
  std::string empty_text;                      ///< shown instead of the table when there are no rows
};

/// A heading followed by facts, paragraphs and tables, in that order.
struct Section {
  std::string heading;
  std::vector<Fact> facts;
  std::vector<std::string> paragraphs;
  std::vector<Table> tables;
};

struct PdfDocument {
  std::string title;
  std::vector<std::string> subtitle;  ///< lines under the title
  std::vector<Section> sections;
  std::string footer;  ///< left in the footer of every page ("Generert av Masseflyt 27.11.2026")
  /// Right in the footer; "{page}" and "{pages}" are replaced ("Side {page} av {pages}").
  std::string page_label = "{page} / {pages}";
  std::string font_family = "DejaVu Sans";
  std::string author;  ///< PDF metadata
  std::string language = "nb-NO";  ///< the catalog's /Lang (BCP 47)
  Orientation orientation = Orientation::Portrait;
};

/// The document as PDF bytes. Text is set as given (no markup), wrapped within its cell; a table
/// row taller than a page is cut rather than looping. Throws Error(Internal) if cairo fails.
std::string renderPdf(const PdfDocument& document);

}  // namespace masseflyt::pdf
