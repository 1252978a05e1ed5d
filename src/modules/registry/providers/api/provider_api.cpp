#include "modules/registry/providers/api/provider_api.hpp"

#include <algorithm>

#include "modules/registry/common/rules.hpp"
#include "modules/registry/providers/api/provider_json.hpp"
#include "platform/api/pagination.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::registry::providers {
namespace {

constexpr std::string_view kProviders = "/api/v1/kontrolltjenester";

http::Response listProviders(const ProviderService& service, http::Request& request) {
  std::vector<FieldError> errors;
  constexpr std::string_view kKnown[] = {"q", "tjeneste", "kommune", "akkreditert", "limit", "cursor"};
  for (const auto& [name, value] : request.queryParams()) {
    if (std::find(std::begin(kKnown), std::end(kKnown), name) == std::end(kKnown)) {
      errors.push_back({name, "registry.provider.error.unknown_parameter"});
    }
  }
  ProviderFilter filter;
  if (auto q = request.queryParam("q")) {
    if (q->size() > 100) {
      errors.push_back({"q", "registry.provider.error.search_too_long"});
    } else {
      filter.search = *q;
    }
  }
  if (auto s = request.queryParam("tjeneste"); s && !s->empty()) {
    if (!isProviderService(*s)) errors.push_back({"tjeneste", "registry.provider.error.service"});
    filter.service = *s;
  }
  if (auto m = request.queryParam("kommune"); m && !m->empty()) {
    if (!geo::validMunicipalityNumber(*m)) errors.push_back({"kommune", "registry.provider.error.municipality"});
    filter.municipality = *m;
  }
  if (auto a = request.queryParam("akkreditert"); a && !a->empty()) {
    if (*a != "true" && *a != "false") errors.push_back({"akkreditert", "registry.provider.error.accredited_flag"});
    filter.accredited_only = *a == "true";
  }
  api::PageRequest page;
  try {
    page = api::parsePageRequest(request);
  } catch (const Error& error) {
    errors.insert(errors.end(), error.fields().begin(), error.fields().end());
  }
  if (page.after && !common::isOrganisationNumber(*page.after)) errors.push_back({"cursor", "api.error.cursor"});
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  auto items = service.listAfter(filter, page.after, static_cast<std::int64_t>(page.limit) + 1);
  std::optional<std::string> next;
  if (items.size() > page.limit) {
    items.resize(page.limit);
    next = api::encodeCursor(items.back().organisation_number);
  }
  return http::Response::json(json::providerPage(items, next, request.principal != nullptr));
}

http::Response getProvider(const ProviderService& service, http::Request& request) {
  const auto provider = service.get(request.pathParam("organisasjonsnummer"));
  return http::Response::json(json::provider(provider, request.principal != nullptr));
}

http::Response createProvider(const ProviderService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto body = json::parseProviderBody(request.body);
  const auto provider = service.registerProvider(actor, body.organisasjonsnummer, body.input);
  auto response = http::Response::json(json::provider(provider, true), 201);
  response.headers.set("Location", std::string(kProviders) + "/" + provider.organisation_number);
  return response;
}

http::Response updateProvider(const ProviderService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto body = json::parseProviderBody(request.body);
  const auto provider = service.updateProvider(actor, request.pathParam("organisasjonsnummer"), body.input);
  return http::Response::json(json::provider(provider, true));
}

using Endpoint = http::Response (*)(const ProviderService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const ProviderService>& service, http::Method method,
         std::string path, Endpoint endpoint) {
  router.add({method, std::move(path), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const ProviderService> service) {
  const std::string base(kProviders);
  add(router, service, http::Method::Get, base, &listProviders);
  add(router, service, http::Method::Post, base, &createProvider);
  add(router, service, http::Method::Get, base + "/{organisasjonsnummer}", &getProvider);
  add(router, service, http::Method::Put, base + "/{organisasjonsnummer}", &updateProvider);
}

}  // namespace masseflyt::registry::providers
