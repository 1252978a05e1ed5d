#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// OpenID Connect relying party: authorization code flow with PKCE (S256), `state` and `nonce`,
/// ID token validated against the provider's JWKS. Works with ID-porten and any standard provider
/// (e.g. Entra ID). It knows nothing about sessions or pages: the caller keeps the
/// AuthorizationRequest server-side between beginLogin and completeLogin.
///
/// Every failure is a masseflyt::Error with a key `oidc.error.<reason>` (texts in oidc.nb.txt):
///   Unauthorized: state, nonce, signature, issuer, audience, expired, issued_at, acr, malformed,
///                 token_endpoint (the provider refused the code, e.g. reused or expired)
///   Unavailable:  discovery (metadata or JWKS unreachable/invalid), token_endpoint (network
///                 error or 5xx) — an outage at the provider is not the user's fault.
namespace masseflyt::auth::oidc {

struct ProviderConfig {
  /// Exactly as the provider states it, e.g. "https://idporten.no" (no trailing slash).
  std::string issuer;
  std::string client_id;
  /// Sent with HTTP Basic (client_secret_basic). Empty: a public client, client_id in the form.
  std::string client_secret;
  std::string redirect_uri;
  std::vector<std::string> scopes{"openid", "profile"};
  /// Requested as `acr_values` and enforced on the ID token, e.g. "idporten-loa-substantial".
  std::optional<std::string> required_acr;
  std::chrono::seconds clock_skew{60};
  /// `ui_locales` sent to the provider; empty omits it.
  std::string ui_locales{"nb"};
};

struct Discovery {
  std::string issuer, authorization_endpoint, token_endpoint, jwks_uri;
  std::optional<std::string> end_session_endpoint;
  /// RFC 9207: the provider adds `iss` to the authorization response, so completeLogin requires it.
  bool authorization_response_iss_parameter_supported = false;
};

/// What the caller must store server-side (session row) until the callback; never in the browser.
struct AuthorizationRequest {
  std::string url;  // redirect the browser here
  std::string state;
  std::string nonce;
  std::string code_verifier;
};

struct IdentityClaims {
  std::string subject;
  std::string issuer;
  std::optional<std::string> name, email, acr;
  /// The provider vouches for `email` (claim `email_verified` is the JSON boolean true).
  bool email_verified = false;
  std::int64_t auth_time = 0;  // 0 when the provider did not send it
};

/// Outgoing HTTP as a port, so tests can put a fake provider or a tampering proxy in between.
class HttpFetcher {
 public:
  virtual ~HttpFetcher() = default;
  /// Returns (status, body); throws masseflyt::Error(Unavailable, ...) on network failure.
  virtual std::pair<int, std::string> get(const std::string& url) = 0;
  /// application/x-www-form-urlencoded POST. `basic_auth` (user, password) is sent verbatim as
  /// HTTP Basic; the caller encodes per RFC 6749 §2.3.1 first.
  virtual std::pair<int, std::string> postForm(
      const std::string& url, const std::vector<std::pair<std::string, std::string>>& form,
      const std::optional<std::pair<std::string, std::string>>& basic_auth) = 0;
};

/// platform/outbound: TLS verification on, connect and total timeouts, no redirects followed (a
/// token endpoint that redirects must not get the code replayed elsewhere), responses capped at
/// 1 MiB. Only https, except plain http to a literal loopback address (127.0.0.0/8, [::1]): the
/// traffic never leaves the machine, which is what the end-to-end tests against a local provider
/// need; any other http URL is refused before a connection is made.
std::unique_ptr<HttpFetcher> makeCurlFetcher(std::chrono::milliseconds timeout);


class Client {
 public:
  /// Discovery (`<issuer>/.well-known/openid-configuration`) is fetched lazily and cached for
  /// 24 h; the JWKS is cached too and re-fetched once when a token names an unknown `kid`
  /// (at most once a minute, so forged kids cannot make us hammer the provider).
  /// `now_seconds` is the clock (unix seconds); empty means the system clock.
  Client(ProviderConfig config, HttpFetcher& fetcher,
         std::function<std::int64_t()> now_seconds = {});
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  /// Fresh state, nonce (256-bit, base64url) and PKCE verifier; the URL carries the S256
  /// challenge, and `acr_values` when required_acr is configured.
  AuthorizationRequest beginLogin();

  /// The callback: checks `returned_state` against `stored.state` (constant time) before anything
  /// else, then redeems the code with the verifier and validates the ID token.
  /// `returned_iss` is the callback's `iss` query parameter (RFC 9207, mix-up defence): when
  /// given it must equal the issuer, and when the provider advertises support it is required.
  /// The caller must delete the stored request whatever the outcome (one use only).
  IdentityClaims completeLogin(std::string_view code, std::string_view returned_state,
                               const AuthorizationRequest& stored,
                               std::optional<std::string_view> returned_iss = std::nullopt);

  /// The (cached) provider metadata, e.g. for end_session_endpoint at logout.
  Discovery discovery();

  const ProviderConfig& config() const noexcept { return config_; }

 private:
  struct Cache;
  std::string jwksFor(std::string_view id_token, const Discovery& discovery);

  ProviderConfig config_;
  HttpFetcher& fetcher_;
  std::function<std::int64_t()> now_;
  std::unique_ptr<Cache> cache_;
};

/// Validates an ID token and returns its identity. Pure (no I/O, clock passed in), so every rule
/// is unit tested: signature with the JWKS key named by `kid` (RS256/384/512, PS256/384/512,
/// ES256/384/512 only; `none` and HS* always refused; the header alg must fit the key's type and
/// curve and equal the key's `alg` when it has one; RSA keys below 2048 bits refused), then
/// `iss` exact, `aud` contains client_id (`azp` must equal client_id when present, and must be
/// present with several audiences), `exp` > now − skew, `iat` (and `nbf`) ≤ now + skew, `nonce`
/// equal (constant time), `acr` at least required_acr.
IdentityClaims validateIdToken(std::string_view jwt, const Discovery& discovery,
                               const ProviderConfig& config, std::string_view jwks_json,
                               std::string_view expected_nonce, std::int64_t now_seconds);

/// Whether `actual` satisfies `required`. ID-porten levels are ordered (idporten-loa-low <
/// -substantial < -high; the legacy Level3/Level4 map to substantial/high); any other value must
/// match exactly.
bool acrSatisfies(std::string_view actual, std::string_view required);

}  // namespace masseflyt::auth::oidc
