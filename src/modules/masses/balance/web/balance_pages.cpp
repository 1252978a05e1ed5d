#include "modules/masses/balance/web/balance_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <cmath>

#include "modules/masses/balance/app/balance_service.hpp"
#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/fractions/domain/quantity.hpp"
#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::masses::balance {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// Chart geometry in px. A slot per quarter holds three bars; the SVG keeps its natural width and
// scrolls sideways in a focusable region on narrow screens.
constexpr int kLeft = 72, kRight = 12, kTop = 20, kPlot = 220, kBottom = 44;
constexpr int kBar = 10, kSlot = 38;
constexpr std::int64_t kMaxProjectChoices = 200;

std::string text(std::string_view key) { return std::string(i18n::t(key)); }
// Whole tonnes on the page (half away from zero): planning figures, not weighing slips. The CSV
// and the API keep the exact figures.
std::string tonnes(std::int64_t kg) {
  const std::int64_t whole = kg >= 0 ? (kg + 500) / 1000 : -((-kg + 500) / 1000);
  return fractions::formatTonnes(whole * 1000);
}

std::string groupLabel(std::string_view key) {
  for (const auto& g : fractions::groups()) {
    if (g.key == key) return text(g.label_key);
  }
  return std::string(key);
}

// 1, 2 or 5 times a power of ten at or above `raw` (kg), so the axis reads in round tonnes.
std::int64_t niceStep(std::int64_t raw) {
  std::int64_t power = 1000;  // at least 1 t
  while (power * 10 <= raw) power *= 10;
  for (std::int64_t m : {1, 2, 5, 10}) {
    if (m * power >= raw) return m * power;
  }
  return 10 * power;
}

// Query string of the filter (for the CSV and JSON links), percent-encoded.
std::string filterQuery(const BalanceFilter& f) {
  std::string q = "fra=" + quarterKey(f.from) + "&kvartaler=" + std::to_string(f.count);
  if (!f.municipality_number.empty()) q += "&kommune=" + f.municipality_number;
  if (!f.fraction_group.empty()) q += "&gruppe=" + text::percentEncode(f.fraction_group);
  for (const auto& id : f.project_ids) q += "&prosjekt=" + text::percentEncode(id);
  return q;
}

void fillRows(Dictionary& table, const std::vector<Quarter>& quarters, const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    auto* row = table.AddSectionDictionary("ROW");
    web::setValue(*row, "QUARTER", quarterLabel(quarters[i]));
    web::setValue(*row, "SURPLUS", tonnes(cells[i].surplus_kg));
    web::setValue(*row, "NEED", tonnes(cells[i].need_kg));
    web::setValue(*row, "CAPACITY", tonnes(cells[i].capacity_kg));
    web::setValue(*row, "NET", tonnes(cells[i].net()));
  }
}

void fillChart(Dictionary& content, const BalanceReport& report) {
  const Balance& b = report.balance;
  std::int64_t max = 0;
  std::size_t surplus_at = 0, need_at = 0;
  for (std::size_t i = 0; i < b.totals.size(); ++i) {
    const auto& c = b.totals[i];
    max = std::max({max, c.surplus_kg, c.need_kg, c.capacity_kg});
    if (c.surplus_kg > b.totals[surplus_at].surplus_kg) surplus_at = i;
    if (c.need_kg > b.totals[need_at].need_kg) need_at = i;
  }
  if (max == 0) return;
  auto* chart = content.AddSectionDictionary("CHART");
  const int n = static_cast<int>(b.quarters.size());
  const int width = kLeft + n * kSlot + kRight;
  const int height = kTop + kPlot + kBottom;
  const int axis_y = kTop + kPlot;
  web::setValue(*chart, "WIDTH", std::to_string(width));
  web::setValue(*chart, "HEIGHT", std::to_string(height));
  web::setValue(*chart, "AXIS_X", std::to_string(kLeft));
  web::setValue(*chart, "AXIS_X2", std::to_string(width - kRight));
  web::setValue(*chart, "AXIS_Y", std::to_string(axis_y));
  web::setValue(*chart, "UNIT_X", std::to_string(kLeft - 6));
  const std::string first = quarterLabel(b.quarters.front());
  const std::string last = quarterLabel(b.quarters.back());
  web::setValue(*chart, "TITLE", i18n::catalog().format("masses.balance.chart_title", {{"scope", report.scope_text}}));
  web::setValue(*chart, "DESC",
                i18n::catalog().format("masses.balance.chart_desc",
                                       {{"from", first},
                                        {"to", last},
                                        {"max_surplus", tonnes(b.totals[surplus_at].surplus_kg)},
                                        {"surplus_quarter", quarterLabel(b.quarters[surplus_at])},
                                        {"max_need", tonnes(b.totals[need_at].need_kg)},
                                        {"need_quarter", quarterLabel(b.quarters[need_at])}}));
  const std::int64_t step = niceStep((max + 3) / 4);
  const std::int64_t top = step * 4;
  auto yOf = [&](std::int64_t kg) {
    return axis_y - static_cast<int>(std::llround(static_cast<double>(kg) / static_cast<double>(top) * kPlot));
  };
  for (int t = 0; t <= 4; ++t) {
    auto* tick = chart->AddSectionDictionary("TICK");
    const int y = yOf(step * t);
    web::setValue(*tick, "X1", std::to_string(kLeft));
    web::setValue(*tick, "X2", std::to_string(width - kRight));
    web::setValue(*tick, "Y", std::to_string(y));
    web::setValue(*tick, "LABEL_X", std::to_string(kLeft - 6));
    web::setValue(*tick, "LABEL_Y", std::to_string(y + 4));
    std::string label = tonnes(step * t);
    label.resize(label.size() - 2);  // the unit is written once, above the axis
    web::setValue(*tick, "LABEL", label);
  }
  const char* fills[] = {"#1e5d48", "url(#mb-behov)", "url(#mb-kapasitet)"};
  for (int i = 0; i < n; ++i) {
    const auto& c = b.totals[static_cast<std::size_t>(i)];
    const std::int64_t values[] = {c.surplus_kg, c.need_kg, c.capacity_kg};
    const int slot_x = kLeft + i * kSlot + 4;
    for (int k = 0; k < 3; ++k) {
      if (values[k] <= 0) continue;
      const int y = yOf(values[k]);
      auto* bar = chart->AddSectionDictionary("BAR");
      web::setValue(*bar, "X", std::to_string(slot_x + k * kBar));
      web::setValue(*bar, "Y", std::to_string(std::min(y, axis_y - 1)));
      web::setValue(*bar, "W", std::to_string(kBar));
      web::setValue(*bar, "H", std::to_string(std::max(axis_y - y, 1)));
      web::setValue(*bar, "FILL", fills[k]);
    }
    const Quarter q = b.quarters[static_cast<std::size_t>(i)];
    auto* label = chart->AddSectionDictionary("XLABEL");
    web::setValue(*label, "X", std::to_string(slot_x + 15));
    web::setValue(*label, "Y", std::to_string(axis_y + 15));
    web::setValue(*label, "LABEL", "K" + std::to_string(q.number));
    if (q.number == 1 || i == 0) {
      auto* year = label->AddSectionDictionary("YEAR");
      web::setValue(*year, "YEAR_Y", std::to_string(axis_y + 32));
      web::setValue(*year, "TEXT", std::to_string(q.year));
    }
  }
}

void fillForm(Dictionary& content, db::Database& database, const BalanceFilter& filter) {
  for (const auto& m : geo::regionMunicipalities()) {
    auto* option = content.AddSectionDictionary("MUNICIPALITY");
    web::setValue(*option, "VALUE", m.number);
    web::setValue(*option, "LABEL", m.name);
    if (m.number == filter.municipality_number) option->ShowSection("SELECTED");
  }
  for (const auto& g : fractions::groups()) {
    auto* option = content.AddSectionDictionary("GROUP_OPTION");
    web::setValue(*option, "VALUE", g.key);
    web::setValue(*option, "LABEL", text(g.label_key));
    if (g.key == filter.fraction_group) option->ShowSection("SELECTED");
  }
  const Quarter now = currentQuarter();
  const Quarter start = std::min(now.plus(-8), filter.from);
  const Quarter end = std::max(now.plus(40), filter.from);
  for (Quarter q = start; !(end < q); q = q.next()) {
    auto* option = content.AddSectionDictionary("FROM_OPTION");
    web::setValue(*option, "VALUE", quarterKey(q));
    web::setValue(*option, "LABEL", quarterLabel(q));
    if (q == filter.from) option->ShowSection("SELECTED");
  }
  web::setValue(content, "QUARTERS", std::to_string(filter.count));
  const auto projects = registry::projects::listAllProjectRefs(database, kMaxProjectChoices);
  if (projects.empty()) content.ShowSection("NO_PROJECTS");
  int index = 0;
  for (const auto& p : projects) {
    auto* box = content.AddSectionDictionary("PROJECT");
    web::setValue(*box, "INDEX", std::to_string(++index));
    web::setValue(*box, "VALUE", p.id);
    web::setValue(*box, "LABEL", p.name);
    if (std::find(filter.project_ids.begin(), filter.project_ids.end(), p.id) != filter.project_ids.end()) {
      box->ShowSection("CHECKED");
      content.ShowSection("PROJECTS_OPEN");
    }
  }
}

http::Response balancePage(db::Database& database, const web::Renderer& renderer, const http::Request& request) {
  Dictionary content("massebalanse");
  std::vector<FieldError> errors;
  const BalanceFilter filter = readBalanceFilter(request, errors);
  int status = 200;
  if (!errors.empty()) {
    // The page still shows a balance (with the defaults for the bad fields) under the errors.
    registry::common::showFieldErrors(content, Error(ErrorKind::Validation, "masses.balance.error.query", {}, errors));
    status = 422;
  }
  fillForm(content, database, filter);
  const BalanceReport report = computeReport(database, filter);
  const Balance& b = report.balance;
  const std::string first = quarterLabel(b.quarters.front());
  const std::string last = quarterLabel(b.quarters.back());
  web::setValue(content, "RESULT_HEADING", i18n::catalog().format("masses.balance.result_heading",
                                                                  {{"scope", report.scope_text}, {"from", first}, {"to", last}}));
  web::setValue(content, "SUMMARY", i18n::catalog().format("masses.balance.summary",
                                                           {{"listings", std::to_string(b.listings)},
                                                            {"surplus", tonnes(b.total.surplus_kg)},
                                                            {"need", tonnes(b.total.need_kg)},
                                                            {"capacity", tonnes(b.total.capacity_kg)},
                                                            {"net", tonnes(b.total.net())}}));
  const std::string query = filterQuery(filter);
  web::setValue(content, "CSV_HREF", "/api/v1/massebalanse?format=csv&" + query);
  web::setValue(content, "JSON_HREF", "/api/v1/massebalanse?" + query);
  if (b.listings == 0) {
    content.ShowSection("EMPTY");
  } else {
    fillChart(content, report);
    auto* table = content.AddSectionDictionary("TABLE");
    web::setValue(*table, "CAPTION", i18n::catalog().format("masses.balance.caption", {{"scope", report.scope_text}}));
    fillRows(*table, b.quarters, b.totals);
    web::setValue(*table, "TOTAL_SURPLUS", tonnes(b.total.surplus_kg));
    web::setValue(*table, "TOTAL_NEED", tonnes(b.total.need_kg));
    web::setValue(*table, "TOTAL_CAPACITY", tonnes(b.total.capacity_kg));
    web::setValue(*table, "TOTAL_NET", tonnes(b.total.net()));
    if (!b.groups.empty()) content.ShowSection("HAS_GROUPS");
    for (const auto& row : b.groups) {
      auto* group = content.AddSectionDictionary("GROUP");
      const std::string label = groupLabel(row.group);
      web::setValue(*group, "KEY", row.group);
      web::setValue(*group, "LABEL", label);
      web::setValue(*group, "TOTAL_TEXT", i18n::catalog().format("masses.balance.group_total",
                                                                 {{"surplus", tonnes(row.total.surplus_kg)},
                                                                  {"need", tonnes(row.total.need_kg)},
                                                                  {"capacity", tonnes(row.total.capacity_kg)}}));
      web::setValue(*group, "CAPTION", i18n::catalog().format("masses.balance.group_caption", {{"group", label}}));
      fillRows(*group, b.quarters, row.quarters);
    }
  }
  return registry::common::renderPage(
      renderer, request,
      {"massebalanse", text("masses.balance.title"), "modules/masses/balance/web/templates/massebalanse.tpl", status},
      content);
}

}  // namespace

void registerPageRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer) {
  router.add({http::Method::Get, "/massebalanse", http::Audience::Page,
              [&database, &renderer](http::Request& request) { return balancePage(database, renderer, request); },
              {}});
}

}  // namespace masseflyt::masses::balance
