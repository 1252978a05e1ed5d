// ID token validation. Signature checks use cjose; every rule that decides whether a token is
// trusted lives in this file so it can be reviewed in one sitting.
#include <cjose/cjose.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include "platform/auth/oidc/oidc.hpp"
#include "platform/auth/oidc/oidc_internal.hpp"
#include "platform/auth/oidc/oidc_json.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/hash.hpp"

namespace masseflyt::auth::oidc {
namespace {

struct JwsDeleter {
  void operator()(cjose_jws_t* jws) const { cjose_jws_release(jws); }
};
struct JwkDeleter {
  void operator()(cjose_jwk_t* jwk) const { cjose_jwk_release(jwk); }
};
using JwsPtr = std::unique_ptr<cjose_jws_t, JwsDeleter>;
using JwkPtr = std::unique_ptr<cjose_jwk_t, JwkDeleter>;

// A bound on what we hand to the parser; real ID tokens are 1-3 KiB.
constexpr std::size_t kMaxTokenBytes = 64 * 1024;
constexpr std::size_t kMinRsaBits = 2048;

[[noreturn]] void reject(std::string_view reason, std::string detail) {
  throw Error(ErrorKind::Unauthorized, "oidc.error." + std::string(reason), std::move(detail));
}

std::string cjoseMessage(const cjose_err& err) {
  return err.message != nullptr ? std::string(err.message) : std::string("unknown cjose error");
}

// Asymmetric algorithms only. HS* would let anyone holding the published public key (used as an
// HMAC secret) forge tokens; `none` needs no key at all.
enum class KeyFamily { Rsa, Ec };
struct AlgorithmRule {
  std::string_view alg;
  KeyFamily family;
  std::string_view curve;  // EC only
};
constexpr std::array<AlgorithmRule, 9> kAlgorithms{{
    {"RS256", KeyFamily::Rsa, {}},
    {"RS384", KeyFamily::Rsa, {}},
    {"RS512", KeyFamily::Rsa, {}},
    {"PS256", KeyFamily::Rsa, {}},
    {"PS384", KeyFamily::Rsa, {}},
    {"PS512", KeyFamily::Rsa, {}},
    {"ES256", KeyFamily::Ec, "P-256"},
    {"ES384", KeyFamily::Ec, "P-384"},
    {"ES512", KeyFamily::Ec, "P-521"},
}};

const AlgorithmRule* ruleFor(std::string_view alg) {
  const auto* found = std::find_if(kAlgorithms.begin(), kAlgorithms.end(),
                                   [&](const AlgorithmRule& rule) { return rule.alg == alg; });
  return found == kAlgorithms.end() ? nullptr : found;
}

bool keyFitsAlgorithm(const detail::JwkEntry& key, const AlgorithmRule& rule) {
  if (!key.use.empty() && key.use != "sig") {
    return false;
  }
  // A key published for one algorithm must not verify another (RFC 7517 §4.4).
  if (!key.alg.empty() && key.alg != rule.alg) {
    return false;
  }
  if (rule.family == KeyFamily::Rsa) {
    return key.kty == "RSA";
  }
  return key.kty == "EC" && key.crv == rule.curve;
}

cjose_jwk_ec_curve curveId(std::string_view curve) {
  if (curve == "P-256") {
    return CJOSE_JWK_EC_P_256;
  }
  if (curve == "P-384") {
    return CJOSE_JWK_EC_P_384;
  }
  return CJOSE_JWK_EC_P_521;
}

// Picks the one key that may verify this token, or rejects.
const detail::JwkEntry& selectKey(const std::vector<detail::JwkEntry>& keys,
                                  const std::optional<std::string>& kid,
                                  const AlgorithmRule& rule) {
  const detail::JwkEntry* chosen = nullptr;
  int fitting = 0;
  bool kid_known = false;
  for (const auto& key : keys) {
    if (kid && key.kid != *kid) {
      continue;
    }
    kid_known = true;
    if (keyFitsAlgorithm(key, rule)) {
      chosen = &key;
      ++fitting;
    }
  }
  if (kid && !kid_known) {
    reject("signature", "unknown kid");
  }
  if (fitting == 0) {
    reject("signature", "no key fits alg " + std::string(rule.alg));
  }
  // Without a kid, guessing among several keys would let the token pick; with a duplicated kid
  // the key set itself is ambiguous.
  if (fitting > 1) {
    reject("signature", "ambiguous key selection");
  }
  return *chosen;
}

JwkPtr importKey(const detail::JwkEntry& entry, const AlgorithmRule& rule) {
  cjose_err err{};
  JwkPtr jwk(cjose_jwk_import(entry.json.data(), entry.json.size(), &err));
  if (!jwk) {
    reject("signature", "JWK import failed: " + cjoseMessage(err));
  }
  const cjose_jwk_kty_t kty = cjose_jwk_get_kty(jwk.get(), &err);
  if (rule.family == KeyFamily::Rsa) {
    if (kty != CJOSE_JWK_KTY_RSA) {
      reject("signature", "key is not RSA");
    }
    if (cjose_jwk_get_keysize(jwk.get(), &err) < kMinRsaBits) {
      reject("signature", "RSA key too short");
    }
  } else {
    if (kty != CJOSE_JWK_KTY_EC || cjose_jwk_EC_get_curve(jwk.get(), &err) != curveId(rule.curve)) {
      reject("signature", "key is not EC " + std::string(rule.curve));
    }
  }
  return jwk;
}

}  // namespace

namespace detail {

std::optional<std::string> unverifiedKeyId(std::string_view jwt) {
  if (jwt.size() > kMaxTokenBytes) {
    return std::nullopt;
  }
  cjose_err err{};
  JwsPtr jws(cjose_jws_import(jwt.data(), jwt.size(), &err));
  if (!jws) {
    return std::nullopt;
  }
  const char* kid = cjose_header_get(cjose_jws_get_protected(jws.get()), CJOSE_HDR_KID, &err);
  return kid != nullptr ? std::optional<std::string>(kid) : std::nullopt;
}

bool jwksContainsKeyId(std::string_view jwks_json, std::string_view kid) {
  try {
    const auto keys = parseJwks(jwks_json);
    return std::any_of(keys.begin(), keys.end(),
                       [&](const JwkEntry& key) { return key.kid == kid; });
  } catch (const Error&) {
    return false;
  }
}

}  // namespace detail

bool acrSatisfies(std::string_view actual, std::string_view required) {
  auto rank = [](std::string_view acr) {
    if (acr == "idporten-loa-low") {
      return 1;
    }
    if (acr == "idporten-loa-substantial" || acr == "Level3") {
      return 2;
    }
    if (acr == "idporten-loa-high" || acr == "Level4") {
      return 3;
    }
    return 0;
  };
  const int actual_rank = rank(actual);
  const int required_rank = rank(required);
  if (actual_rank != 0 && required_rank != 0) {
    return actual_rank >= required_rank;
  }
  return !actual.empty() && actual == required;
}

IdentityClaims validateIdToken(std::string_view jwt, const Discovery& discovery,
                               const ProviderConfig& config, std::string_view jwks_json,
                               std::string_view expected_nonce, std::int64_t now_seconds) {
  if (jwt.empty() || jwt.size() > kMaxTokenBytes ||
      std::count(jwt.begin(), jwt.end(), '.') != 2) {
    reject("signature", "not a compact JWS");
  }
  cjose_err err{};
  JwsPtr jws(cjose_jws_import(jwt.data(), jwt.size(), &err));
  if (!jws) {
    reject("signature", "JWS parse failed: " + cjoseMessage(err));
  }
  cjose_header_t* header = cjose_jws_get_protected(jws.get());
  const char* alg = header != nullptr ? cjose_header_get(header, CJOSE_HDR_ALG, &err) : nullptr;
  if (alg == nullptr) {
    reject("signature", "no alg");
  }
  const AlgorithmRule* rule = ruleFor(alg);
  if (rule == nullptr) {
    reject("signature", "alg " + std::string(alg) + " not accepted");
  }
  // We implement no JWS extensions, so a critical one means we cannot validate (RFC 7515 §4.1.11).
  if (char* crit = cjose_header_get_raw(header, "crit", &err); crit != nullptr) {
    cjose_get_dealloc()(crit);
    reject("signature", "crit header present");
  }
  std::optional<std::string> kid;
  if (const char* kid_text = cjose_header_get(header, CJOSE_HDR_KID, &err)) {
    kid = kid_text;
  }

  const auto keys = detail::parseJwks(jwks_json);
  const detail::JwkEntry& entry = selectKey(keys, kid, *rule);
  const JwkPtr jwk = importKey(entry, *rule);
  if (!cjose_jws_verify(jws.get(), jwk.get(), &err)) {
    reject("signature", "signature does not verify: " + cjoseMessage(err));
  }
  std::uint8_t* payload = nullptr;
  std::size_t payload_size = 0;
  if (!cjose_jws_get_plaintext(jws.get(), &payload, &payload_size, &err)) {
    reject("signature", "no payload: " + cjoseMessage(err));
  }
  // Only now, with the signature verified, is the payload worth reading.
  const detail::RawClaims claims = detail::parseClaims(
      std::string_view(reinterpret_cast<const char*>(payload), payload_size));

  if (!claims.iss || *claims.iss != discovery.issuer || discovery.issuer != config.issuer) {
    reject("issuer", "iss mismatch");
  }
  if (std::find(claims.aud.begin(), claims.aud.end(), config.client_id) == claims.aud.end()) {
    reject("audience", "client_id not in aud");
  }
  if ((claims.aud.size() > 1 || claims.azp) && claims.azp != config.client_id) {
    reject("audience", "azp is not client_id");
  }
  const std::int64_t skew = config.clock_skew.count();
  if (!claims.exp || *claims.exp <= now_seconds - skew) {
    reject("expired", claims.exp ? "exp passed" : "no exp");
  }
  if (!claims.iat || *claims.iat > now_seconds + skew) {
    reject("issued_at", claims.iat ? "iat in the future" : "no iat");
  }
  if (claims.nbf && *claims.nbf > now_seconds + skew) {
    reject("issued_at", "nbf in the future");
  }
  if (expected_nonce.empty() || !claims.nonce ||
      !crypto::constantTimeEquals(*claims.nonce, expected_nonce)) {
    reject("nonce", "nonce mismatch");
  }
  if (config.required_acr && !(claims.acr && acrSatisfies(*claims.acr, *config.required_acr))) {
    reject("acr", "acr " + claims.acr.value_or("(none)") + " below " + *config.required_acr);
  }
  if (!claims.sub || claims.sub->empty() || claims.sub->size() > 255) {
    reject("malformed", "sub missing or too long");
  }

  IdentityClaims identity;
  identity.subject = *claims.sub;
  identity.issuer = *claims.iss;
  identity.email = claims.email;
  identity.email_verified = claims.email_verified;
  identity.acr = claims.acr;
  identity.auth_time = claims.auth_time.value_or(0);
  if (claims.name && !claims.name->empty()) {
    identity.name = claims.name;
  } else if (claims.given_name || claims.family_name) {
    std::string joined = claims.given_name.value_or("");
    if (claims.family_name) {
      joined += (joined.empty() ? "" : " ") + *claims.family_name;
    }
    identity.name = joined;
  }
  return identity;
}

}  // namespace masseflyt::auth::oidc
