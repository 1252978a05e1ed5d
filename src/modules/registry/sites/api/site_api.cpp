#include "modules/registry/sites/api/site_api.hpp"

#include "modules/registry/sites/api/site_json.hpp"
#include "modules/registry/sites/app/site_query.hpp"
#include "modules/registry/sites/domain/permit_document.hpp"
#include "modules/registry/sites/permissions.hpp"
#include "platform/api/pagination.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/forms/multipart.hpp"
#include "platform/history/changes_json.hpp"

namespace masseflyt::registry::sites {
namespace {

constexpr std::string_view kBase = "/api/v1/anlegg";
constexpr std::string_view kGeoJson = "application/geo+json";

bool wantsGeoJson(const http::Request& request) {
  if (const auto format = request.queryParam("format")) return *format == "geojson";
  const auto accept = request.header("Accept");
  return accept && accept->find(kGeoJson) != std::string_view::npos;
}

const auth::Principal& requirePerson(const http::Request& request) {
  auth::require(request, kEditPermission);
  return *request.principal;
}

http::Response listSites(const SiteService& service, http::Request& request) {
  std::vector<FieldError> errors;
  for (const auto& [name, value] : request.queryParams()) {
    const bool known = name == "limit" || name == "cursor" || name == "format" || name == "sorter" ||
                       std::find(std::begin(kFilterParams), std::end(kFilterParams), name) !=
                           std::end(kFilterParams);
    if (!known) errors.push_back({name, "registry.site.filter.unknown_parameter"});
  }
  if (const auto format = request.queryParam("format"); format && *format != "geojson" && *format != "json") {
    errors.push_back({"format", "registry.site.filter.format_invalid"});
  }
  const SiteFilter filter = readSiteFilter(request, errors);
  api::PageRequest page;
  try {
    page = api::parsePageRequest(request);
  } catch (const Error& error) {
    errors.insert(errors.end(), error.fields().begin(), error.fields().end());
  }
  // Without ?sorter= the list is in creation order and pages by id (stable while sites are
  // added); sorted lists page by position, like the page does.
  const auto* sort = request.queryParam("sorter")
                         ? common::findSort<SiteSort>(*request.queryParam("sorter"), kSiteSorts)
                         : nullptr;
  if (request.queryParam("sorter") && sort == nullptr) errors.push_back({"sorter", "registry.site.filter.sort_invalid"});
  std::optional<std::int64_t> offset;
  if (sort != nullptr) offset = page.after ? api::offsetFromCursorKey(*page.after) : std::optional<std::int64_t>(0);
  if (page.after && (sort != nullptr ? !offset : !db::isUuid(*page.after))) errors.push_back({"cursor", "api.error.cursor"});
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));

  const auto limit = static_cast<std::int64_t>(page.limit);
  std::vector<SiteSummary> items;
  std::optional<std::string> next;
  if (sort != nullptr) {
    auto result = service.list(filter, sort->sort, *offset, limit);
    items = std::move(result.items);
    if (*offset + limit < result.total) next = api::encodeOffsetCursor(*offset + limit);
  } else {
    items = service.listAfter(filter, page.after, limit + 1);
    if (items.size() > page.limit) {
      items.resize(page.limit);
      next = api::encodeCursor(items.back().site.id);
    }
  }
  if (wantsGeoJson(request)) {
    auto response = http::Response::json(json::siteFeatureCollection(items, next));
    response.headers.set("Content-Type", std::string(kGeoJson));
    return response;
  }
  return http::Response::json(json::sitePage(items, request.principal != nullptr, next));
}

std::string siteId(const http::Request& request) {
  const std::string id(request.pathParam("id"));
  if (!db::isUuid(id)) throw Error(ErrorKind::NotFound, "registry.site.error.not_found");
  return id;
}

http::Response getSite(const SiteService& service, http::Request& request) {
  return http::Response::json(json::site(service.get(siteId(request)), request.principal != nullptr));
}

http::Response createSite(const SiteService& service, http::Request& request) {
  const auto& actor = requirePerson(request);
  const auto body = json::parseSiteBody(request.body);
  const auto site = service.create(actor, body.organisation_number, body.input);
  auto response = http::Response::json(json::site(service.get(site.id), true), 201);
  response.headers.set("Location", std::string(kBase) + "/" + site.id);
  return response;
}

http::Response updateSite(const SiteService& service, http::Request& request) {
  const auto& actor = requirePerson(request);
  const std::string id = siteId(request);
  service.get(id);  // 404 before 422 for an unknown site
  const auto body = json::parseSiteBody(request.body);
  service.update(actor, id, body.input);
  return http::Response::json(json::site(service.get(id), true));
}

http::Response listPermits(const SiteService& service, http::Request& request) {
  return http::Response::json(json::permits(service.get(siteId(request)).permits));
}

http::Response createPermit(const SiteService& service, http::Request& request) {
  const auto& actor = requirePerson(request);
  const std::string id = siteId(request);
  service.get(id);
  const auto permit = service.addPermit(actor, id, json::parsePermitBody(request.body));
  auto response = http::Response::json(json::permit(permit), 201);
  response.headers.set("Location", std::string(kBase) + "/" + id + "/tillatelser/" + permit.id);
  return response;
}

http::Response updatePermit(const SiteService& service, http::Request& request) {
  const auto& actor = requirePerson(request);
  const std::string id = siteId(request);
  const std::string permit_id(request.pathParam("permitId"));
  service.getPermit(id, permit_id);
  const auto permit = service.updatePermit(actor, id, permit_id, json::parsePermitBody(request.body));
  return http::Response::json(json::permit(permit));
}

// PUT …/dokument: the PDF as the raw body (application/pdf, name in ?filnavn=) or as the
// multipart/form-data part "dokument" (name from the part), as from a plain HTML form.
http::Response uploadDocument(const PermitDocuments& documents, http::Request& request) {
  const auto& actor = requirePerson(request);
  const std::string id = siteId(request);
  const std::string permit_id(request.pathParam("permitId"));
  documents.sites().getPermit(id, permit_id);  // 404 before 415 or 422
  const std::string type(request.header("Content-Type").value_or(""));
  std::string name(request.queryParam("filnavn").value_or(""));
  std::string_view bytes;
  std::vector<forms::Part> parts;
  if (const auto boundary = forms::multipartBoundary(type)) {
    parts = forms::parseMultipart(request.body, *boundary);
    if (const auto* file = forms::findPart(parts, kPermitDocumentField)) {
      if (name.empty()) name = file->filename;
      bytes = file->body;
    }
  } else if (type.substr(0, type.find(';')) == "application/pdf") {
    bytes = request.body;
  } else {
    throw Error(ErrorKind::UnsupportedMediaType, "registry.permit.document.error.media_type");
  }
  return http::Response::json(json::permit(documents.upload(actor, id, permit_id, name, bytes)));
}

http::Response downloadDocument(const PermitDocuments& documents, http::Request& request) {
  auth::requireAuthenticated(request);
  auto file = documents.download(request.principal.get(), siteId(request), request.pathParam("permitId"));
  return http::Response::download(std::move(file.bytes), "application/pdf", file.name);
}

http::Response removeDocument(const PermitDocuments& documents, http::Request& request) {
  const auto& actor = requirePerson(request);
  return http::Response::json(json::permit(documents.remove(actor, siteId(request), request.pathParam("permitId"))));
}

http::Response siteHistory(const SiteService& service, http::Request& request) {
  return http::Response::json(history::entriesJson(service.fullHistory(service.get(siteId(request))),
                                                  [](const history::ChangeEntry& entry) -> std::string {
                                                    return entry.entity_kind == "permit" ? "tillatelse" : "anlegg";
                                                  }));
}

using Endpoint = http::Response (*)(const SiteService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const SiteService>& service,
         http::Method method, std::string_view suffix, Endpoint endpoint) {
  router.add({method, std::string(kBase) + std::string(suffix), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const SiteService> service,
                       std::shared_ptr<const PermitDocuments> documents) {
  add(router, service, http::Method::Get, "", &listSites);
  add(router, service, http::Method::Post, "", &createSite);
  add(router, service, http::Method::Get, "/{id}", &getSite);
  add(router, service, http::Method::Put, "/{id}", &updateSite);
  add(router, service, http::Method::Get, "/{id}/tillatelser", &listPermits);
  add(router, service, http::Method::Post, "/{id}/tillatelser", &createPermit);
  add(router, service, http::Method::Put, "/{id}/tillatelser/{permitId}", &updatePermit);
  add(router, service, http::Method::Get, "/{id}/historikk", &siteHistory);
  using DocumentEndpoint = http::Response (*)(const PermitDocuments&, http::Request&);
  const auto document = [&](http::Method method, DocumentEndpoint endpoint, std::size_t max_body) {
    router.add({method, std::string(kBase) + "/{id}/tillatelser/{permitId}/dokument", http::Audience::Api,
                [documents, endpoint](http::Request& request) { return endpoint(*documents, request); },
                {.max_body_bytes = max_body}});
  };
  // The document limit plus room for multipart framing; beyond it the server answers 413.
  document(http::Method::Put, &uploadDocument, kMaxPermitDocumentBytes + 64 * 1024);
  document(http::Method::Get, &downloadDocument, 64 * 1024);
  document(http::Method::Delete, &removeDocument, 64 * 1024);
}

}  // namespace masseflyt::registry::sites
