#include <ctemplate/template.h>

#include <chrono>
#include <string>

#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/app/login.hpp"
#include "modules/identity/accounts/app/oidc_login.hpp"
#include "modules/identity/accounts/domain/policy.hpp"
#include "modules/identity/accounts/web/cookies.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/http/context_routes.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/renderer.hpp"

// GET /logg-inn/oidc starts the login at the provider, GET /logg-inn/oidc/tilbake is its
// callback. Both are GETs: the provider redirects the browser back with a GET, and starting a
// login only stores a pending row (rate-limited per address).
namespace masseflyt::identity::accounts {
namespace {

constexpr std::string_view kErrorTemplate = "modules/identity/accounts/web/templates/oidc_feil.tpl";
// The provider's own timeouts are in seconds; a login page must not hang on a slow provider.
constexpr std::chrono::milliseconds kProviderTimeout{10000};

struct OidcContext {
  db::Database& database;
  const web::Renderer& renderer;
  AccountsOptions options;
  std::unique_ptr<OidcLogin> login;  // null while OIDC is off

  std::string_view sessionCookieName() const {
    return accounts::sessionCookieName(options.secure_cookies);
  }
  // Binds the callback to the browser that started the login (stops login CSRF).
  std::string_view stateCookieName() const {
    return options.secure_cookies ? "__Host-masseflyt_oidc" : "masseflyt_oidc";
  }
};

http::Response errorPage(const OidcContext& ctx, const http::Request& request,
                         std::string_view message_key, int status) {
  ctemplate::TemplateDictionary dict("oidc_feil");
  web::setValue(dict, "MESSAGE", i18n::t(message_key));
  web::setValue(dict, "PROVIDER", ctx.options.oidc.name);
  web::PageMeta meta;
  meta.title = std::string(i18n::t("accounts.oidc.error.title"));
  meta.principal = request.principal.get();
  auto response = http::Response::html(ctx.renderer.page(meta, std::string(kErrorTemplate), dict),
                                       status);
  response.headers.set("Cache-Control", "no-store");
  response.headers.add("Set-Cookie", clearedSessionCookie(ctx.stateCookieName(),
                                                          ctx.options.secure_cookies));
  return response;
}

void requireEnabled(const OidcContext& ctx) {
  if (!ctx.login) throw Error(ErrorKind::NotFound, "http.error.404.detail", "OIDC login is off");
}

http::Response getStart(const OidcContext& ctx, http::Request& request) {
  requireEnabled(ctx);
  const std::string next = safeNextPath(request.queryParam("neste").value_or(""));
  if (request.principal) return http::Response::redirect(next);
  OidcBegin begin;
  try {
    begin = ctx.login->begin(ctx.database, next, request.remote_address, db::nowEpochMs());
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::Unavailable) throw;
    return errorPage(ctx, request, error.messageKey(), 503);
  }
  if (begin.retry_after_seconds) {
    auto response = errorPage(ctx, request, "accounts.oidc.error.throttled", 429);
    response.headers.set("Retry-After", std::to_string(*begin.retry_after_seconds));
    return response;
  }
  auto response = http::Response::redirect(begin.url);
  response.headers.set("Cache-Control", "no-store");
  response.headers.add("Set-Cookie",
                       sessionCookie(ctx.stateCookieName(), begin.state, ctx.options.secure_cookies) +
                           "; Max-Age=" +
                           std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                              kOidcPendingTimeout)
                                              .count()));
  return response;
}

http::Response getCallback(const OidcContext& ctx, http::Request& request) {
  requireEnabled(ctx);
  OidcCallback callback;
  callback.code = request.queryParam("code").value_or("");
  callback.state = request.queryParam("state").value_or("");
  callback.iss = request.queryParam("iss");
  callback.error = request.queryParam("error");
  callback.browser_state = cookieValue(request, ctx.stateCookieName());
  std::optional<repository::SessionRow> previous;
  if (const auto token = cookieValue(request, ctx.sessionCookieName())) {
    previous = loadSession(ctx.database, *token, db::nowEpochMs());
  }
  const auto result = ctx.login->complete(ctx.database, previous, callback,
                                          request.remote_address, db::nowEpochMs());
  switch (result.kind) {
    case OidcOutcome::Kind::UnknownState:
    case OidcOutcome::Kind::Refused:
      return errorPage(ctx, request, result.message_key, 400);
    case OidcOutcome::Kind::Unavailable:
      return errorPage(ctx, request, result.message_key, 503);
    case OidcOutcome::Kind::Inactive:
      return errorPage(ctx, request, result.message_key, 403);
    case OidcOutcome::Kind::Done:
      break;
  }
  auto response = http::Response::redirect(result.next);
  response.headers.set("Cache-Control", "no-store");
  response.headers.add("Set-Cookie", sessionCookie(ctx.sessionCookieName(), result.session->token,
                                                   ctx.options.secure_cookies));
  response.headers.add("Set-Cookie",
                       clearedSessionCookie(ctx.stateCookieName(), ctx.options.secure_cookies));
  return response;
}

}  // namespace

void registerOidcRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                        const AccountsOptions& options) {
  auto ctx = std::make_shared<OidcContext>(OidcContext{database, renderer, options, nullptr});
  if (options.oidc.enabled()) {
    ctx->login = std::make_unique<OidcLogin>(options.oidc,
                                             auth::oidc::makeCurlFetcher(kProviderTimeout));
  }
  // Both are GET redirects: no body is accepted.
  const http::ContextRoutes<OidcContext> routes(router, ctx, 0);
  routes.add(http::Method::Get, "/logg-inn/oidc", http::Audience::Page, getStart);
  routes.add(http::Method::Get, "/logg-inn/oidc/tilbake", http::Audience::Page, getCallback);
}

}  // namespace masseflyt::identity::accounts
