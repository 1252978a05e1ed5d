// The relying party flow: discovery and JWKS caching, the authorization request and the code
// exchange. Token validation itself is in id_token.cpp.
#include <chrono>
#include <mutex>

#include "platform/core/text.hpp"
#include "platform/auth/oidc/oidc.hpp"
#include "platform/auth/oidc/oidc_internal.hpp"
#include "platform/outbound/http_client.hpp"
#include "platform/auth/oidc/oidc_json.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/random.hpp"

namespace masseflyt::auth::oidc {
namespace {

// Digdir recommends caching ID-porten metadata about a day; keys rotate with overlap, and an
// unknown kid triggers an early refresh anyway.
constexpr std::int64_t kMetadataMaxAge = 24 * 60 * 60;
// After a failed refresh we keep serving the cached copy and try again this much later.
constexpr std::int64_t kRetryAfterFailure = 5 * 60;
// Unknown-kid refreshes are rate-limited: a stream of tokens with made-up kids must not turn
// us into a load generator against the provider.
constexpr std::int64_t kMinJwksRefreshInterval = 60;
constexpr std::size_t kMaxCodeBytes = 4096;

std::int64_t systemNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Endpoints must be https; plain http is accepted only on loopback, and only when the issuer
// itself is a loopback http URL (the local test provider), never as a downgrade of a real one.
bool endpointAllowed(std::string_view url, std::string_view issuer) {
  if (startsWith(url, "https://")) {
    return true;
  }
  return startsWith(issuer, "http://") && outbound::isLoopbackUrl(issuer) && startsWith(url, "http://") &&
         outbound::isLoopbackUrl(url);
}

void appendParam(std::string& url, bool& first, std::string_view name, std::string_view value) {
  url += first ? "" : "&";
  first = false;
  url += name;
  url += '=';
  url += text::percentEncode(value);
}

}  // namespace

struct Client::Cache {
  std::mutex mutex;
  std::optional<Discovery> discovery;
  std::int64_t discovery_fetched_at = 0;
  std::optional<std::string> jwks;
  std::int64_t jwks_fetched_at = 0;
};

Client::Client(ProviderConfig config, HttpFetcher& fetcher,
               std::function<std::int64_t()> now_seconds)
    : config_(std::move(config)),
      fetcher_(fetcher),
      now_(now_seconds ? std::move(now_seconds) : std::function<std::int64_t()>(&systemNow)),
      cache_(std::make_unique<Cache>()) {
  if (config_.issuer.empty() || config_.client_id.empty() || config_.redirect_uri.empty()) {
    throw Error(ErrorKind::Internal, "oidc.error.config",
                "issuer, client_id and redirect_uri must be configured");
  }
}

Client::~Client() = default;

Discovery Client::discovery() {
  const std::lock_guard lock(cache_->mutex);
  const std::int64_t now = now_();
  if (cache_->discovery && now - cache_->discovery_fetched_at < kMetadataMaxAge) {
    return *cache_->discovery;
  }
  std::string url = config_.issuer;
  if (!url.empty() && url.back() == '/') {
    url.pop_back();
  }
  url += "/.well-known/openid-configuration";
  try {
    if (!endpointAllowed(url, config_.issuer)) {
      throw Error(ErrorKind::Unavailable, "oidc.error.discovery", "issuer must be https");
    }
    auto [status, body] = fetcher_.get(url);
    if (status != 200) {
      throw Error(ErrorKind::Unavailable, "oidc.error.discovery",
                  "metadata status " + std::to_string(status));
    }
    Discovery fetched = detail::parseDiscovery(body);
    // OpenID Connect Discovery §4.3: the metadata must name exactly the issuer we asked.
    if (fetched.issuer != config_.issuer) {
      throw Error(ErrorKind::Unavailable, "oidc.error.discovery", "metadata issuer mismatch");
    }
    for (const std::string* endpoint :
         {&fetched.authorization_endpoint, &fetched.token_endpoint, &fetched.jwks_uri}) {
      if (!endpointAllowed(*endpoint, config_.issuer)) {
        throw Error(ErrorKind::Unavailable, "oidc.error.discovery", "endpoint not https");
      }
    }
    cache_->discovery = std::move(fetched);
    cache_->discovery_fetched_at = now;
    return *cache_->discovery;
  } catch (const Error& error) {
    if (cache_->discovery) {
      cache_->discovery_fetched_at = now - kMetadataMaxAge + kRetryAfterFailure;
      return *cache_->discovery;
    }
    throw Error(ErrorKind::Unavailable, "oidc.error.discovery", error.detail());
  }
}

std::string Client::jwksFor(std::string_view id_token, const Discovery& discovery) {
  const std::lock_guard lock(cache_->mutex);
  const std::int64_t now = now_();
  bool refresh = !cache_->jwks || now - cache_->jwks_fetched_at >= kMetadataMaxAge;
  if (!refresh && now - cache_->jwks_fetched_at >= kMinJwksRefreshInterval) {
    const auto kid = detail::unverifiedKeyId(id_token);
    refresh = kid && !detail::jwksContainsKeyId(*cache_->jwks, *kid);
  }
  if (!refresh) {
    return *cache_->jwks;
  }
  // Counted as an attempt whether or not it succeeds, so failures are rate-limited too.
  cache_->jwks_fetched_at = now;
  try {
    auto [status, body] = fetcher_.get(discovery.jwks_uri);
    if (status != 200) {
      throw Error(ErrorKind::Unavailable, "oidc.error.discovery",
                  "JWKS status " + std::to_string(status));
    }
    detail::parseJwks(body);  // refuse to cache something that is not a key set
    cache_->jwks = std::move(body);
  } catch (const Error& error) {
    if (!cache_->jwks) {
      throw Error(ErrorKind::Unavailable, "oidc.error.discovery", error.detail());
    }
  }
  return *cache_->jwks;
}

AuthorizationRequest Client::beginLogin() {
  const Discovery metadata = discovery();
  AuthorizationRequest request;
  request.state = crypto::randomToken(32);
  request.nonce = crypto::randomToken(32);
  request.code_verifier = crypto::randomToken(32);  // 43 characters, RFC 7636 §4.1
  const std::string challenge = crypto::base64UrlEncode(crypto::sha256(request.code_verifier));

  std::string scope;
  for (const auto& entry : config_.scopes) {
    scope += (scope.empty() ? "" : " ") + entry;
  }
  request.url = metadata.authorization_endpoint;
  request.url += request.url.find('?') == std::string::npos ? '?' : '&';
  bool first = true;
  appendParam(request.url, first, "response_type", "code");
  appendParam(request.url, first, "client_id", config_.client_id);
  appendParam(request.url, first, "redirect_uri", config_.redirect_uri);
  appendParam(request.url, first, "scope", scope);
  appendParam(request.url, first, "state", request.state);
  appendParam(request.url, first, "nonce", request.nonce);
  appendParam(request.url, first, "code_challenge", challenge);
  appendParam(request.url, first, "code_challenge_method", "S256");
  if (config_.required_acr) {
    appendParam(request.url, first, "acr_values", *config_.required_acr);
  }
  if (!config_.ui_locales.empty()) {
    appendParam(request.url, first, "ui_locales", config_.ui_locales);
  }
  return request;
}

IdentityClaims Client::completeLogin(std::string_view code, std::string_view returned_state,
                                     const AuthorizationRequest& stored,
                                     std::optional<std::string_view> returned_iss) {
  // Before anything else: a callback that does not belong to the login we started (CSRF, a
  // replayed or injected code) must not reach the token endpoint.
  if (stored.state.empty() || !crypto::constantTimeEquals(returned_state, stored.state)) {
    throw Error(ErrorKind::Unauthorized, "oidc.error.state", "state mismatch");
  }
  if (code.empty() || code.size() > kMaxCodeBytes || stored.code_verifier.empty() ||
      stored.nonce.empty()) {
    throw Error(ErrorKind::Unauthorized, "oidc.error.token_endpoint", "no usable code");
  }
  const Discovery metadata = discovery();
  if (returned_iss ? *returned_iss != metadata.issuer
                   : metadata.authorization_response_iss_parameter_supported) {
    throw Error(ErrorKind::Unauthorized, "oidc.error.issuer", "authorization response iss");
  }

  std::vector<std::pair<std::string, std::string>> form{
      {"grant_type", "authorization_code"},
      {"code", std::string(code)},
      {"redirect_uri", config_.redirect_uri},
      {"code_verifier", stored.code_verifier},
  };
  std::optional<std::pair<std::string, std::string>> basic;
  if (config_.client_secret.empty()) {
    form.emplace_back("client_id", config_.client_id);
  } else {
    basic.emplace(text::percentEncode(config_.client_id),
                  text::percentEncode(config_.client_secret));
  }
  std::pair<int, std::string> response;
  try {
    response = fetcher_.postForm(metadata.token_endpoint, form, basic);
  } catch (const Error& error) {
    throw Error(ErrorKind::Unavailable, "oidc.error.token_endpoint", error.detail());
  }
  const auto& [status, body] = response;
  if (status >= 400 && status < 500) {
    // invalid_grant and friends: a used, expired or foreign code, or a wrong verifier.
    throw Error(ErrorKind::Unauthorized, "oidc.error.token_endpoint",
                "token endpoint status " + std::to_string(status));
  }
  if (status != 200) {
    throw Error(ErrorKind::Unavailable, "oidc.error.token_endpoint",
                "token endpoint status " + std::to_string(status));
  }
  const std::string id_token = detail::parseTokenResponse(body);
  const std::string jwks = jwksFor(id_token, metadata);
  return validateIdToken(id_token, metadata, config_, jwks, stored.nonce, now_());
}

}  // namespace masseflyt::auth::oidc
