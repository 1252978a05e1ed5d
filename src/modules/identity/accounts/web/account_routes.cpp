#include <ctemplate/template.h>

#include <string>

#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/app/address_hash.hpp"
#include "modules/identity/accounts/app/login.hpp"
#include "modules/identity/accounts/app/oidc_login.hpp"
#include "modules/identity/accounts/web/cookies.hpp"
#include "modules/identity/accounts/api/me_json.hpp"
#include "platform/forms/multipart.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/core/text.hpp"
#include "platform/http/context_routes.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/qr.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::string_view kTemplates = "modules/identity/accounts/web/templates/";

bool isUnsafe(http::Method method) {
  return method == http::Method::Post || method == http::Method::Put ||
         method == http::Method::Patch || method == http::Method::Delete;
}

std::string targetOf(const http::Request& request) {
  return request.query.empty() ? request.path : request.path + "?" + request.query;
}

std::optional<std::string> presentedCsrfToken(const http::Request& request) {
  if (const auto header = request.header("X-CSRF-Token")) return std::string(*header);
  const auto type = request.header("Content-Type").value_or("");
  if (type.rfind("application/x-www-form-urlencoded", 0) == 0) {
    for (auto& [name, value] : request.formFields()) {
      if (name == "csrf_token") return value;
    }
  }
  // File uploads from plain HTML forms (mass handling plans) carry the token as a form part.
  if (const auto boundary = forms::multipartBoundary(type)) {
    try {
      const auto parts = forms::parseMultipart(request.body, *boundary);
      const auto* token = forms::findPart(parts, "csrf_token");
      if (token != nullptr && token->filename.empty()) return token->body;
    } catch (const Error&) {
      // A malformed body presents no token: the request is refused as without one.
    }
  }
  return std::nullopt;
}

struct Context {
  db::Database& database;
  const web::Renderer& renderer;
  AccountsOptions options;

  std::string_view cookieName() const { return sessionCookieName(options.secure_cookies); }

  std::optional<repository::SessionRow> session(const http::Request& request) const {
    const auto token = cookieValue(request, cookieName());
    if (!token) return std::nullopt;
    return loadSession(database, *token, db::nowEpochMs());
  }

  void setCookie(http::Response& response, const IssuedSession& issued) const {
    response.headers.add("Set-Cookie",
                         sessionCookie(cookieName(), issued.token, options.secure_cookies));
  }

  http::Response page(const http::Request& request, std::string_view title_key,
                      std::string_view template_file, const ctemplate::TemplateDictionary& dict,
                      int status = 200, std::string_view nav = {}) const {
    web::PageMeta meta;
    meta.title = std::string(i18n::t(title_key));
    meta.nav = std::string(nav);
    meta.principal = request.principal.get();
    auto response = http::Response::html(
        renderer.page(meta, std::string(kTemplates) + std::string(template_file), dict), status);
    // Pages with CSRF tokens and personal data must not be cached anywhere.
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
};

struct FieldMessage {
  std::string field;  // element id; empty = summary only
  std::string text;
};

void addErrors(ctemplate::TemplateDictionary& dict, const std::vector<FieldMessage>& errors) {
  if (errors.empty()) return;
  auto* summary = dict.AddSectionDictionary("ERRORS");
  for (const auto& error : errors) {
    auto* item = summary->AddSectionDictionary("ERROR");
    web::setValue(*item, "FIELD", error.field);
    web::setValue(*item, "TEXT", error.text);
  }
}

std::string throttledText(std::int64_t seconds) {
  return i18n::catalog().format("accounts.error.throttled", {{"seconds", std::to_string(seconds)}});
}

void addRetryAfter(http::Response& response, std::int64_t seconds) {
  response.headers.set("Retry-After", std::to_string(seconds));
}

// ---- /logg-inn ----

http::Response loginForm(const Context& ctx, const http::Request& request,
                         const std::string& csrf, const std::string& next, const std::string& email,
                         const std::vector<FieldMessage>& errors, int status) {
  ctemplate::TemplateDictionary dict("logg_inn");
  // After a password reset (web/password_reset_routes.cpp redirects here).
  if (request.queryParam("passord") == "endret") dict.ShowSection("PASSWORD_CHANGED");
  web::setValue(dict, "CSRF_TOKEN", csrf);
  web::setValue(dict, "NESTE", next);
  web::setValue(dict, "EMAIL", email);
  if (ctx.options.oidc.enabled()) {
    auto* oidc = dict.AddSectionDictionary("OIDC");
    web::setValue(*oidc, "HREF", "/logg-inn/oidc?neste=" + text::percentEncode(next));
    web::setValue(*oidc, "LABEL", i18n::catalog().format("accounts.oidc.button", {{"name", ctx.options.oidc.name}}));
  }
  addErrors(dict, errors);
  for (const auto& error : errors) {
    if (error.field == "epost") web::setValue(*dict.AddSectionDictionary("EMAIL_ERROR"), "TEXT", error.text);
    if (error.field == "passord") {
      web::setValue(*dict.AddSectionDictionary("PASSWORD_ERROR"), "TEXT", error.text);
    }
  }
  return ctx.page(request, "accounts.login.title", "logg_inn.tpl", dict, status);
}

http::Response getLogin(const Context& ctx, http::Request& request) {
  const std::string next = safeNextPath(request.queryParam("neste").value_or(""));
  if (request.principal) return http::Response::redirect(next);
  auto session = ctx.session(request);
  std::optional<IssuedSession> issued;
  if (!session || session->stage != stageName(SessionStage::Anonymous)) {
    issued = startPreSession(ctx.database, hashAddress(request.remote_address), db::nowEpochMs());
    session = issued->row;
  }
  auto response = loginForm(ctx, request, session->csrf_token, next, "", {}, 200);
  if (issued) ctx.setCookie(response, *issued);
  return response;
}

http::Response postLogin(const Context& ctx, http::Request& request) {
  const std::string next = safeNextPath(request.formField("neste"));
  if (request.principal) return http::Response::redirect(next);
  const auto session = ctx.session(request);  // the CSRF check guarantees one
  if (!session) return http::Response::redirect("/logg-inn");
  const std::string email = request.formField("epost");
  const std::string password = request.formField("passord");
  std::vector<FieldMessage> errors;
  if (email.empty()) errors.push_back({"epost", std::string(i18n::t("accounts.form.required_email"))});
  if (password.empty()) {
    errors.push_back({"passord", std::string(i18n::t("accounts.form.required_password"))});
  }
  if (!errors.empty()) return loginForm(ctx, request, session->csrf_token, next, email, errors, 422);

  const auto outcome = loginWithPassword(ctx.database, session, email, password,
                                         request.remote_address, db::nowEpochMs());
  switch (outcome.kind) {
    case StepOutcome::Kind::Throttled: {
      auto response = loginForm(ctx, request, session->csrf_token, next, email,
                                {{"epost", throttledText(outcome.retry_after_seconds)}}, 429);
      addRetryAfter(response, outcome.retry_after_seconds);
      return response;
    }
    case StepOutcome::Kind::Invalid:
      return loginForm(ctx, request, session->csrf_token, next, email,
                       {{"passord", std::string(i18n::t("accounts.form.wrong_credentials"))}}, 422);
    case StepOutcome::Kind::Done:
      break;
  }
  const auto& issued = *outcome.session;
  const bool enrol = issued.row.stage == stageName(SessionStage::Enrol);
  auto response = http::Response::redirect(
      std::string(enrol ? "/konto/totp" : "/logg-inn/totp") + "?neste=" + text::percentEncode(next));
  ctx.setCookie(response, issued);
  return response;
}

// ---- code forms: /logg-inn/totp and /konto/bekreft ----

struct CodeForm {
  std::string_view title_key, lead_key, submit_key, action;
  bool restart_link;
};
constexpr CodeForm kTotpForm{"accounts.totp.title", "accounts.totp.lead", "accounts.totp.submit",
                             "/logg-inn/totp", true};
constexpr CodeForm kStepUpForm{"accounts.stepup.title", "accounts.stepup.lead",
                               "accounts.stepup.submit", "/konto/bekreft", false};

http::Response codeForm(const Context& ctx, const http::Request& request, const CodeForm& form,
                        const std::string& csrf, const std::string& next,
                        const std::optional<std::string>& error, int status) {
  ctemplate::TemplateDictionary dict("kode");
  web::setValue(dict, "TITLE", i18n::t(form.title_key));
  web::setValue(dict, "LEAD", i18n::t(form.lead_key));
  web::setValue(dict, "SUBMIT", i18n::t(form.submit_key));
  web::setValue(dict, "ACTION", form.action);
  web::setValue(dict, "CSRF_TOKEN", csrf);
  web::setValue(dict, "NESTE", next);
  if (form.restart_link) dict.ShowSection("RESTART");
  if (error) {
    addErrors(dict, {{"kode", *error}});
    web::setValue(*dict.AddSectionDictionary("CODE_ERROR"), "TEXT", *error);
  }
  return ctx.page(request, form.title_key, "kode.tpl", dict, status);
}

// Renders the outcome of a failed code step; nullopt when it succeeded.
std::optional<http::Response> codeFailure(const Context& ctx, const http::Request& request,
                                          const CodeForm& form, const std::string& csrf,
                                          const std::string& next, const StepOutcome& outcome) {
  if (outcome.kind == StepOutcome::Kind::Throttled) {
    auto response = codeForm(ctx, request, form, csrf, next,
                             throttledText(outcome.retry_after_seconds), 429);
    addRetryAfter(response, outcome.retry_after_seconds);
    return response;
  }
  if (outcome.kind == StepOutcome::Kind::Invalid) {
    return codeForm(ctx, request, form, csrf, next,
                    std::string(i18n::t("accounts.form.wrong_code")), 422);
  }
  return std::nullopt;
}

http::Response getTotp(const Context& ctx, http::Request& request) {
  const std::string next = safeNextPath(request.queryParam("neste").value_or(""));
  if (request.principal) return http::Response::redirect(next);
  const auto session = ctx.session(request);
  if (!session || session->stage != stageName(SessionStage::Totp)) {
    return http::Response::redirect("/logg-inn?neste=" + text::percentEncode(next));
  }
  return codeForm(ctx, request, kTotpForm, session->csrf_token, next, std::nullopt, 200);
}

http::Response postTotp(const Context& ctx, http::Request& request) {
  const std::string next = safeNextPath(request.formField("neste"));
  const auto session = ctx.session(request);
  if (!session || session->stage != stageName(SessionStage::Totp)) {
    return http::Response::redirect("/logg-inn?neste=" + text::percentEncode(next));
  }
  const std::string code = request.formField("kode");
  if (code.empty()) {
    return codeForm(ctx, request, kTotpForm, session->csrf_token, next,
                    std::string(i18n::t("accounts.form.required_code")), 422);
  }
  const auto outcome =
      completeTotp(ctx.database, *session, code, request.remote_address, db::nowEpochMs());
  if (auto failure = codeFailure(ctx, request, kTotpForm, session->csrf_token, next, outcome)) {
    return std::move(*failure);
  }
  auto response = http::Response::redirect(next);
  ctx.setCookie(response, *outcome.session);
  return response;
}

http::Response getStepUp(const Context& ctx, http::Request& request) {
  auth::require(request, "identity.organisation.register");  // any logged-in person
  const auto session = ctx.session(request);
  if (!session) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  const std::string next = safeNextPath(request.queryParam("neste").value_or(""));
  return codeForm(ctx, request, kStepUpForm, session->csrf_token, next, std::nullopt, 200);
}

http::Response postStepUp(const Context& ctx, http::Request& request) {
  const auto session = ctx.session(request);
  if (!request.principal || !session) {
    throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  }
  const std::string next = safeNextPath(request.formField("neste"));
  const std::string code = request.formField("kode");
  if (code.empty()) {
    return codeForm(ctx, request, kStepUpForm, session->csrf_token, next,
                    std::string(i18n::t("accounts.form.required_code")), 422);
  }
  const auto outcome =
      stepUp(ctx.database, *session, code, request.remote_address, db::nowEpochMs());
  if (auto failure = codeFailure(ctx, request, kStepUpForm, session->csrf_token, next, outcome)) {
    return std::move(*failure);
  }
  return http::Response::redirect(next);
}

// ---- /konto/totp (enrolment) ----

// The session allowed to enrol: a half-done login without TOTP, or a logged-in person who just
// re-entered their current code (step-up) before replacing it.
repository::SessionRow enrolmentSession(const Context& ctx, const http::Request& request) {
  auto session = ctx.session(request);
  if (session && session->stage == stageName(SessionStage::Enrol)) return *session;
  if (!request.principal || !session) {
    throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  }
  if (request.principal->totp_enrolled) requireRecentStepUp(request);
  return *session;
}

http::Response enrolForm(const Context& ctx, const http::Request& request,
                         const repository::SessionRow& session, const std::string& next,
                         const std::optional<std::string>& error, int status) {
  const std::string secret = enrolmentSecret(ctx.database, session);
  std::string email;
  {
    auto lease = ctx.database.lease();
    if (const auto user = repository::findUserById(lease, session.user_id.value_or(""))) {
      email = user->email;
    }
  }
  const auto raw = crypto::base32Decode(secret).value_or("");
  ctemplate::TemplateDictionary dict("totp_oppsett");
  dict.SetValue("QR_SVG", crypto::qrCodeSvg(crypto::otpauthUri("Masseflyt", email, raw),
                                            i18n::t("accounts.enrol.qr_title")));
  web::setValue(dict, "SECRET_GROUPED", groupInFours(secret));
  web::setValue(dict, "CSRF_TOKEN", session.csrf_token);
  web::setValue(dict, "NESTE", next);
  if (error) {
    addErrors(dict, {{"kode", *error}});
    web::setValue(*dict.AddSectionDictionary("CODE_ERROR"), "TEXT", *error);
  }
  return ctx.page(request, "accounts.enrol.title", "totp_oppsett.tpl", dict, status, "konto");
}

http::Response getEnrol(const Context& ctx, http::Request& request) {
  const auto session = enrolmentSession(ctx, request);
  const std::string next = safeNextPath(request.queryParam("neste").value_or(""));
  return enrolForm(ctx, request, session, next, std::nullopt, 200);
}

http::Response postEnrol(const Context& ctx, http::Request& request) {
  const auto session = enrolmentSession(ctx, request);
  const std::string next = safeNextPath(request.formField("neste"));
  const std::string code = request.formField("kode");
  if (code.empty()) {
    return enrolForm(ctx, request, session, next,
                     std::string(i18n::t("accounts.form.required_code")), 422);
  }
  const auto outcome =
      confirmEnrolment(ctx.database, session, code, request.remote_address, db::nowEpochMs());
  if (outcome.kind == StepOutcome::Kind::Throttled) {
    auto response = enrolForm(ctx, request, session, next,
                              throttledText(outcome.retry_after_seconds), 429);
    addRetryAfter(response, outcome.retry_after_seconds);
    return response;
  }
  if (outcome.kind == StepOutcome::Kind::Invalid) {
    return enrolForm(ctx, request, session, next, std::string(i18n::t("accounts.form.wrong_code")),
                     422);
  }
  auto response = http::Response::redirect(next);
  if (outcome.session) ctx.setCookie(response, *outcome.session);
  return response;
}

// ---- /konto ----

http::Response getAccount(const Context& ctx, http::Request& request) {
  auth::require(request, "identity.organisation.register");  // any logged-in person
  const auto& principal = *request.principal;
  ctemplate::TemplateDictionary dict("konto");
  web::setValue(dict, "NAME", principal.display_name);
  web::setValue(dict, "EMAIL", principal.email);
  web::setValue(dict, "CSRF_TOKEN", principal.csrf_token);
  for (const auto& role : principal.platform_roles) {
    web::setValue(*dict.AddSectionDictionary("PLATFORM_ROLE"), "NAME", auth::roleName(role));
  }
  if (!principal.memberships.empty()) {
    auto* table = dict.AddSectionDictionary("MEMBERSHIPS");
    for (const auto& membership : principal.memberships) {
      auto* row = table->AddSectionDictionary("MEMBERSHIP");
      web::setValue(*row, "ORG", membership.organisation_name);
      web::setValue(*row, "ORGNR", membership.organisation_number);
      web::setValue(*row, "ROLE", auth::roleName(membership.role));
      web::setValue(*row, "STATUS", i18n::t(membership.verified ? "accounts.account.membership_verified"
                                                          : "accounts.account.membership_pending"));
    }
  }
  if (principal.platform_roles.empty() && principal.memberships.empty()) {
    dict.ShowSection("NO_ROLES");
  }
  web::setValue(dict, "TOTP_STATUS", i18n::t(principal.totp_enrolled ? "accounts.account.totp_on"
                                                               : "accounts.account.totp_off"));
  return ctx.page(request, "accounts.account.title", "konto.tpl", dict, 200, "konto");
}

http::Response postLogout(const Context& ctx, http::Request& request) {
  if (const auto session = ctx.session(request)) {
    logout(ctx.database, *session, request.remote_address);
  }
  auto response = http::Response::redirect("/");
  response.headers.add("Set-Cookie", clearedSessionCookie(ctx.cookieName(), ctx.options.secure_cookies));
  return response;
}

http::Response postLogoutEverywhere(const Context& ctx, http::Request& request) {
  auth::require(request, "identity.organisation.register");
  const auto session = ctx.session(request);
  if (!session) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  logoutEverywhere(ctx.database, *session, request.remote_address);
  auto response = http::Response::redirect("/");
  response.headers.add("Set-Cookie", clearedSessionCookie(ctx.cookieName(), ctx.options.secure_cookies));
  return response;
}

http::Response getMe(http::Request& request) {
  if (!request.principal) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  auto response = http::Response::json(meJson(*request.principal));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

std::string_view sessionCookieName(bool secure) {
  return secure ? "__Host-masseflyt_sesjon" : "masseflyt_sesjon";
}

StepUpRequired::StepUpRequired()
    : Error(ErrorKind::Forbidden, "accounts.error.step_up_required") {}

bool hasRecentStepUp(const http::Request& request, std::chrono::seconds max_age) {
  if (!request.principal || request.principal->step_up_at_ms == 0) return false;
  const auto age_ms = db::nowEpochMs() - request.principal->step_up_at_ms;
  return age_ms >= 0 && age_ms <= std::chrono::duration_cast<std::chrono::milliseconds>(max_age).count();
}

void requireRecentStepUp(const http::Request& request, std::chrono::seconds max_age) {
  if (!request.principal) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  if (!hasRecentStepUp(request, max_age)) throw StepUpRequired();
}

std::vector<http::Middleware> middlewares(db::Database& database, AccountsOptions options) {
  loadAddressHashKey(database);
  http::Middleware session = [&database, options](http::Request& request, const http::Next& next) {
    const auto token = cookieValue(request, sessionCookieName(options.secure_cookies));
    std::optional<repository::SessionRow> row;
    if (token) row = loadSession(database, *token, db::nowEpochMs());
    // CSRF: a state-changing request must echo its own session's token. No session, no token:
    // refused before any handler runs, so nothing changes. An API call that carries no session
    // cookie at all has no ambient authority to forge, so it goes on to be refused as anonymous
    // (401) by the permission check; pages keep the check, which also stops login CSRF.
    const bool cookieless_api_call = !token && request.audience == http::Audience::Api;
    if (isUnsafe(request.method) && !cookieless_api_call) {
      const auto presented = presentedCsrfToken(request);
      if (!row || !presented || !crypto::constantTimeEquals(*presented, row->csrf_token)) {
        throw Error(ErrorKind::Forbidden, "accounts.error.csrf");
      }
    }
    if (row) request.principal = loadPrincipal(database, *row);
    // The router has matched already, so the audience is the route's.
    const auto pageRead = [&request] {
      return request.audience == http::Audience::Page &&
             (request.method == http::Method::Get || request.method == http::Method::Head);
    };
    try {
      return next(request);
    } catch (const StepUpRequired&) {
      if (pageRead()) {
        return http::Response::redirect("/konto/bekreft?neste=" + text::percentEncode(targetOf(request)));
      }
      throw;
    } catch (const Error& error) {
      // People get the login form instead of an error page; programs get 401 problem+json.
      if (error.kind() == ErrorKind::Unauthorized && pageRead()) {
        return http::Response::redirect("/logg-inn?neste=" + text::percentEncode(targetOf(request)));
      }
      throw;
    }
  };
  return {std::move(session)};
}

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    AccountsOptions options) {
  const auto ctx = std::make_shared<Context>(Context{database, renderer, options});
  const http::ContextRoutes<Context> routes(router, ctx, 16 * 1024);
  using http::Audience;
  using http::Method;
  routes.add(Method::Get, "/logg-inn", Audience::Page, getLogin);
  routes.add(Method::Post, "/logg-inn", Audience::Page, postLogin);
  routes.add(Method::Get, "/logg-inn/totp", Audience::Page, getTotp);
  routes.add(Method::Post, "/logg-inn/totp", Audience::Page, postTotp);
  routes.add(Method::Post, "/logg-ut", Audience::Page, postLogout);
  routes.add(Method::Get, "/konto", Audience::Page, getAccount);
  routes.add(Method::Get, "/konto/totp", Audience::Page, getEnrol);
  routes.add(Method::Post, "/konto/totp", Audience::Page, postEnrol);
  routes.add(Method::Get, "/konto/bekreft", Audience::Page, getStepUp);
  routes.add(Method::Post, "/konto/bekreft", Audience::Page, postStepUp);
  routes.add(Method::Post, "/konto/logg-ut-overalt", Audience::Page, postLogoutEverywhere);
  registerMyDataRoutes(router, database, renderer, options);
  router.add(http::Route{
      .method = Method::Get,
      .pattern = "/api/v1/meg",
      .audience = Audience::Api,
      .handler = getMe,
      .limits = {},
  });
  registerOidcRoutes(router, database, renderer, options);
}

}  // namespace masseflyt::identity::accounts
