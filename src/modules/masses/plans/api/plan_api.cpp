#include "modules/masses/plans/api/plan_api.hpp"

#include "modules/masses/plans/api/plan_json.hpp"
#include "modules/masses/plans/permissions.hpp"
#include "platform/api/pagination.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/forms/multipart.hpp"
#include "platform/history/changes_json.hpp"

namespace masseflyt::masses::plans {
namespace {

constexpr std::string_view kBase = "/api/v1/massehandteringsplaner";
constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr std::string_view kCsvType = "text/csv; charset=utf-8";
constexpr std::string_view kPdfType = "application/pdf";

PlanSettings settingsFrom(const json::SettingsInput& in) {
  std::vector<CellError> errors;
  auto settings = validateSettings(in.reuse_target, in.reuse_status, in.documentation_status, in.note, errors);
  if (!settings) throw Error(ErrorKind::Validation, "masses.plans.error.invalid", {}, lineFieldErrors(errors));
  return *settings;
}

enum class Format { Xlsx, Csv, Pdf };

// ?format= "xlsx" (default), "csv", or "pdf" where a printable document makes sense.
Format requestedFormat(const http::Request& request, bool pdf_allowed) {
  const auto format = request.queryParam("format");
  if (!format || *format == "xlsx") return Format::Xlsx;
  if (*format == "csv") return Format::Csv;
  if (*format == "pdf" && pdf_allowed) return Format::Pdf;
  throw Error(ErrorKind::Validation, "api.error.query", {},
              {{"format", pdf_allowed ? "masses.plans.error.export_format" : "masses.plans.error.format"}});
}

// ?status=utkast|publisert; absent or empty for every plan.
std::optional<PlanStatus> statusFilter(const http::Request& request) {
  const auto text = request.queryParam("status");
  if (!text || text->empty()) return std::nullopt;
  if (auto status = parsePlanStatus(*text)) return status;
  throw Error(ErrorKind::Validation, "api.error.query", {}, {{"status", "masses.plans.error.status_filter"}});
}

http::Response listPlans(const PlanService& service, http::Request& request) {
  const auto page = api::parsePageRequest(request);
  auto items = service.list(request.principal.get(), statusFilter(request), page.after.value_or(""), page.limit + 1);
  std::optional<std::string> next;
  if (items.size() > page.limit) {
    items.resize(page.limit);
    next = api::encodeCursor(items.back().plan.id);
  }
  return http::Response::json(json::planPage(items, next));
}

http::Response getPlan(const PlanService& service, http::Request& request) {
  return http::Response::json(json::plan(service.get(request.principal.get(), request.pathParam("id"))));
}

http::Response createPlan(const PlanService& service, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto input = json::parseSettings(request.body);
  if (input.project_id.empty()) {
    throw Error(ErrorKind::Validation, "masses.plans.error.invalid", {}, {{"prosjekt_id", "masses.plans.error.required"}});
  }
  const auto settings = settingsFrom(input);
  const auto view = service.create(*request.principal, input.project_id, settings);
  auto response = http::Response::json(json::plan(view), 201);
  response.headers.set("Location", std::string(kBase) + "/" + view.plan.id);
  return response;
}

http::Response updatePlan(const PlanService& service, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto settings = settingsFrom(json::parseSettings(request.body));
  return http::Response::json(json::plan(service.updateSettings(*request.principal, request.pathParam("id"), settings)));
}

http::Response putLines(const PlanService& service, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto lines = json::parseLines(request.body);
  return http::Response::json(json::plan(service.replaceLines(*request.principal, request.pathParam("id"), lines)));
}

http::Response importPlan(const PlanService& service, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto existing = service.get(request.principal.get(), request.pathParam("id"));
  const auto view = service.importFile(*request.principal, existing.project.id, uploadedFile(request));
  return http::Response::json(json::plan(view));
}

http::Response exportPlan(const PlanService& service, http::Request& request) {
  const auto format = requestedFormat(request, true);
  const auto view = service.get(request.principal.get(), request.pathParam("id"));
  switch (format) {
    case Format::Csv: return http::Response::download(PlanService::exportCsv(view.plan), kCsvType, "massehandteringsplan.csv");
    case Format::Pdf: return http::Response::download(PlanService::exportPdf(view), kPdfType, "massehandteringsplan.pdf");
    case Format::Xlsx: break;
  }
  return http::Response::download(PlanService::exportXlsx(view.plan), kXlsxType, "massehandteringsplan.xlsx");
}

http::Response templateFile(const PlanService&, http::Request& request) {
  if (requestedFormat(request, false) == Format::Csv) return http::Response::download(PlanService::templateCsv(), kCsvType, "massehandteringsplan-mal.csv");
  return http::Response::download(PlanService::templateXlsx(), kXlsxType, "massehandteringsplan-mal.xlsx");
}

http::Response publishPlan(const PlanService& service, http::Request& request) {
  auth::require(request, kEditPermission);
  return http::Response::json(json::plan(service.publish(*request.principal, request.pathParam("id"))));
}

http::Response planHistory(const PlanService& service, http::Request& request) {
  const auto view = service.get(request.principal.get(), request.pathParam("id"));
  return http::Response::json(history::entriesJson(service.history(view.plan.id)));
}

using Endpoint = http::Response (*)(const PlanService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const PlanService>& service, http::Method method,
         std::string_view suffix, Endpoint endpoint, std::size_t max_body = 256 * 1024) {
  router.add({method, std::string(kBase) + std::string(suffix), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {.max_body_bytes = max_body}});
}

}  // namespace

UploadedFile uploadedFile(const http::Request& request) {
  const std::string type(request.header("Content-Type").value_or(""));
  if (const auto boundary = forms::multipartBoundary(type)) {
    const auto parts = forms::parseMultipart(request.body, *boundary);
    const auto* file = forms::findPart(parts, "fil");
    if (file == nullptr || file->body.empty()) {
      throw Error(ErrorKind::Validation, "masses.plans.error.no_file", {}, {{"fil", "masses.plans.error.no_file"}});
    }
    return {file->body};
  }
  const std::string media = type.substr(0, type.find(';'));
  if (media == kXlsxType || media == "text/csv" || media == "application/octet-stream" || media == "text/plain") {
    return {request.body};
  }
  throw Error(ErrorKind::UnsupportedMediaType, "masses.plans.error.file_type");
}


void registerApiRoutes(http::Router& router, std::shared_ptr<const PlanService> service) {
  add(router, service, http::Method::Get, "", &listPlans);
  add(router, service, http::Method::Post, "", &createPlan);
  add(router, service, http::Method::Get, "/mal", &templateFile);
  add(router, service, http::Method::Get, "/{id}", &getPlan);
  add(router, service, http::Method::Put, "/{id}", &updatePlan);
  add(router, service, http::Method::Put, "/{id}/linjer", &putLines, 1024 * 1024);
  add(router, service, http::Method::Post, "/{id}/import", &importPlan, kMaxUploadBytes);
  add(router, service, http::Method::Get, "/{id}/eksport", &exportPlan);
  add(router, service, http::Method::Post, "/{id}/publiser", &publishPlan);
  add(router, service, http::Method::Get, "/{id}/historikk", &planHistory);
}

}  // namespace masseflyt::masses::plans
