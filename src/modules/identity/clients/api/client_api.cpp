#include "modules/identity/clients/api/client_api.hpp"

#include <algorithm>
#include <map>

#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/clients/api/client_json.hpp"
#include "modules/identity/clients/infra/jwt_json.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::identity::clients {
namespace {

constexpr std::string_view kOrganisationBase = "/api/v1/organisasjoner/{organisasjonsnummer}/api-klienter";

// RFC 6749 §5.2: the token endpoint answers in OAuth's own error format, not problem+json,
// because every OAuth client library expects exactly this shape.
http::Response oauthError(int status, std::string_view code, std::string_view description_key) {
  auto response = http::Response::json(json::oauthError(code, i18n::t(description_key)), status);
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Pragma", "no-cache");
  if (status == 401) response.headers.set("WWW-Authenticate", "Basic realm=\"masseflyt\"");
  return response;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

http::Response token(const ClientService& service, http::Request& request) {
  const auto content_type = lower(request.header("Content-Type").value_or(""));
  if (!content_type.starts_with("application/x-www-form-urlencoded")) {
    return oauthError(400, "invalid_request", "clients.oauth.invalid_request");
  }
  std::map<std::string, std::string, std::less<>> fields;
  for (auto& [key, value] : request.formFields()) {
    // RFC 6749 §3.2: parameters must not be repeated.
    if (!fields.emplace(key, value).second) {
      return oauthError(400, "invalid_request", "clients.oauth.invalid_request");
    }
  }
  const auto grant = fields.find("grant_type");
  if (grant == fields.end()) return oauthError(400, "invalid_request", "clients.oauth.invalid_request");
  if (grant->second != "client_credentials") {
    return oauthError(400, "unsupported_grant_type", "clients.oauth.unsupported_grant_type");
  }
  std::string client_id;
  std::string secret;
  const auto basic = basicCredentials(request);
  const bool in_body = fields.contains("client_secret");
  if (basic && in_body) return oauthError(400, "invalid_request", "clients.oauth.invalid_request");
  if (basic) {
    std::tie(client_id, secret) = *basic;
    if (const auto id = fields.find("client_id"); id != fields.end() && id->second != client_id) {
      return oauthError(400, "invalid_request", "clients.oauth.invalid_request");
    }
  } else {
    if (const auto id = fields.find("client_id"); id != fields.end()) client_id = id->second;
    if (const auto s = fields.find("client_secret"); s != fields.end()) secret = s->second;
  }
  std::optional<std::string_view> scope;
  if (const auto s = fields.find("scope"); s != fields.end()) scope = s->second;
  const auto result = service.issueToken(client_id, secret, scope, request.remote_address);
  if (const auto* error = std::get_if<ClientService::TokenError>(&result)) {
    return oauthError(error->code == "invalid_client" ? 401 : 400, error->code, error->description_key);
  }
  const auto& issued = std::get<ClientService::Token>(result);
  auto response = http::Response::json(json::tokenResponse(issued.access_token, issued.expires_in, issued.scope));
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Pragma", "no-cache");
  return response;
}

http::Response jwks(const ClientService& service, http::Request&) {
  service.keys().signer();  // a key exists from the first request on
  auto response = http::Response::json(json::jwks(service.keys().publicKeys()));
  response.headers.set("Cache-Control", "public, max-age=300");
  return response;
}

std::string number(const http::Request& request) {
  return std::string(request.pathParam("organisasjonsnummer"));
}

http::Response noStore(http::Response response) {
  response.headers.set("Cache-Control", "no-store");
  return response;
}

http::Response listClients(const ClientService& service, http::Request& request) {
  const auto organisation = service.organisationFor(request.principal.get(), number(request));
  return noStore(http::Response::json(
      api_json::clients(service.list(request.principal.get(), number(request)),
                        organisation.organisation_number)));
}

http::Response createClient(const ClientService& service, http::Request& request) {
  const auto organisation = service.organisationFor(request.principal.get(), number(request));
  accounts::requireRecentStepUp(request);
  const auto body = api_json::parseCreate(request.body);
  const auto created = service.create(*request.principal, number(request), body.navn, body.scopes,
                                      request.remote_address);
  auto response = noStore(http::Response::json(
      api_json::client(created.client, organisation.organisation_number, created.secret), 201));
  response.headers.set("Location", "/api/v1/organisasjoner/" + organisation.organisation_number +
                                       "/api-klienter/" + created.client.id);
  return response;
}

http::Response getClient(const ClientService& service, http::Request& request) {
  const auto organisation = service.organisationFor(request.principal.get(), number(request));
  for (const auto& client : service.list(request.principal.get(), number(request))) {
    if (client.id == request.pathParam("id")) {
      return noStore(http::Response::json(api_json::client(client, organisation.organisation_number)));
    }
  }
  throw Error(ErrorKind::NotFound, "clients.error.not_found");
}

http::Response rotateClient(const ClientService& service, http::Request& request) {
  const auto organisation = service.organisationFor(request.principal.get(), number(request));
  accounts::requireRecentStepUp(request);
  const auto created = service.rotateSecret(*request.principal, number(request),
                                            request.pathParam("id"), request.remote_address);
  return noStore(http::Response::json(
      api_json::client(created.client, organisation.organisation_number, created.secret)));
}

http::Response revokeClient(const ClientService& service, http::Request& request) {
  const auto organisation = service.organisationFor(request.principal.get(), number(request));
  const auto client = service.revoke(*request.principal, number(request), request.pathParam("id"),
                                     request.remote_address);
  return noStore(http::Response::json(api_json::client(client, organisation.organisation_number)));
}

using Endpoint = http::Response (*)(const ClientService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const ClientService>& service,
         http::Method method, std::string pattern, Endpoint endpoint) {
  router.add({method, std::move(pattern), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {.max_body_bytes = 16 * 1024}});
}

}  // namespace

std::optional<std::string> base64Decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string url(text);
  while (!url.empty() && url.back() == '=') url.pop_back();
  if (text.size() - url.size() > 2) return std::nullopt;
  for (auto& c : url) {
    if (c == '+') {
      c = '-';
    } else if (c == '/') {
      c = '_';
    } else if (c == '-' || c == '_') {
      return std::nullopt;  // not in the standard alphabet
    }
  }
  return crypto::base64UrlDecode(url);
}

std::optional<std::pair<std::string, std::string>> basicCredentials(const http::Request& request) {
  const auto header = request.header("Authorization");
  if (!header) return std::nullopt;
  const std::string_view value = *header;
  const auto space = value.find(' ');
  if (space == std::string_view::npos || lower(value.substr(0, space)) != "basic") return std::nullopt;
  std::string_view encoded = value.substr(space + 1);
  while (!encoded.empty() && encoded.front() == ' ') encoded.remove_prefix(1);
  const auto decoded = base64Decode(encoded);
  if (!decoded) return std::pair<std::string, std::string>{};
  const auto colon = decoded->find(':');
  if (colon == std::string::npos) return std::pair<std::string, std::string>{};
  auto id = http::decodeFormComponent(std::string_view(*decoded).substr(0, colon));
  auto secret = http::decodeFormComponent(std::string_view(*decoded).substr(colon + 1));
  if (!id || !secret) return std::pair<std::string, std::string>{};
  return std::pair{std::move(*id), std::move(*secret)};
}

void registerApiRoutes(http::Router& router, std::shared_ptr<const ClientService> service) {
  const std::string base(kOrganisationBase);
  add(router, service, http::Method::Post, "/api/v1/token", &token);
  add(router, service, http::Method::Get, "/api/v1/jwks.json", &jwks);
  add(router, service, http::Method::Get, base, &listClients);
  add(router, service, http::Method::Post, base, &createClient);
  add(router, service, http::Method::Get, base + "/{id}", &getClient);
  add(router, service, http::Method::Post, base + "/{id}/ny-hemmelighet", &rotateClient);
  add(router, service, http::Method::Post, base + "/{id}/tilbakekall", &revokeClient);
}

}  // namespace masseflyt::identity::clients
