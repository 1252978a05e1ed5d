#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/app/login.hpp"
#include "platform/auth/oidc/oidc.hpp"
#include "platform/db/database.hpp"

namespace masseflyt::web {
class Renderer;
}

// Login with OpenID Connect, independent of HTTP: the web layer passes the callback's query
// parameters and cookie values in and sets the cookies it gets back. Module-internal.
namespace masseflyt::identity::accounts {

/// A pending authorization request lives this long: enough to log in at the provider, short
/// enough that an abandoned one does not linger.
inline constexpr std::chrono::milliseconds kOidcPendingTimeout = std::chrono::minutes(10);

/// Starting logins is counted per client address, separately from failures: generous, since a
/// whole office behind one NAT logs in at eight, but a script cannot fill the pending table.
inline constexpr ThrottlePolicy kOidcStartThrottle{60, 300, std::chrono::minutes(15)};

/// "o:<sha256>": the throttle key for starting OIDC logins from one address.
std::string oidcStartThrottleKey(std::string_view remote_address);

struct OidcBegin {
  std::optional<std::int64_t> retry_after_seconds;  ///< set: throttled, nothing stored
  std::string url;                                  ///< otherwise: send the browser here
  std::string state;                                ///< for the browser-binding cookie
};

struct OidcCallback {
  std::string code, state;
  std::optional<std::string> iss;
  std::optional<std::string> error;  ///< the provider's `error` (the person cancelled, …)
  std::optional<std::string> browser_state;  ///< the state cookie set by begin, if it came back
};

struct OidcOutcome {
  enum class Kind {
    UnknownState,  ///< no pending login for this state (tampered, replayed or expired): 400
    Refused,       ///< the provider or the ID token said no: 400 with message_key
    Unavailable,   ///< the provider could not be reached: 503 with message_key
    Inactive,      ///< the account exists but is not active: 403
    Done,
  } kind = Kind::UnknownState;
  std::string message_key;
  std::optional<IssuedSession> session;  ///< Done: the new (rotated) active session
  std::string next;                      ///< Done: where to go (a safe relative path)
};

/// The OIDC login use cases around one configured provider (the Client caches discovery and JWKS).
class OidcLogin {
 public:
  OidcLogin(const OidcSettings& settings, std::unique_ptr<auth::oidc::HttpFetcher> fetcher);

  /// beginLogin, and the request stored server-side (state hashed) for 10 minutes.
  OidcBegin begin(db::Database& database, std::string_view next, std::string_view remote_address,
                  std::int64_t now_ms);

  /// The callback: takes (deletes) the pending request by state, checks the browser binding,
  /// completeLogin, then finds, links or creates the user and issues an active session in place
  /// of `previous`. Never stores a national identity number (`pid` is ignored).
  OidcOutcome complete(db::Database& database, const std::optional<repository::SessionRow>& previous,
                       const OidcCallback& callback, std::string_view remote_address,
                       std::int64_t now_ms);

 private:
  std::unique_ptr<auth::oidc::HttpFetcher> fetcher_;
  auth::oidc::Client client_;
};

/// GET /logg-inn/oidc and GET /logg-inn/oidc/tilbake (404 while OIDC is off).
void registerOidcRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                        const AccountsOptions& options);

}  // namespace masseflyt::identity::accounts
