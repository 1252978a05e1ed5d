#pragma once

#include <optional>
#include <string>

#include <chrono>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/accounts/domain/policy.hpp"
#include "platform/core/error.hpp"
#include "platform/db/database.hpp"
#include "platform/http/middleware.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}
namespace masseflyt::mail {
class Mailer;
}

// Local accounts, TOTP, server-side sessions and CSRF: what the rest of the binary may use.
namespace masseflyt::identity::accounts {

/// Login with OpenID Connect (ID-porten, Entra ID, any standard provider); see docs/drift.md.
struct OidcSettings {
  std::string issuer;  ///< empty: OIDC login is off and the login page shows no button
  std::string client_id;
  std::string client_secret;
  std::string required_acr;  ///< empty: no assurance level demanded
  std::string name;          ///< button label, e.g. "ID-porten"
  std::string redirect_uri;  ///< <public_base_url>/logg-inn/oidc/tilbake
  bool enabled() const { return !issuer.empty(); }
};

struct AccountsOptions {
  /// Behind TLS the cookie is `__Host-masseflyt_sesjon` with Secure; otherwise `masseflyt_sesjon`.
  bool secure_cookies = false;
  OidcSettings oidc{};
};

/// "__Host-masseflyt_sesjon" or "masseflyt_sesjon".
std::string_view sessionCookieName(bool secure);

/// The name a person goes by, for pages that show who did something (the audit log); a fixed
/// "deleted user" text for an anonymised account, nullopt for an unknown id.
std::optional<std::string> displayName(db::Database& database, const std::string& user_id);
/// The e-mail address of an active account, for notices the person asked for; nullopt for an
/// unknown, disabled or anonymised account (nothing is sent to those).
std::optional<std::string> activeEmail(db::Database& database, const std::string& user_id);

/// The session middleware, to run in EdgeOptions::app_middlewares (after error mapping): loads the
/// principal of an active session into Request::principal (expired sessions count as anonymous;
/// last_seen refreshed at most once a minute), refuses every POST/PUT/PATCH/DELETE whose
/// `csrf_token` form field or `X-CSRF-Token` header does not equal its session's token with 403,
/// and turns "login required" on a page GET into 303 /logg-inn?neste=<path> (and "step-up
/// required" into 303 /konto/bekreft?neste=<path>).
std::vector<http::Middleware> middlewares(db::Database& database, AccountsOptions options);

/// /logg-inn, /logg-inn/totp, /logg-ut, /konto, /konto/totp, /konto/bekreft,
/// /konto/logg-ut-overalt and GET /api/v1/meg.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    AccountsOptions options);

/// "Mine data" (web/my_data_routes.cpp): /konto/mine-data (+ .json, /slett), /konto/slettet,
/// GET /api/v1/meg/data and DELETE /api/v1/meg. Called by registerRoutes.
void registerMyDataRoutes(http::Router& router, db::Database& database,
                          const web::Renderer& renderer, AccountsOptions options);

/// Password reset by e-mail link (web/password_reset_routes.cpp).
struct PasswordResetOptions {
  bool secure_cookies = false;
  /// Links in the e-mail start with this (config public_base_url).
  std::string public_base_url;
  /// nullptr: e-mail is not configured; the page says so and nothing is sent.
  std::shared_ptr<mail::Mailer> mailer;
};

/// GET/POST /glemt-passord and GET/POST /glemt-passord/ny.
void registerPasswordResetRoutes(http::Router& router, db::Database& database,
                                 const web::Renderer& renderer, PasswordResetOptions options);

/// Thrown by requireRecentStepUp; pages turn it into a redirect to the TOTP re-entry page.
class StepUpRequired : public Error {
 public:
  StepUpRequired();
};

/// Whether the request's session re-entered TOTP within `max_age`.
bool hasRecentStepUp(const http::Request& request, std::chrono::seconds max_age = kStepUpWindow);
/// For signing-grade actions: Error(Unauthorized) without a session, StepUpRequired without a
/// recent TOTP re-entry.
void requireRecentStepUp(const http::Request& request,
                         std::chrono::seconds max_age = kStepUpWindow);

/// Demo accounts (seed-demo only; documented in the README as demo-only).
inline constexpr std::string_view kDemoPassword = "Demo-passord-2026";
struct DemoAccount {
  std::string_view email;
  std::string_view display_name;
  std::string_view role;         ///< role key it is meant for (membership made by organisations)
  bool platform_role;            ///< administrator and tilsyn are granted here
  std::string_view totp_secret;  ///< base32; empty = no TOTP yet (enrols at first login)
};
std::span<const DemoAccount> demoAccounts();

/// Creates the demo accounts that do not exist yet (by e-mail); returns how many it created.
int seedDemoAccounts(db::Database& database);

}  // namespace masseflyt::identity::accounts
