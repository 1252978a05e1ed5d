#include "modules/identity/clients/app/bearer.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "modules/identity/clients/app/client_service.hpp"
#include "modules/identity/clients/domain/scopes.hpp"
#include "modules/identity/clients/infra/client_repository.hpp"
#include "modules/identity/clients/infra/jwt.hpp"
#include "modules/identity/clients/infra/jwt_json.hpp"
#include "platform/auth/oidc/oidc.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/http/error_mapping.hpp"

namespace masseflyt::identity::clients {
namespace {

constexpr std::int64_t kStatusCacheMs = 30'000;
constexpr std::size_t kStatusCacheMax = 10'000;
constexpr std::int64_t kExternalCacheSeconds = 3600;
constexpr std::int64_t kExternalRefetchSeconds = 60;
constexpr std::size_t kMaxJwksBytes = 1024 * 1024;

[[noreturn]] void reject(std::string reason) {
  throw Error(ErrorKind::Unauthorized, "clients.error.invalid_token", std::move(reason));
}

// What the bearer check needs to know about a client, cached briefly per process.
struct ClientStatus {
  bool active = false;
  std::string organisation_id;
  std::vector<std::string> scopes;
  std::int64_t fetched_at = 0;
};

struct StatusCache {
  std::mutex mutex;
  std::map<std::string, ClientStatus, std::less<>> entries;
};

StatusCache& statusCache() {
  static StatusCache cache;
  return cache;
}

std::optional<ClientStatus> clientStatus(db::Database& database, const std::string& id) {
  const std::int64_t now = db::nowEpochMs();
  auto& cache = statusCache();
  {
    const std::lock_guard lock(cache.mutex);
    const auto it = cache.entries.find(id);
    if (it != cache.entries.end() && now - it->second.fetched_at < kStatusCacheMs) return it->second;
  }
  std::optional<ApiClientRecord> client;
  {
    auto lease = database.lease();
    client = repository::findClient(lease, id);
  }
  if (!client) return std::nullopt;
  ClientStatus status{client->active(), client->organisation_id, client->scopes, now};
  const std::lock_guard lock(cache.mutex);
  if (cache.entries.size() >= kStatusCacheMax) cache.entries.clear();
  cache.entries[id] = status;
  return status;
}

void checkTimes(const json::Claims& claims, std::int64_t now) {
  const auto leeway = BearerAuthenticator::kLeewaySeconds;
  if (!claims.exp) reject("no exp");
  if (*claims.exp <= now - leeway) reject("expired");
  if (!claims.iat) reject("no iat");
  if (*claims.iat > now + leeway) reject("iat in the future");
  if (claims.nbf && *claims.nbf > now + leeway) reject("nbf in the future");
}

std::string defaultJwksLoader(const std::string& source) {
  if (source.starts_with("https://") || source.starts_with("http://")) {
    const auto fetcher = auth::oidc::makeCurlFetcher(std::chrono::seconds(5));
    const auto [status, body] = fetcher->get(source);
    if (status != 200) reject("external JWKS answered " + std::to_string(status));
    return body;
  }
  std::ifstream file(source, std::ios::binary);
  if (!file) reject("external JWKS file unreadable");
  std::ostringstream text;
  text << file.rdbuf();
  auto out = text.str();
  if (out.size() > kMaxJwksBytes) reject("external JWKS too large");
  return out;
}

}  // namespace

void forgetClientStatus(const std::string& client_id) {
  auto& cache = statusCache();
  const std::lock_guard lock(cache.mutex);
  cache.entries.erase(client_id);
}

BearerAuthenticator::BearerAuthenticator(db::Database& database,
                                         const organisations::BrregClient& brreg,
                                         ClientsOptions options, std::shared_ptr<KeyStore> keys,
                                         std::function<std::int64_t()> now_seconds,
                                         std::function<std::string(const std::string&)> loader)
    : database_(database),
      organisations_(database, brreg),
      options_(std::move(options)),
      keys_(std::move(keys)),
      now_(now_seconds ? std::move(now_seconds)
                       : std::function<std::int64_t()>([] { return db::nowEpochMs() / 1000; })),
      load_jwks_(loader ? std::move(loader) : std::function<std::string(const std::string&)>(defaultJwksLoader)) {}

auth::Principal BearerAuthenticator::authenticate(std::string_view token) {
  const auto header = jwt::unverifiedHeader(token);
  if (!header) reject("malformed");
  if (header->alg != "ES256" && header->alg != "RS256") reject("alg not accepted");
  if (header->kid.empty()) reject("no kid");
  const auto unverified = jwt::unverifiedPayload(token);
  const auto peek = unverified ? json::parseClaims(*unverified) : std::nullopt;
  if (!peek || !peek->iss) reject("no iss");
  // The unverified issuer only picks whose keys and rules apply; the verified payload is
  // checked against the same issuer again below.
  if (*peek->iss == options_.issuer) return ours(token, header->kid);
  if (options_.external.enabled() && *peek->iss == options_.external.issuer) {
    return external(token, header->kid);
  }
  reject("unknown issuer");
}

auth::Principal BearerAuthenticator::ours(std::string_view token, const std::string& kid) {
  const auto key = keys_->publicKey(kid);
  if (!key) reject("unknown kid");
  const auto payload = jwt::verify(token, *key);
  if (!payload) reject("signature");
  const auto claims = json::parseClaims(*payload);
  if (!claims || claims->iss != options_.issuer) reject("issuer");
  if (std::find(claims->aud.begin(), claims->aud.end(), options_.audience) == claims->aud.end()) {
    reject("audience");
  }
  checkTimes(*claims, now_());
  if (!claims->sub || claims->sub->empty()) reject("no sub");
  const auto status = clientStatus(database_, *claims->sub);
  if (!status) reject("unknown client");
  if (!status->active) reject("client revoked");
  const auto organisation = organisations_.findById(status->organisation_id);
  if (!organisation) reject("organisation gone");

  auth::Principal principal;
  principal.kind = auth::Principal::Kind::ApiClient;
  principal.user_id = *claims->sub;
  principal.display_name = "API-klient";
  // A token never carries more than the client holds now (nor more than registered permissions).
  const auto held = currentScopes(status->scopes, auth::allPermissions());
  for (const auto& scope : parseScopeList(claims->scope.value_or("")).value_or(std::vector<std::string>{})) {
    if (std::find(held.begin(), held.end(), scope) != held.end()) principal.scopes.push_back(scope);
  }
  principal.memberships.push_back(auth::Membership{organisation->id, organisation->organisation_number,
                                                   organisation->name, "api_client", true});
  return principal;
}

std::optional<std::string> BearerAuthenticator::externalKey(const std::string& kid) {
  const std::lock_guard lock(mutex_);
  const std::int64_t now = now_();
  const bool stale = external_loaded_at_ < 0 || now - external_loaded_at_ > kExternalCacheSeconds;
  if (stale) {
    external_jwks_ = load_jwks_(options_.external.jwks);
    external_loaded_at_ = now;
  }
  if (auto key = json::findKey(external_jwks_, kid)) return key;
  // Unknown kid: the issuer may have rotated. Refetch, but not more than once a minute so forged
  // kids cannot make us hammer the issuer.
  if (stale || now - external_loaded_at_ < kExternalRefetchSeconds) return std::nullopt;
  external_jwks_ = load_jwks_(options_.external.jwks);
  external_loaded_at_ = now;
  return json::findKey(external_jwks_, kid);
}

auth::Principal BearerAuthenticator::external(std::string_view token, const std::string& kid) {
  const auto key = externalKey(kid);
  if (!key) reject("unknown external kid");
  const auto payload = jwt::verify(token, *key);
  if (!payload) reject("signature");
  const auto claims = json::parseClaims(*payload);
  if (!claims || claims->iss != options_.external.issuer) reject("issuer");
  if (!options_.external.audience.empty() &&
      std::find(claims->aud.begin(), claims->aud.end(), options_.external.audience) == claims->aud.end()) {
    reject("audience");
  }
  checkTimes(*claims, now_());
  const auto number = organisationNumberFromConsumerId(claims->consumer_id.value_or(""));
  if (!number) reject("no consumer organisation");
  const auto organisation = organisations_.find(*number);
  if (!organisation) reject("consumer organisation not registered");

  auth::Principal principal;
  principal.kind = auth::Principal::Kind::ApiClient;
  const std::string client = claims->client_id.value_or(claims->sub.value_or("ukjent"));
  principal.user_id = "ekstern:" + client.substr(0, 128);
  principal.display_name = "Ekstern API-klient";
  principal.scopes = mapExternalScopes(claims->scope.value_or(""), options_.external.scope_prefix,
                                       auth::allPermissions());
  principal.memberships.push_back(auth::Membership{organisation->id, organisation->organisation_number,
                                                   organisation->name, "api_client", true});
  return principal;
}

http::Middleware bearerMiddleware(db::Database& database, const organisations::BrregClient& brreg,
                                  ClientsOptions options) {
  auto keys = sharedKeyStore(database, options);
  auto authenticator = std::make_shared<BearerAuthenticator>(database, brreg, std::move(options),
                                                             std::move(keys));
  return [authenticator](http::Request& request, const http::Next& next) {
    if (request.audience != http::Audience::Api) return next(request);
    const auto header = request.header("Authorization");
    if (!header) return next(request);
    const std::string_view value = *header;
    const auto space = value.find(' ');
    std::string scheme(value.substr(0, space));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (scheme != "bearer") return next(request);  // Basic at the token endpoint, for one
    std::string_view token = space == std::string_view::npos ? std::string_view() : value.substr(space + 1);
    while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
    try {
      request.principal = std::make_shared<const auth::Principal>(authenticator->authenticate(token));
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::Unauthorized) throw;
      http::Headers headers;
      headers.set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw http::HttpError(ErrorKind::Unauthorized, "clients.error.invalid_token", error.detail(),
                            std::move(headers));
    }
    return next(request);
  };
}

std::optional<std::string> rateLimitKey(const http::Request& request) {
  if (!request.principal) return std::nullopt;
  const bool client = request.principal->kind == auth::Principal::Kind::ApiClient;
  return (client ? "klient:" : "person:") + request.principal->user_id;
}

}  // namespace masseflyt::identity::clients
