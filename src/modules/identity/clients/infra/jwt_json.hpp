#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// JSON of tokens, keys and the OAuth answers (Boost.JSON lives in jwt_json.cpp only).
namespace masseflyt::identity::clients::json {

/// `jwk` (cjose's JSON) with "kid", "alg" and "use":"sig" set.
std::string withKeyMetadata(std::string_view jwk, std::string_view kid, std::string_view alg);

struct KeyMetadata {
  std::string kty, kid, alg, use;
};
/// nullopt if `jwk` is not a JSON object with a string "kty".
std::optional<KeyMetadata> keyMetadata(std::string_view jwk);

/// The JWK with `kid` from a JWKS document ({"keys":[...]}); nullopt if absent or ambiguous.
std::optional<std::string> findKey(std::string_view jwks, std::string_view kid);

/// {"keys":[...]} of the public JWKs (each a JSON object text).
std::string jwks(const std::vector<std::string>& public_jwks);

/// Claims of one of our access tokens.
struct AccessTokenClaims {
  std::string issuer, subject, audience, jti, scope, organisation_number;
  std::int64_t issued_at = 0, expires_at = 0;
};
/// iss, sub, aud, iat, nbf (= iat), exp, jti, scope, client_id (= sub) and the Maskinporten-style
/// consumer {"authority":"iso6523-actorid-upis","ID":"0192:<orgnr>"}.
std::string accessTokenPayload(const AccessTokenClaims& claims);

/// The claims a verifier reads; absent or wrongly typed claims stay empty (then rejected).
struct Claims {
  std::optional<std::string> iss, sub, jti, scope, client_id, consumer_id;
  std::vector<std::string> aud;  ///< a string or an array of strings
  std::optional<std::int64_t> iat, exp, nbf;
};
/// nullopt if the payload is not a JSON object.
std::optional<Claims> parseClaims(std::string_view payload);

/// RFC 6749 §5.1: {"access_token","token_type":"Bearer","expires_in","scope"}.
std::string tokenResponse(std::string_view access_token, std::int64_t expires_in,
                          std::string_view scope);
/// RFC 6749 §5.2: {"error": code, "error_description": text}.
std::string oauthError(std::string_view code, std::string_view description);

}  // namespace masseflyt::identity::clients::json
