#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/middleware.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// API clients of organisations (OAuth2 client credentials, ES256 access tokens, bearer
// authentication, an optionally trusted external issuer): what the rest of the binary may use.
// See docs/api-klienter.md.
namespace masseflyt::identity::clients {

/// One trusted external token issuer (e.g. Maskinporten). Off while `issuer` is empty.
struct ExternalIssuerSettings {
  std::string issuer;    ///< exact `iss`, e.g. "https://maskinporten.no/"
  std::string audience;  ///< required in `aud` when non-empty
  std::string jwks;      ///< a file path, or an https URL (fetched with libcurl and cached 1 h)
  /// Scopes "<prefix><permission key>" map to the permission; e.g. "baerum:masseflyt/".
  std::string scope_prefix;
  bool enabled() const { return !issuer.empty() && !jwks.empty(); }
};

struct ClientsOptions {
  std::string issuer = "http://localhost:8080";           ///< our tokens' `iss` (public_base_url)
  std::string audience = "http://localhost:8080/api/v1";  ///< our tokens' `aud`
  std::chrono::seconds token_lifetime{300};
  /// Mixed into the stored secret hashes (HMAC-SHA-256 key). Changing it invalidates every
  /// client secret, so it is set once per installation.
  std::string secret_pepper;
  /// 32 raw bytes: seals signing keys' private halves (AES-256-GCM); nullopt stores them plain.
  std::optional<std::string> key_encryption_key;
  ExternalIssuerSettings external;
  /// Served over TLS (only changes nothing here today; kept for cookie-aware pages).
  bool secure_cookies = false;
};

/// The permissions this part declares (register with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages /organisasjoner/{orgnr}/api-klienter…, POST /api/v1/token, GET /api/v1/jwks.json and
/// /api/v1/organisasjoner/{orgnr}/api-klienter…. `brreg` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const organisations::BrregClient& brreg, ClientsOptions options);

/// The bearer-token middleware, to run in EdgeOptions::app_middlewares right after the session
/// middleware. On an /api route with `Authorization: Bearer <jwt>` it verifies the token (ours by
/// kid, reloading keys once for an unknown kid; or the external issuer's) and sets
/// Request::principal to an ApiClient principal (scopes, its organisation as a verified
/// membership); anything invalid answers 401 problem+json with
/// `WWW-Authenticate: Bearer error="invalid_token"`. Revoked clients are refused (status cached
/// for at most 30 s per instance; a revocation in this process takes effect at once).
http::Middleware bearerMiddleware(db::Database& database, const organisations::BrregClient& brreg,
                                  ClientsOptions options);

/// For the rate limiter: "klient:<id>" for a bearer API client, "person:<id>" for a logged-in
/// person (people behind one proxy or NAT should not share a bucket), nullopt when anonymous.
std::optional<std::string> rateLimitKey(const http::Request& request);

/// The configured api.key_encryption_key (base64url of 32 bytes) as raw bytes; nullopt when
/// empty; Error(Validation, "clients.error.encryption_key") when malformed.
std::optional<std::string> parseKeyEncryptionKey(std::string_view text);

/// `masseflyt keys rotate`: creates a new active signing key and retires the others (they stay
/// published and valid for verification until every token they signed has expired). Returns
/// the new kid. Audited as "api_key.rotated".
std::string rotateSigningKey(db::Database& database, const ClientsOptions& options);

}  // namespace masseflyt::identity::clients
