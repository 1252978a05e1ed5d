#include "modules/registry/projects/api/project_api.hpp"

#include "modules/registry/projects/api/project_json.hpp"
#include "modules/registry/projects/app/query.hpp"
#include "modules/registry/projects/permissions.hpp"
#include "platform/api/pagination.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/history/changes_json.hpp"

namespace masseflyt::registry::projects {
namespace {

constexpr std::string_view kBase = "/api/v1/prosjekter";

bool wantsGeoJson(const http::Request& request) {
  if (const auto format = request.queryParam("format")) return *format == "geojson";
  const auto accept = request.header("Accept");
  return accept && accept->find("application/geo+json") != std::string_view::npos;
}

http::Response listProjects(const ProjectService& service, http::Request& request) {
  std::vector<FieldError> errors;
  for (const auto& [name, value] : request.queryParams()) {
    if (name != "fase" && name != "kommunenummer" && name != "start_fra" && name != "start_til" &&
        name != "utbygger" && name != "q" && name != "limit" && name != "cursor" &&
        name != "format" && name != "sorter") {
      errors.push_back({name, "registry.project.error.unknown_parameter"});
    }
  }
  if (const auto format = request.queryParam("format"); format && *format != "geojson" && *format != "json") {
    errors.push_back({"format", "registry.project.error.format"});
  }
  const ProjectFilter filter = readFilter(request, errors);
  const bool geojson = wantsGeoJson(request);
  api::PageRequest page;
  try {
    // The map asks for everything in one go; lists page by 50.
    page = api::parsePageRequest(request, geojson ? api::PageLimits{1000, 1000} : api::PageLimits{});
  } catch (const Error& error) {
    errors.insert(errors.end(), error.fields().begin(), error.fields().end());
  }
  // Without ?sorter= the list is in creation order and pages by id (stable while projects are
  // added); sorted lists page by position, like the page does.
  const auto* sort = request.queryParam("sorter")
                         ? common::findSort<ProjectSort>(*request.queryParam("sorter"), kProjectSorts)
                         : nullptr;
  if (request.queryParam("sorter") && sort == nullptr) errors.push_back({"sorter", "registry.project.error.sort"});
  std::optional<std::int64_t> offset;
  if (sort != nullptr) offset = page.after ? api::offsetFromCursorKey(*page.after) : std::optional<std::int64_t>(0);
  if (page.after && (sort != nullptr ? !offset : !db::isUuid(*page.after))) errors.push_back({"cursor", "api.error.cursor"});
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));

  const auto limit = static_cast<std::int64_t>(page.limit);
  std::vector<ProjectRecord> items;
  std::optional<std::string> next;
  if (sort != nullptr) {
    auto result = service.list(filter, sort->sort, *offset, limit);
    items = std::move(result.items);
    if (*offset + limit < result.total) next = api::encodeOffsetCursor(*offset + limit);
  } else {
    items = service.listAfter(filter, page.after, limit + 1);
    if (items.size() > page.limit) {
      items.resize(page.limit);
      next = api::encodeCursor(items.back().id);
    }
  }
  if (geojson) {
    auto response = http::Response::json(json::projectFeatures(items, next));
    response.headers.set("Content-Type", "application/geo+json");
    return response;
  }
  return http::Response::json(json::projectPage(items, request.principal != nullptr, next));
}

http::Response getProject(const ProjectService& service, http::Request& request) {
  return http::Response::json(
      json::project(service.get(request.pathParam("id")), request.principal != nullptr));
}

http::Response projectHistory(const ProjectService& service, http::Request& request) {
  const auto project = service.get(request.pathParam("id"));
  return http::Response::json(history::entriesJson(service.history(project.id)));
}

http::Response createProject(const ProjectService& service, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto input = json::parseBody(request.body);
  const auto project = service.create(*request.principal, input);
  auto response = http::Response::json(json::project(project, true), 201);
  response.headers.set("Location", std::string(kBase) + "/" + project.id);
  return response;
}

http::Response updateProject(const ProjectService& service, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto input = json::parseBody(request.body);
  const auto project = service.update(*request.principal, request.pathParam("id"), input);
  return http::Response::json(json::project(project, true));
}

http::Response listApprovals(const ApprovalService& approvals, http::Request& request) {
  return http::Response::json(json::approvals(approvals.list(request.pathParam("id"))));
}

http::Response createApproval(const ApprovalService& approvals, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto project = approvals.projects().get(request.pathParam("id"));  // 404 before 422
  const auto approval = approvals.add(*request.principal, project.id, json::parseApprovalBody(request.body));
  auto response = http::Response::json(json::approval(approval), 201);
  response.headers.set("Location", std::string(kBase) + "/" + project.id + "/godkjenninger/" + approval.id);
  return response;
}

http::Response updateApproval(const ApprovalService& approvals, http::Request& request) {
  auth::require(request, kEditPermission);
  const auto project = approvals.projects().get(request.pathParam("id"));
  const auto existing = approvals.get(project.id, request.pathParam("approvalId"));
  return http::Response::json(json::approval(
      approvals.update(*request.principal, project.id, existing.id, json::parseApprovalBody(request.body))));
}

using Endpoint = http::Response (*)(const ProjectService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const ProjectService>& service,
         http::Method method, std::string_view suffix, Endpoint endpoint) {
  router.add({method, std::string(kBase) + std::string(suffix), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const ProjectService> service,
                       std::shared_ptr<const ApprovalService> approvals) {
  add(router, service, http::Method::Get, "", &listProjects);
  add(router, service, http::Method::Post, "", &createProject);
  add(router, service, http::Method::Get, "/{id}", &getProject);
  add(router, service, http::Method::Put, "/{id}", &updateProject);
  add(router, service, http::Method::Get, "/{id}/historikk", &projectHistory);
  using ApprovalEndpoint = http::Response (*)(const ApprovalService&, http::Request&);
  const auto approval = [&](http::Method method, std::string_view suffix, ApprovalEndpoint endpoint) {
    router.add({method, std::string(kBase) + "/{id}/godkjenninger" + std::string(suffix), http::Audience::Api,
                [approvals, endpoint](http::Request& request) { return endpoint(*approvals, request); },
                {}});
  };
  approval(http::Method::Get, "", &listApprovals);
  approval(http::Method::Post, "", &createApproval);
  approval(http::Method::Put, "/{approvalId}", &updateApproval);
}

}  // namespace masseflyt::registry::projects
