// The JSON the relying party reads: the one place in auth/oidc that sees Boost.JSON.
#include <boost/json.hpp>
#include <cmath>
#include <limits>

#include "platform/auth/oidc/oidc_json.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::auth::oidc::detail {
namespace json = boost::json;

namespace {

[[noreturn]] void discoveryError(std::string detail) {
  throw Error(ErrorKind::Unavailable, "oidc.error.discovery", std::move(detail));
}

[[noreturn]] void malformed(std::string detail) {
  throw Error(ErrorKind::Unauthorized, "oidc.error.malformed", std::move(detail));
}

std::optional<json::value> parse(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec) {
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> optionalString(const json::object& object, std::string_view key,
                                          void (*fail)(std::string)) {
  const json::value* value = object.if_contains(key);
  if (value == nullptr || value->is_null()) {
    return std::nullopt;
  }
  if (!value->is_string()) {
    fail(std::string(key) + " is not a string");
  }
  return std::string(value->as_string());
}

std::optional<std::int64_t> optionalSeconds(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  if (value == nullptr || value->is_null()) {
    return std::nullopt;
  }
  if (value->is_int64()) {
    return value->as_int64();
  }
  if (value->is_uint64()) {
    if (value->as_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      malformed(std::string(key) + " out of range");
    }
    return static_cast<std::int64_t>(value->as_uint64());
  }
  // NumericDate may legally be non-integer (RFC 7519 §2); round down, range checked.
  if (value->is_double()) {
    const double d = value->as_double();
    if (!std::isfinite(d) || d < -9.0e15 || d > 9.0e15) {
      malformed(std::string(key) + " out of range");
    }
    return static_cast<std::int64_t>(std::floor(d));
  }
  malformed(std::string(key) + " is not a number");
}

}  // namespace

Discovery parseDiscovery(std::string_view text) {
  const auto value = parse(text);
  if (!value || !value->is_object()) {
    discoveryError("metadata is not a JSON object");
  }
  const json::object& object = value->as_object();
  auto required = [&](std::string_view key) {
    auto result = optionalString(object, key, &discoveryError);
    if (!result || result->empty()) {
      discoveryError("metadata lacks " + std::string(key));
    }
    return *result;
  };
  Discovery discovery;
  discovery.issuer = required("issuer");
  discovery.authorization_endpoint = required("authorization_endpoint");
  discovery.token_endpoint = required("token_endpoint");
  discovery.jwks_uri = required("jwks_uri");
  discovery.end_session_endpoint = optionalString(object, "end_session_endpoint", &discoveryError);
  if (const json::value* flag = object.if_contains("authorization_response_iss_parameter_supported")) {
    discovery.authorization_response_iss_parameter_supported = flag->is_bool() && flag->as_bool();
  }
  return discovery;
}

std::vector<JwkEntry> parseJwks(std::string_view text) {
  const auto value = parse(text);
  if (!value || !value->is_object()) {
    discoveryError("JWKS is not a JSON object");
  }
  const json::value* keys = value->as_object().if_contains("keys");
  if (keys == nullptr || !keys->is_array()) {
    discoveryError("JWKS lacks a keys array");
  }
  std::vector<JwkEntry> entries;
  for (const json::value& key : keys->as_array()) {
    if (!key.is_object()) {
      continue;
    }
    const json::object& object = key.as_object();
    auto member = [&](std::string_view name) {
      const json::value* member_value = object.if_contains(name);
      return member_value != nullptr && member_value->is_string()
                 ? std::string(member_value->as_string())
                 : std::string();
    };
    entries.push_back(JwkEntry{member("kid"), member("kty"), member("alg"), member("use"),
                               member("crv"), json::serialize(object)});
  }
  return entries;
}

RawClaims parseClaims(std::string_view text) {
  const auto value = parse(text);
  if (!value || !value->is_object()) {
    malformed("claims are not a JSON object");
  }
  const json::object& object = value->as_object();
  RawClaims claims;
  claims.iss = optionalString(object, "iss", &malformed);
  claims.sub = optionalString(object, "sub", &malformed);
  claims.azp = optionalString(object, "azp", &malformed);
  claims.nonce = optionalString(object, "nonce", &malformed);
  claims.acr = optionalString(object, "acr", &malformed);
  claims.name = optionalString(object, "name", &malformed);
  claims.given_name = optionalString(object, "given_name", &malformed);
  claims.family_name = optionalString(object, "family_name", &malformed);
  claims.email = optionalString(object, "email", &malformed);
  // Only the boolean true counts: a string "true" or anything else is not a promise to rely on.
  if (const json::value* verified = object.if_contains("email_verified")) {
    claims.email_verified = verified->is_bool() && verified->as_bool();
  }
  if (const json::value* aud = object.if_contains("aud")) {
    if (aud->is_string()) {
      claims.aud.emplace_back(aud->as_string());
    } else if (aud->is_array()) {
      for (const json::value& entry : aud->as_array()) {
        if (!entry.is_string()) {
          malformed("aud entry is not a string");
        }
        claims.aud.emplace_back(entry.as_string());
      }
    } else {
      malformed("aud is neither a string nor an array");
    }
  }
  claims.exp = optionalSeconds(object, "exp");
  claims.iat = optionalSeconds(object, "iat");
  claims.nbf = optionalSeconds(object, "nbf");
  claims.auth_time = optionalSeconds(object, "auth_time");
  return claims;
}

std::string parseTokenResponse(std::string_view text) {
  const auto value = parse(text);
  if (!value || !value->is_object()) {
    throw Error(ErrorKind::Unauthorized, "oidc.error.token_endpoint", "response is not JSON");
  }
  const json::value* token = value->as_object().if_contains("id_token");
  if (token == nullptr || !token->is_string() || token->as_string().empty()) {
    throw Error(ErrorKind::Unauthorized, "oidc.error.token_endpoint", "response lacks id_token");
  }
  return std::string(token->as_string());
}

}  // namespace masseflyt::auth::oidc::detail
