#include "modules/registry/imports/api/import_api.hpp"

#include "modules/registry/imports/api/import_json.hpp"
#include "modules/registry/imports/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::imports {
namespace {

std::string siteId(const http::Request& request) {
  std::string id(request.pathParam("id"));
  if (!db::isUuid(id)) throw Error(ErrorKind::NotFound, "registry.site.error.not_found");
  return id;
}

http::Response runImport(const ImportService& service, http::Request& request) {
  auth::require(request, kRunPermission);
  const std::string key(request.pathParam("kilde"));
  if (findSource(key) == nullptr) throw Error(ErrorKind::NotFound, "registry.import.error.unknown_source");
  return http::Response::json(json::run(service.run(request.principal.get(), key)));
}

http::Response claim(const ImportService& service, http::Request& request) {
  // A claim is a verified representative's declaration that the organisation runs the site; an
  // API client may edit the site once it is claimed, but not make the declaration.
  if (auth::requireAuthenticated(request).kind == auth::Principal::Kind::ApiClient) {
    throw Error(ErrorKind::Forbidden, "auth.error.forbidden", "claims are made by people");
  }
  const std::string id = siteId(request);
  service.sites().get(id);  // 404 before 422 for an unknown site
  const std::string orgnr = json::parseClaimBody(request.body);
  return http::Response::json(json::claim(service.claim(*request.principal, id, orgnr), orgnr));
}

http::Response undoClaim(const ImportService& service, http::Request& request) {
  auth::require(request, kUndoClaimPermission);
  const std::string id = siteId(request);
  return http::Response::json(json::claim(service.undoClaim(*request.principal, id), ""));
}

using Endpoint = http::Response (*)(const ImportService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const ImportService>& service, http::Method method,
         std::string pattern, Endpoint endpoint) {
  router.add({method, std::move(pattern), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const ImportService> service) {
  add(router, service, http::Method::Post, "/api/v1/import/{kilde}", &runImport);
  add(router, service, http::Method::Post, "/api/v1/anlegg/{id}/krav", &claim);
  add(router, service, http::Method::Delete, "/api/v1/anlegg/{id}/krav", &undoClaim);
}

}  // namespace masseflyt::registry::imports
