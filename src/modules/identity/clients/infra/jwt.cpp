// Every rule that decides whether a signature is trusted lives in this file.
#include "modules/identity/clients/infra/jwt.hpp"

#include <cjose/cjose.h>

#include <algorithm>
#include <memory>

#include "modules/identity/clients/infra/jwt_json.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::identity::clients::jwt {
namespace {

struct JwsDeleter {
  void operator()(cjose_jws_t* jws) const { cjose_jws_release(jws); }
};
struct JwkDeleter {
  void operator()(cjose_jwk_t* jwk) const { cjose_jwk_release(jwk); }
};
struct HeaderDeleter {
  void operator()(cjose_header_t* header) const { cjose_header_release(header); }
};
struct TextDeleter {
  void operator()(char* text) const { cjose_get_dealloc()(text); }
};
using JwsPtr = std::unique_ptr<cjose_jws_t, JwsDeleter>;
using JwkPtr = std::unique_ptr<cjose_jwk_t, JwkDeleter>;
using HeaderPtr = std::unique_ptr<cjose_header_t, HeaderDeleter>;
using TextPtr = std::unique_ptr<char, TextDeleter>;

constexpr long kMinRsaBits = 2048;

JwsPtr importJws(std::string_view token) {
  if (token.empty() || token.size() > kMaxTokenBytes ||
      std::count(token.begin(), token.end(), '.') != 2) {
    return nullptr;
  }
  cjose_err err{};
  return JwsPtr(cjose_jws_import(token.data(), token.size(), &err));
}

[[noreturn]] void signingFailed(const cjose_err& err) {
  throw Error(ErrorKind::Internal, "clients.error.signing",
              err.message != nullptr ? err.message : "cjose");
}

}  // namespace

KeyPair generateEs256Key(std::string kid) {
  cjose_err err{};
  JwkPtr key(cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, &err));
  if (!key) signingFailed(err);
  TextPtr public_json(cjose_jwk_to_json(key.get(), false, &err));
  TextPtr private_json(cjose_jwk_to_json(key.get(), true, &err));
  if (!public_json || !private_json) signingFailed(err);
  KeyPair pair;
  pair.public_jwk = json::withKeyMetadata(public_json.get(), kid, "ES256");
  pair.private_jwk = json::withKeyMetadata(private_json.get(), kid, "ES256");
  pair.kid = std::move(kid);
  return pair;
}

std::string signEs256(std::string_view private_jwk, std::string_view kid,
                      std::string_view payload_json) {
  cjose_err err{};
  JwkPtr key(cjose_jwk_import(private_jwk.data(), private_jwk.size(), &err));
  if (!key || cjose_jwk_get_kty(key.get(), &err) != CJOSE_JWK_KTY_EC) signingFailed(err);
  HeaderPtr header(cjose_header_new(&err));
  const std::string kid_text(kid);
  if (!header || !cjose_header_set(header.get(), CJOSE_HDR_ALG, CJOSE_HDR_ALG_ES256, &err) ||
      !cjose_header_set(header.get(), CJOSE_HDR_KID, kid_text.c_str(), &err) ||
      !cjose_header_set(header.get(), "typ", "at+jwt", &err)) {
    signingFailed(err);
  }
  JwsPtr jws(cjose_jws_sign(key.get(), header.get(),
                            reinterpret_cast<const std::uint8_t*>(payload_json.data()),
                            payload_json.size(), &err));
  if (!jws) signingFailed(err);
  const char* compact = nullptr;
  if (!cjose_jws_export(jws.get(), &compact, &err) || compact == nullptr) signingFailed(err);
  return compact;
}

std::optional<UnverifiedHeader> unverifiedHeader(std::string_view token) {
  const JwsPtr jws = importJws(token);
  if (!jws) return std::nullopt;
  cjose_err err{};
  cjose_header_t* header = cjose_jws_get_protected(jws.get());
  if (header == nullptr) return std::nullopt;
  UnverifiedHeader out;
  if (const char* alg = cjose_header_get(header, CJOSE_HDR_ALG, &err)) out.alg = alg;
  if (const char* kid = cjose_header_get(header, CJOSE_HDR_KID, &err)) out.kid = kid;
  return out;
}

std::optional<std::string> unverifiedPayload(std::string_view token) {
  const JwsPtr jws = importJws(token);
  if (!jws) return std::nullopt;
  cjose_err err{};
  std::uint8_t* payload = nullptr;
  std::size_t size = 0;
  if (!cjose_jws_get_plaintext(jws.get(), &payload, &size, &err)) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(payload), size);
}

std::optional<std::string> verify(std::string_view token, std::string_view public_jwk) {
  const JwsPtr jws = importJws(token);
  if (!jws) return std::nullopt;
  cjose_err err{};
  cjose_header_t* header = cjose_jws_get_protected(jws.get());
  const char* alg_text = header != nullptr ? cjose_header_get(header, CJOSE_HDR_ALG, &err) : nullptr;
  if (alg_text == nullptr) return std::nullopt;
  const std::string alg(alg_text);
  // We implement no JWS extensions, so a critical one means we cannot validate (RFC 7515 §4.1.11).
  if (char* crit = cjose_header_get_raw(header, "crit", &err); crit != nullptr) {
    cjose_get_dealloc()(crit);
    return std::nullopt;
  }
  const auto metadata = json::keyMetadata(public_jwk);
  if (!metadata) return std::nullopt;
  if (!metadata->use.empty() && metadata->use != "sig") return std::nullopt;
  if (!metadata->alg.empty() && metadata->alg != alg) return std::nullopt;
  JwkPtr key(cjose_jwk_import(public_jwk.data(), public_jwk.size(), &err));
  if (!key) return std::nullopt;
  const auto kty = cjose_jwk_get_kty(key.get(), &err);
  if (alg == "ES256") {
    if (kty != CJOSE_JWK_KTY_EC || cjose_jwk_EC_get_curve(key.get(), &err) != CJOSE_JWK_EC_P_256) {
      return std::nullopt;
    }
  } else if (alg == "RS256") {
    if (kty != CJOSE_JWK_KTY_RSA || cjose_jwk_get_keysize(key.get(), &err) < kMinRsaBits) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (!cjose_jws_verify(jws.get(), key.get(), &err)) return std::nullopt;
  std::uint8_t* payload = nullptr;
  std::size_t size = 0;
  if (!cjose_jws_get_plaintext(jws.get(), &payload, &size, &err)) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(payload), size);
}

}  // namespace masseflyt::identity::clients::jwt
