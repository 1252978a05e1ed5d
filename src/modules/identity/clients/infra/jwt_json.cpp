#include <boost/json.hpp>

#include "modules/identity/clients/infra/jwt_json.hpp"

namespace masseflyt::identity::clients::json {
namespace bj = boost::json;
namespace {

std::optional<bj::object> parseObject(std::string_view text) {
  boost::system::error_code ec;
  auto value = bj::parse(bj::string_view(text.data(), text.size()), ec);
  if (ec || !value.is_object()) return std::nullopt;
  return std::move(value.as_object());
}

std::string stringMember(const bj::object& object, std::string_view name) {
  const auto* value = object.if_contains(bj::string_view(name.data(), name.size()));
  if (value == nullptr || !value->is_string()) return {};
  return std::string(value->as_string());
}

std::optional<std::string> optionalString(const bj::object& object, std::string_view name) {
  const auto* value = object.if_contains(bj::string_view(name.data(), name.size()));
  if (value == nullptr || !value->is_string()) return std::nullopt;
  return std::string(value->as_string());
}

// NumericDate (RFC 7519 §2): an integer number of seconds; a JSON double with no fraction is
// accepted as well because some issuers serialise that way.
std::optional<std::int64_t> numericDate(const bj::object& object, std::string_view name) {
  const auto* value = object.if_contains(bj::string_view(name.data(), name.size()));
  if (value == nullptr) return std::nullopt;
  if (value->is_int64()) return value->as_int64();
  if (value->is_uint64() && value->as_uint64() < (1ULL << 62)) {
    return static_cast<std::int64_t>(value->as_uint64());
  }
  if (value->is_double()) {
    const double d = value->as_double();
    if (d >= 0 && d < 1e15 && d == static_cast<double>(static_cast<std::int64_t>(d))) {
      return static_cast<std::int64_t>(d);
    }
  }
  return std::nullopt;
}

}  // namespace

std::string withKeyMetadata(std::string_view jwk, std::string_view kid, std::string_view alg) {
  auto object = parseObject(jwk).value_or(bj::object{});
  object["kid"] = bj::string_view(kid.data(), kid.size());
  object["alg"] = bj::string_view(alg.data(), alg.size());
  object["use"] = "sig";
  return bj::serialize(object);
}

std::optional<KeyMetadata> keyMetadata(std::string_view jwk) {
  const auto object = parseObject(jwk);
  if (!object) return std::nullopt;
  KeyMetadata out{stringMember(*object, "kty"), stringMember(*object, "kid"),
                  stringMember(*object, "alg"), stringMember(*object, "use")};
  if (out.kty.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> findKey(std::string_view jwks_text, std::string_view kid) {
  const auto object = parseObject(jwks_text);
  if (!object) return std::nullopt;
  const auto* keys = object->if_contains("keys");
  if (keys == nullptr || !keys->is_array()) return std::nullopt;
  std::optional<std::string> found;
  for (const auto& key : keys->as_array()) {
    if (!key.is_object() || stringMember(key.as_object(), "kid") != kid) continue;
    if (found) return std::nullopt;  // a duplicated kid makes the set ambiguous
    found = bj::serialize(key);
  }
  return found;
}

std::string jwks(const std::vector<std::string>& public_jwks) {
  bj::array keys;
  for (const auto& jwk : public_jwks) {
    if (auto object = parseObject(jwk)) keys.push_back(std::move(*object));
  }
  return bj::serialize(bj::object{{"keys", std::move(keys)}});
}

std::string accessTokenPayload(const AccessTokenClaims& claims) {
  bj::object payload{
      {"iss", claims.issuer},
      {"sub", claims.subject},
      {"aud", claims.audience},
      {"iat", claims.issued_at},
      {"nbf", claims.issued_at},
      {"exp", claims.expires_at},
      {"jti", claims.jti},
      {"scope", claims.scope},
      {"client_id", claims.subject},
      {"consumer", bj::object{{"authority", "iso6523-actorid-upis"},
                              {"ID", "0192:" + claims.organisation_number}}},
  };
  return bj::serialize(payload);
}

std::optional<Claims> parseClaims(std::string_view payload) {
  const auto object = parseObject(payload);
  if (!object) return std::nullopt;
  Claims claims;
  claims.iss = optionalString(*object, "iss");
  claims.sub = optionalString(*object, "sub");
  claims.jti = optionalString(*object, "jti");
  claims.scope = optionalString(*object, "scope");
  claims.client_id = optionalString(*object, "client_id");
  claims.iat = numericDate(*object, "iat");
  claims.exp = numericDate(*object, "exp");
  claims.nbf = numericDate(*object, "nbf");
  if (const auto* aud = object->if_contains("aud")) {
    if (aud->is_string()) {
      claims.aud.emplace_back(aud->as_string());
    } else if (aud->is_array()) {
      for (const auto& entry : aud->as_array()) {
        if (entry.is_string()) claims.aud.emplace_back(entry.as_string());
      }
    }
  }
  if (const auto* consumer = object->if_contains("consumer"); consumer && consumer->is_object()) {
    const auto& c = consumer->as_object();
    if (stringMember(c, "authority") == "iso6523-actorid-upis") {
      claims.consumer_id = optionalString(c, "ID");
    }
  }
  return claims;
}

std::string tokenResponse(std::string_view access_token, std::int64_t expires_in,
                          std::string_view scope) {
  return bj::serialize(bj::object{
      {"access_token", bj::string_view(access_token.data(), access_token.size())},
      {"token_type", "Bearer"},
      {"expires_in", expires_in},
      {"scope", bj::string_view(scope.data(), scope.size())},
  });
}

std::string oauthError(std::string_view code, std::string_view description) {
  return bj::serialize(bj::object{
      {"error", bj::string_view(code.data(), code.size())},
      {"error_description", bj::string_view(description.data(), description.size())},
  });
}

}  // namespace masseflyt::identity::clients::json
