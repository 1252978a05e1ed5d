#include "modules/masses/searches/api/search_api.hpp"

#include "modules/masses/searches/api/search_json.hpp"
#include "modules/masses/searches/permissions.hpp"
#include "platform/auth/permissions.hpp"

namespace masseflyt::masses::searches {
namespace {

constexpr std::string_view kSearches = "/api/v1/masser/lagrede-sok";
constexpr std::string_view kAlerts = "/api/v1/masser/varsler";
constexpr std::int64_t kAlertsListed = 100;

const auth::Principal& person(const http::Request& request) {
  auth::require(request, kSavePermission);
  return *request.principal;
}

http::Response listSearches(const SearchService& service, http::Request& request) {
  return http::Response::json(json::searchList(service.list(person(request))));
}

http::Response createSearch(const SearchService& service, http::Request& request) {
  const auto& actor = person(request);
  const auto body = json::parseSearchBody(request.body);
  const auto saved = service.save(actor, body.name, body.query, body.email_alerts);
  auto response = http::Response::json(json::search(saved), 201);
  response.headers.set("Location", std::string(kSearches) + "/" + saved.id);
  return response;
}

http::Response deleteSearch(const SearchService& service, http::Request& request) {
  service.remove(person(request), request.pathParam("id"));
  return http::Response::noContent();
}

http::Response listAlerts(const SearchService& service, http::Request& request) {
  const auto& actor = person(request);
  // Unseen count first: reading alerts through the API does not mark them seen (the page does).
  const auto unseen = service.unseenAlerts(actor);
  return http::Response::json(json::alertList(service.alerts(actor, kAlertsListed), unseen));
}

using Endpoint = http::Response (*)(const SearchService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const SearchService>& service, http::Method method,
         std::string path, Endpoint endpoint) {
  router.add({method, std::move(path), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const SearchService> service) {
  const std::string searches(kSearches);
  add(router, service, http::Method::Get, searches, &listSearches);
  add(router, service, http::Method::Post, searches, &createSearch);
  add(router, service, http::Method::Delete, searches + "/{id}", &deleteSearch);
  add(router, service, http::Method::Get, std::string(kAlerts), &listAlerts);
}

}  // namespace masseflyt::masses::searches
