#pragma once

#include <optional>
#include <string>
#include <string_view>

// Compact JWS (JWT) signing and verification with cjose. Only asymmetric algorithms: ES256 for our
// own tokens, and ES256 or RS256 (RSA >= 2048 bits) for a configured external issuer such as
// Maskinporten. `none` and HS* are always refused, as is a `crit` header.
namespace masseflyt::identity::clients::jwt {

inline constexpr std::size_t kMaxTokenBytes = 16 * 1024;

struct KeyPair {
  std::string kid;
  std::string public_jwk;   ///< {"kty":"EC","crv":"P-256","x","y","kid","alg":"ES256","use":"sig"}
  std::string private_jwk;  ///< the same plus "d"; store only protected (key_protection.hpp)
};

/// A fresh ECDSA P-256 key from the OpenSSL RNG.
KeyPair generateEs256Key(std::string kid);

/// header {"alg":"ES256","typ":"at+jwt","kid":kid} . payload . signature. Throws
/// Error(Internal, "clients.error.signing") if the key cannot sign.
std::string signEs256(std::string_view private_jwk, std::string_view kid,
                      std::string_view payload_json);

struct UnverifiedHeader {
  std::string alg;
  std::string kid;  ///< empty when absent
};
/// The protected header, read WITHOUT verifying: only to pick the key. nullopt if not a JWS.
std::optional<UnverifiedHeader> unverifiedHeader(std::string_view token);
/// The payload, read WITHOUT verifying: only to pick which issuer's rules apply; every claim is
/// checked again on the verified payload.
std::optional<std::string> unverifiedPayload(std::string_view token);

/// The payload if the signature verifies with `public_jwk` and the header's alg fits the key
/// (ES256 with EC P-256, RS256 with RSA >= 2048 bits; the key's own "alg", if any, must match).
/// nullopt on any failure.
std::optional<std::string> verify(std::string_view token, std::string_view public_jwk);

}  // namespace masseflyt::identity::clients::jwt
