#pragma once

// Internal to mf_platform_auth_oidc: the JSON documents the relying party reads. Parsed in
// oidc_json.cpp, the only file here that sees Boost.JSON.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/auth/oidc/oidc.hpp"

namespace masseflyt::auth::oidc::detail {

/// The provider metadata. Throws Error(Unavailable, "oidc.error.discovery") when malformed or a
/// required endpoint is missing.
Discovery parseDiscovery(std::string_view json);

/// One key from a JWKS with the members we select on; `json` is the key alone, re-serialised,
/// for cjose_jwk_import.
struct JwkEntry {
  std::string kid, kty, alg, use, crv;
  std::string json;
};

/// Throws Error(Unavailable, "oidc.error.discovery") when the document is not a key set. Keys
/// that are not objects are skipped rather than failing the whole set.
std::vector<JwkEntry> parseJwks(std::string_view json);

/// The ID token claims we validate, with types checked: a claim of the wrong type is
/// Error(Unauthorized, "oidc.error.malformed"), a missing one is nullopt/empty.
struct RawClaims {
  std::optional<std::string> iss, sub, azp, nonce, acr, name, given_name, family_name, email;
  std::vector<std::string> aud;
  std::optional<std::int64_t> exp, iat, nbf, auth_time;
  bool email_verified = false;
};
RawClaims parseClaims(std::string_view json);

/// The `id_token` from a successful token response; Error(Unauthorized, "oidc.error.token_endpoint")
/// when it is missing.
std::string parseTokenResponse(std::string_view json);

}  // namespace masseflyt::auth::oidc::detail
