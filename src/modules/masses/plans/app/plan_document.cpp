// The plan as a printable PDF (issue 5 item 5): the same summary and lines as the plan's page,
// for a planning application or a meeting where nobody opens the platform.
#include "modules/masses/plans/app/plan_service.hpp"
#include "modules/masses/plans/app/plan_texts.hpp"
#include "platform/core/calendar.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/pdf/document.hpp"

namespace masseflyt::masses::plans {
namespace {

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

pdf::Section summary(const Plan& plan) {
  const auto facts = factTexts(plan);
  pdf::Section section{text("masses.plans.page.facts"), {}, {}, {}};
  section.facts = {
      {text("masses.plans.page.status"), facts.status},
      {text("masses.plans.page.surplus"), facts.surplus},
      {text("masses.plans.page.need"), facts.need},
      {text("masses.plans.page.reuse_target"), facts.reuse_target},
      {text("masses.plans.page.planned_reuse"), facts.planned_reuse},
      {text("masses.plans.page.reuse_status"), facts.reuse_status},
      {text("masses.plans.page.documentation_status"), facts.documentation_status},
      {text("masses.plans.page.catalog_version"), facts.catalog_version},
  };
  if (!facts.note.empty()) section.facts.push_back({text("masses.plans.page.note"), facts.note});
  return section;
}

pdf::Section lines(const Plan& plan) {
  // Widths in points before scaling to the page: the numbers and short labels narrow, free text wide.
  pdf::Table table{text("masses.plans.page.lines_caption"),
                   {{text("masses.plans.page.col_kind"), pdf::Align::Left, 50},
                    {text("masses.plans.page.col_fraction"), pdf::Align::Left, 76},
                    {text("masses.plans.page.col_phase"), pdf::Align::Left, 58},
                    {text("masses.plans.page.col_period"), pdf::Align::Left, 64},
                    {text("masses.plans.page.col_entered"), pdf::Align::Right, 62},
                    {text("masses.plans.page.col_tonnes"), pdf::Align::Right, 62},
                    {text("masses.plans.page.col_destination"), pdf::Align::Left, 70},
                    {text("masses.plans.page.col_note"), pdf::Align::Left, 62}},
                   {},
                   text("masses.plans.page.no_lines")};
  for (const auto& line : plan.lines) {
    auto t = lineTexts(line);
    table.rows.push_back({std::move(t.kind), std::move(t.fraction), std::move(t.phase), std::move(t.period),
                          std::move(t.entered), std::move(t.tonnes), std::move(t.destination), std::move(t.note)});
  }
  return pdf::Section{text("masses.plans.page.lines"), {}, {}, {std::move(table)}};
}

}  // namespace

std::string PlanService::exportPdf(const PlanView& view) {
  const auto& catalog = i18n::catalog();
  const std::string today = calendar::displayDate(calendar::today());
  pdf::PdfDocument document;
  document.title = catalog.format("masses.plans.page.title", {{"project", view.project.name}});
  document.subtitle = {text("masses.plans.page.lead")};
  if (view.plan.is_demo) document.subtitle.push_back(text("masses.plans.pdf.demo"));
  document.sections = {summary(view.plan), lines(view.plan)};
  document.footer = catalog.format("masses.plans.pdf.footer", {{"date", today}});
  // Eight columns of lines read without wrapping on a page turned sideways.
  document.orientation = pdf::Orientation::Landscape;
  document.page_label = text("masses.plans.pdf.page");
  document.author = "Masseflyt";
  return pdf::renderPdf(document);
}

}  // namespace masseflyt::masses::plans
