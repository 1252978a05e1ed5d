// /massehandteringsplaner: every project's plan in one table, so a planner or the municipality
// sees which projects have a plan, how far reuse is planned and whether it is documented, without
// opening project after project.
#include <ctemplate/template.h>

#include "modules/masses/plans/app/plan_texts.hpp"
#include "modules/masses/plans/web/plan_pages.hpp"
#include "platform/api/pagination.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::masses::plans {
namespace {

constexpr std::size_t kPageSize = 25;
constexpr std::string_view kPath = "/massehandteringsplaner";

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

// An unknown status in a shared link shows every plan rather than an error page: the filter
// form then shows "Alle" selected, so the reader sees what the list contains.
std::optional<PlanStatus> statusFilter(const http::Request& request) {
  return parsePlanStatus(request.queryParam("status").value_or(""));
}

std::string link(std::optional<PlanStatus> status, std::string_view after) {
  std::string href(kPath);
  char separator = '?';
  if (status) {
    href += separator + std::string("status=") + std::string(planStatusKey(*status));
    separator = '&';
  }
  if (!after.empty()) href += separator + std::string("etter=") + api::encodeCursor(std::string(after));
  return href;
}

// A cursor that does not decode starts from the first page.
std::string afterFrom(const http::Request& request) {
  const auto cursor = request.queryParam("etter");
  if (!cursor || cursor->empty()) return {};
  return api::decodeCursor(*cursor).value_or("");
}

void statusOptions(ctemplate::TemplateDictionary& content, std::optional<PlanStatus> selected) {
  auto add = [&](std::string_view value, std::string label, bool is_selected) {
    auto* option = content.AddSectionDictionary("STATUS_OPTION");
    web::setValue(*option, "VALUE", value);
    web::setValue(*option, "LABEL", label);
    if (is_selected) option->ShowSection("SELECTED");
  };
  add("", text("masses.plans.list.status_all"), !selected);
  for (const auto status : {PlanStatus::Draft, PlanStatus::Published}) {
    add(planStatusKey(status), text("masses.plans.status." + std::string(planStatusKey(status))), selected == status);
  }
}

http::Response listPage(const PlanService& service, const web::Renderer& renderer, const http::Request& request) {
  const auto status = statusFilter(request);
  const auto after = afterFrom(request);
  auto views = service.list(request.principal.get(), status, after, kPageSize + 1);
  const bool more = views.size() > kPageSize;
  if (more) views.resize(kPageSize);

  ctemplate::TemplateDictionary content("planer");
  statusOptions(content, status);
  if (views.empty()) {
    web::addTextSection(content, "EMPTY", text(status || !after.empty() ? "masses.plans.list.empty_filtered"
                                                                        : "masses.plans.list.empty"));
  } else {
    auto* table = content.AddSectionDictionary("HAS_ROWS");
    for (const auto& view : views) {
      const auto facts = factTexts(view.plan);
      auto* row = table->AddSectionDictionary("ROW");
      web::setValue(*row, "PROJECT_ID", view.project.id);
      web::setValue(*row, "PROJECT", view.project.name);
      if (view.plan.is_demo) row->ShowSection("DEMO");
      web::setValue(*row, "STATUS", facts.status);
      web::setValue(*row, "LINES", std::to_string(view.plan.lines.size()));
      web::setValue(*row, "SURPLUS", facts.surplus);
      web::setValue(*row, "NEED", facts.need);
      web::setValue(*row, "PLANNED_REUSE", facts.planned_reuse);
      web::setValue(*row, "REUSE_TARGET", facts.reuse_target);
      web::setValue(*row, "DOCUMENTATION_STATUS", facts.documentation_status);
    }
  }
  if (!after.empty() || more) {
    auto* nav = content.AddSectionDictionary("PAGINATION");
    if (!after.empty()) web::setValue(*nav->AddSectionDictionary("FIRST"), "HREF", link(status, ""));
    if (more) web::setValue(*nav->AddSectionDictionary("NEXT"), "HREF", link(status, views.back().plan.id));
  }

  web::PageMeta meta;
  meta.title = text("masses.plans.list.title");
  meta.nav = "masser";
  meta.principal = request.principal.get();
  auto response = http::Response::html(
      renderer.page(meta, "modules/masses/plans/web/templates/planer.tpl", content));
  if (request.principal) response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

void registerListPage(http::Router& router, std::shared_ptr<const PlanService> service,
                      const web::Renderer& renderer) {
  const auto* r = &renderer;
  router.add({http::Method::Get, std::string(kPath), http::Audience::Page,
              [service, r](http::Request& request) { return listPage(*service, *r, request); }, {}});
}

}  // namespace masseflyt::masses::plans
