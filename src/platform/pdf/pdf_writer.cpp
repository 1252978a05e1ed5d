// PDF output with cairo (the PDF surface) and pango (text shaping, wrapping, measuring). The only
// file that includes their headers, so the rest of the tree compiles without them.
//
// Two passes: the document is first laid out into pages of positioned items, measuring text on the
// PDF surface itself, and only then drawn — the footer's "page n of m" needs the page count.
#include "platform/pdf/document.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <string_view>
#include <variant>

#include "platform/core/error.hpp"
#include "platform/pdf/document_language.hpp"

namespace masseflyt::pdf {
namespace {

// A4 in PostScript points.
constexpr double kA4Short = 595.276;
constexpr double kA4Long = 841.89;
constexpr double kMargin = 48;
constexpr double kFooterHeight = 24;
constexpr double kContentTop = kMargin;

// The page's size and the box the content fills, for the document's orientation.
struct Sheet {
  double width;
  double height;
  double contentWidth() const { return width - 2 * kMargin; }
  double contentBottom() const { return height - kMargin - kFooterHeight; }
};

Sheet sheetFor(Orientation orientation) {
  return orientation == Orientation::Landscape ? Sheet{kA4Long, kA4Short} : Sheet{kA4Short, kA4Long};
}

constexpr double kTitleSize = 18;
constexpr double kHeadingSize = 13;
constexpr double kBodySize = 10;
constexpr double kTableSize = 8.5;
constexpr double kFooterSize = 8;
constexpr double kCellPadding = 3;
constexpr double kMinColumnWeight = 28;
constexpr double kMaxColumnWeight = 220;

struct TextStyle {
  double size = kBodySize;
  bool bold = false;
  Align align = Align::Left;
};

/// Text wrapped within `width`, its top-left at (x, y); drawn clipped to `clip_height` (> 0).
struct TextItem {
  double x, y, width, clip_height;
  std::string text;
  TextStyle style;
};
struct RuleItem {
  double x, y, width, thickness;
};
struct FillItem {
  double x, y, width, height;
};
/// Opens or closes a PDF structure element (H1, P, Table, TR, TH, TD, …) around what follows, so
/// screen readers get headings, paragraphs and real tables, not loose text. `name` is a literal.
struct TagItem {
  const char* name;
  bool begin;
};
using Item = std::variant<TextItem, RuleItem, FillItem, TagItem>;
using Page = std::vector<Item>;

struct CairoDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
template <typename T>
using Owned = std::unique_ptr<T, CairoDeleter>;

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void check(cairo_status_t status, std::string_view what) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw Error(ErrorKind::Internal, "pdf.error.render",
                std::string(what) + ": " + cairo_status_to_string(status));
  }
}

/// Makes pango layouts in the document's font on one cairo context; used to measure and to draw.
class Typesetter {
 public:
  Typesetter(cairo_t* cr, std::string family) : cr_(cr), family_(std::move(family)) {}

  Owned<PangoLayout> layout(std::string_view text, const TextStyle& style, double width) const {
    Owned<PangoLayout> layout(pango_cairo_create_layout(cr_));
    Owned<PangoFontDescription> font(pango_font_description_new());
    pango_font_description_set_family(font.get(), family_.c_str());
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    if (width > 0) pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_alignment(layout.get(), style.align == Align::Right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    // Plain text, never markup: cell values come from users.
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    return layout;
  }

  /// Height of the text wrapped within `width`.
  double height(std::string_view text, const TextStyle& style, double width) const {
    int w = 0, h = 0;
    pango_layout_get_size(layout(text, style, width).get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  /// Width of the text on one line.
  double naturalWidth(std::string_view text, const TextStyle& style) const {
    int w = 0, h = 0;
    pango_layout_get_size(layout(text, style, -1).get(), &w, &h);
    return static_cast<double>(w) / PANGO_SCALE;
  }

  void draw(const TextItem& item) const {
    cairo_save(cr_);
    cairo_rectangle(cr_, item.x, item.y, item.width, item.clip_height);
    cairo_clip(cr_);
    cairo_move_to(cr_, item.x, item.y);
    pango_cairo_show_layout(cr_, layout(item.text, item.style, item.width).get());
    cairo_restore(cr_);
  }

 private:
  cairo_t* cr_;
  std::string family_;
};

/// Places the document's blocks top to bottom, starting a new page when one does not fit.
class Layout {
 public:
  Layout(const Typesetter& type, Sheet sheet)
      : type_(type), content_width_(sheet.contentWidth()), content_bottom_(sheet.contentBottom()) {
    pages_.emplace_back();
  }

  std::vector<Page> take() && { return std::move(pages_); }

  void text(std::string_view text, const TextStyle& style, double space_after, const char* role = "P") {
    const double h = type_.height(text, style, content_width_);
    ensure(h);
    textBlock(text, style, space_after, role);
  }

  void heading(std::string_view text) {
    // Keep a heading with at least a few lines of what follows it.
    ensure(type_.height(text, {kHeadingSize, true}, content_width_) + 4 * kBodySize);
    y_ += 6;
    textBlock(text, {kHeadingSize, true}, 6, "H2");
  }

  /// Label and value side by side; tagged as a two-column table with the labels as row headers.
  void facts(const std::vector<Fact>& facts) {
    if (facts.empty()) return;
    const double label_width = content_width_ * 0.35;
    const double value_width = content_width_ - label_width - 8;
    open("Table");
    for (const auto& fact : facts) {
      const double h = std::max(type_.height(fact.label, {kBodySize, true}, label_width),
                                type_.height(fact.value, {kBodySize}, value_width));
      ensure(h);
      open("TR");
      cell("TH", TextItem{kMargin, y_, label_width, h, fact.label, {kBodySize, true}});
      cell("TD", TextItem{kMargin + label_width + 8, y_, value_width, h, fact.value, {kBodySize}});
      close("TR");
      y_ += h + 3;
    }
    close("Table");
    y_ += 6;
  }

  void table(const Table& table) {
    const bool has_rows = !table.rows.empty() && !table.columns.empty();
    if (has_rows) open("Table");
    if (!table.caption.empty()) {
      ensure(type_.height(table.caption, {kBodySize, true}, content_width_) + 3 * kTableSize);
      textBlock(table.caption, {kBodySize, true}, 4, has_rows ? "Caption" : "P");
    }
    if (!has_rows) {
      if (!table.empty_text.empty()) text(table.empty_text, {kBodySize}, 10);
      return;
    }
    const auto widths = columnWidths(table);
    const auto header_cells = headerCells(table);
    const double header_height = rowHeight(table, header_cells, widths, true);
    ensure(header_height + kTableSize * 2);
    drawRow(table, header_cells, widths, header_height, Row::Header);
    const double page_room = content_bottom_ - kContentTop - header_height;
    for (const auto& row : table.rows) {
      const double h = std::min(rowHeight(table, row, widths, false), page_room);
      if (y_ + h > content_bottom_) {
        newPage();
        drawRow(table, header_cells, widths, header_height, Row::RepeatedHeader);
      }
      drawRow(table, row, widths, h, Row::Body);
    }
    close("Table");
    y_ += 10;
  }

  void open(const char* name) { put(TagItem{name, true}); }
  void close(const char* name) { put(TagItem{name, false}); }

 private:
  // A header repeated on a new page is drawn for the eye only: tagging it again would make a
  // screen reader read it as a data row.
  enum class Row { Header, RepeatedHeader, Body };

  void textBlock(std::string_view text, const TextStyle& style, double space_after, const char* role) {
    const double h = type_.height(text, style, content_width_);
    cell(role, TextItem{kMargin, y_, content_width_, h, std::string(text), style});
    y_ += h + space_after;
  }

  void cell(const char* role, TextItem item) {
    open(role);
    put(std::move(item));
    close(role);
  }

  static std::vector<std::string> headerCells(const Table& table) {
    std::vector<std::string> cells;
    for (const auto& column : table.columns) cells.push_back(column.header);
    return cells;
  }

  /// Given weights as they are; weight 0 from the widest cell, within bounds so one long note
  /// cannot squeeze the other columns to nothing. Scaled to the content width.
  std::vector<double> columnWidths(const Table& table) const {
    std::vector<double> weights;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      double weight = table.columns[c].weight;
      if (weight <= 0) {
        weight = type_.naturalWidth(table.columns[c].header, {kTableSize, true});
        for (const auto& row : table.rows) {
          if (c < row.size()) weight = std::max(weight, type_.naturalWidth(row[c], {kTableSize}));
        }
        weight = std::clamp(weight + 2 * kCellPadding, kMinColumnWeight, kMaxColumnWeight);
      }
      weights.push_back(weight);
    }
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (auto& weight : weights) weight = weight / total * content_width_;
    return weights;
  }

  double rowHeight(const Table& table, const std::vector<std::string>& cells, const std::vector<double>& widths,
                   bool header) const {
    double h = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const std::string_view text = c < cells.size() ? std::string_view(cells[c]) : std::string_view();
      h = std::max(h, type_.height(text, {kTableSize, header, table.columns[c].align}, widths[c] - 2 * kCellPadding));
    }
    return h + 2 * kCellPadding;
  }

  void drawRow(const Table& table, const std::vector<std::string>& cells, const std::vector<double>& widths,
               double height, Row kind) {
    const bool header = kind != Row::Body;
    const bool tagged = kind != Row::RepeatedHeader;
    if (header) put(FillItem{kMargin, y_, content_width_, height});
    if (tagged) open("TR");
    double x = kMargin;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      TextItem item{x + kCellPadding, y_ + kCellPadding, widths[c] - 2 * kCellPadding, height - 2 * kCellPadding,
                    c < cells.size() ? cells[c] : std::string(), {kTableSize, header, table.columns[c].align}};
      if (tagged) {
        cell(header ? "TH" : "TD", std::move(item));
      } else {
        put(std::move(item));
      }
      x += widths[c];
    }
    if (tagged) close("TR");
    y_ += height;
    put(RuleItem{kMargin, y_, content_width_, header ? 0.8 : 0.3});
  }

  void ensure(double height) {
    if (y_ + height > content_bottom_ && y_ > kContentTop) newPage();
  }

  void newPage() {
    pages_.emplace_back();
    y_ = kContentTop;
  }

  void put(Item item) { pages_.back().push_back(std::move(item)); }

  const Typesetter& type_;
  double content_width_;
  double content_bottom_;
  std::vector<Page> pages_;
  double y_ = kContentTop;
};

std::vector<Page> layOut(const PdfDocument& document, const Typesetter& type, Sheet sheet) {
  Layout layout(type, sheet);
  layout.open("Document");
  layout.text(document.title, {kTitleSize, true}, 4, "H1");
  for (const auto& line : document.subtitle) layout.text(line, {kBodySize}, 2);
  for (const auto& section : document.sections) {
    layout.heading(section.heading);
    layout.facts(section.facts);
    for (const auto& paragraph : section.paragraphs) layout.text(paragraph, {kBodySize}, 6);
    for (const auto& table : section.tables) layout.table(table);
  }
  layout.close("Document");
  return std::move(layout).take();
}

std::string replaceAll(std::string text, std::string_view from, std::string_view to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

void drawPage(cairo_t* cr, const Typesetter& type, const Page& page) {
  for (const auto& item : page) {
    if (const auto* text = std::get_if<TextItem>(&item)) {
      cairo_set_source_rgb(cr, 0.07, 0.09, 0.12);
      type.draw(*text);
    } else if (const auto* rule = std::get_if<RuleItem>(&item)) {
      cairo_set_source_rgb(cr, 0.55, 0.58, 0.62);
      cairo_set_line_width(cr, rule->thickness);
      cairo_move_to(cr, rule->x, rule->y);
      cairo_line_to(cr, rule->x + rule->width, rule->y);
      cairo_stroke(cr);
    } else if (const auto* fill = std::get_if<FillItem>(&item)) {
      cairo_set_source_rgb(cr, 0.92, 0.93, 0.95);
      cairo_rectangle(cr, fill->x, fill->y, fill->width, fill->height);
      cairo_fill(cr);
    } else if (const auto* tag = std::get_if<TagItem>(&item)) {
      if (tag->begin) {
        cairo_tag_begin(cr, tag->name, "");
      } else {
        cairo_tag_end(cr, tag->name);
      }
    }
  }
}

void drawFooter(cairo_t* cr, const Typesetter& type, const PdfDocument& document, Sheet sheet, std::size_t page,
                std::size_t pages) {
  const double y = sheet.height - kMargin - kFooterSize * 1.4;
  const double content_width = sheet.contentWidth();
  cairo_set_source_rgb(cr, 0.35, 0.38, 0.42);
  const std::string label = replaceAll(replaceAll(document.page_label, "{page}", std::to_string(page)),
                                       "{pages}", std::to_string(pages));
  type.draw(TextItem{kMargin, y, content_width * 0.7, kFooterSize * 2, document.footer, {kFooterSize}});
  type.draw(TextItem{kMargin, y, content_width, kFooterSize * 2, label, {kFooterSize, false, Align::Right}});
}

}  // namespace

std::string renderPdf(const PdfDocument& document) {
  std::string bytes;
  const Sheet sheet = sheetFor(document.orientation);
  Owned<cairo_surface_t> surface(cairo_pdf_surface_create_for_stream(&appendToString, &bytes, sheet.width, sheet.height));
  check(cairo_surface_status(surface.get()), "cairo_pdf_surface_create_for_stream");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  if (!document.author.empty()) {
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, document.author.c_str());
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Masseflyt");
  {
    Owned<cairo_t> cr(cairo_create(surface.get()));
    check(cairo_status(cr.get()), "cairo_create");
    const Typesetter type(cr.get(), document.font_family);
    const auto pages = layOut(document, type, sheet);
    for (std::size_t i = 0; i < pages.size(); ++i) {
      drawPage(cr.get(), type, pages[i]);
      drawFooter(cr.get(), type, document, sheet, i + 1, pages.size());
      cairo_show_page(cr.get());
    }
    check(cairo_status(cr.get()), "drawing");
  }
  cairo_surface_finish(surface.get());
  check(cairo_surface_status(surface.get()), "cairo_surface_finish");
  return withLanguage(std::move(bytes), document.language);
}

}  // namespace masseflyt::pdf
