// Password reset by e-mail link: /glemt-passord (ask for a link) and /glemt-passord/ny (choose a
// new password with the link's token).
#include <ctemplate/template.h>

#include <memory>
#include <string>

#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/app/login.hpp"
#include "modules/identity/accounts/app/password_reset.hpp"
#include "modules/identity/accounts/web/cookies.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/http/context_routes.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::string_view kRequestTemplate =
    "modules/identity/accounts/web/templates/glemt-passord.tpl";
constexpr std::string_view kNewTemplate =
    "modules/identity/accounts/web/templates/glemt-passord-ny.tpl";

struct ResetContext {
  db::Database& database;
  const web::Renderer& renderer;
  PasswordResetOptions options;

  std::string_view cookieName() const { return sessionCookieName(options.secure_cookies); }

  // The CSRF token for the form: the browser's current session's, or a new pre-session's (as on
  // /logg-inn), whose cookie the response must then set.
  std::string csrfToken(const http::Request& request, std::optional<IssuedSession>& issued) const {
    if (const auto token = cookieValue(request, cookieName())) {
      if (const auto session = loadSession(database, *token, db::nowEpochMs())) {
        return session->csrf_token;
      }
    }
    issued = startPreSession(database, hashAddress(request.remote_address), db::nowEpochMs());
    return issued->row.csrf_token;
  }

  http::Response page(const http::Request& request, std::string_view title_key,
                      std::string_view template_name, const ctemplate::TemplateDictionary& dict,
                      int status, const std::optional<IssuedSession>& issued) const {
    web::PageMeta meta;
    meta.title = std::string(i18n::t(title_key));
    meta.principal = request.principal.get();
    auto response = http::Response::html(renderer.page(meta, template_name, dict), status);
    response.headers.set("Cache-Control", "no-store");
    // The token is in the address of the link page: never hand it on to another site.
    response.headers.set("Referrer-Policy", "no-referrer");
    if (issued) {
      response.headers.add("Set-Cookie",
                           sessionCookie(cookieName(), issued->token, options.secure_cookies));
    }
    return response;
  }
};

void addError(ctemplate::TemplateDictionary& dict, std::string_view field, std::string_view text,
              std::string_view section) {
  auto* summary = dict.AddSectionDictionary("ERRORS");
  auto* item = summary->AddSectionDictionary("ERROR");
  web::setValue(*item, "FIELD", field);
  web::setValue(*item, "TEXT", text);
  web::setValue(*dict.AddSectionDictionary(ctemplate::TemplateString(section.data(), section.size())),
          "TEXT", text);
}

// ---- /glemt-passord ----

http::Response requestForm(const ResetContext& ctx, const http::Request& request,
                           const std::string& email, std::optional<std::string> error, int status) {
  std::optional<IssuedSession> issued;
  ctemplate::TemplateDictionary dict("glemt_passord");
  if (!ctx.options.mailer) {
    dict.ShowSection("MAIL_DISABLED");
  } else {
    auto* form = dict.AddSectionDictionary("FORM");
    web::setValue(*form, "CSRF_TOKEN", ctx.csrfToken(request, issued));
    web::setValue(*form, "EMAIL", email);
    if (error) addError(*form, "epost", *error, "EMAIL_ERROR");
  }
  return ctx.page(request, "accounts.reset.title", kRequestTemplate, dict, status, issued);
}

http::Response getRequest(const ResetContext& ctx, http::Request& request) {
  return requestForm(ctx, request, "", std::nullopt, 200);
}

http::Response postRequest(const ResetContext& ctx, http::Request& request) {
  if (!ctx.options.mailer) return requestForm(ctx, request, "", std::nullopt, 200);
  const std::string input = request.formField("epost");
  if (input.empty()) {
    return requestForm(ctx, request, input, std::string(i18n::t("accounts.form.required_email")), 422);
  }
  const auto email = normaliseEmail(input);
  if (!email) {
    return requestForm(ctx, request, input, std::string(i18n::t("accounts.reset.invalid_email")), 422);
  }
  const auto outcome = requestPasswordReset(ctx.database, ctx.options.mailer.get(),
                                            ctx.options.public_base_url, *email,
                                            request.remote_address, db::nowEpochMs());
  if (outcome.kind == ResetRequestOutcome::Kind::Throttled) {
    auto response = requestForm(
        ctx, request, input,
        i18n::catalog().format("accounts.reset.throttled",
                               {{"seconds", std::to_string(outcome.retry_after_seconds)}}),
        429);
    response.headers.set("Retry-After", std::to_string(outcome.retry_after_seconds));
    return response;
  }
  // The same answer whether or not the address has an account.
  ctemplate::TemplateDictionary dict("glemt_passord");
  dict.ShowSection("SENT");
  return ctx.page(request, "accounts.reset.title", kRequestTemplate, dict, 200, std::nullopt);
}

// ---- /glemt-passord/ny ----

std::string problemText(NewPasswordProblem problem) {
  switch (problem) {
    case NewPasswordProblem::Required:
      return std::string(i18n::t("accounts.reset.password_required"));
    case NewPasswordProblem::TooShort:
      return i18n::catalog().format("accounts.reset.password_too_short",
                                    {{"min", std::to_string(kMinPasswordChars)}});
    case NewPasswordProblem::TooLong:
      return std::string(i18n::t("accounts.reset.password_too_long"));
    case NewPasswordProblem::EqualsEmail:
      return std::string(i18n::t("accounts.reset.password_equals_email"));
    case NewPasswordProblem::Mismatch:
      return std::string(i18n::t("accounts.reset.password_mismatch"));
    case NewPasswordProblem::None:
      break;
  }
  return {};
}

http::Response invalidLink(const ResetContext& ctx, const http::Request& request) {
  ctemplate::TemplateDictionary dict("glemt_passord_ny");
  dict.ShowSection("INVALID");
  return ctx.page(request, "accounts.reset.invalid_title", kNewTemplate, dict, 410, std::nullopt);
}

http::Response newPasswordForm(const ResetContext& ctx, const http::Request& request,
                               const std::string& token, std::optional<NewPasswordProblem> problem,
                               int status) {
  std::optional<IssuedSession> issued;
  ctemplate::TemplateDictionary dict("glemt_passord_ny");
  auto* form = dict.AddSectionDictionary("FORM");
  web::setValue(*form, "CSRF_TOKEN", ctx.csrfToken(request, issued));
  web::setValue(*form, "TOKEN", token);
  web::setValue(*form, "MIN", std::to_string(kMinPasswordChars));
  if (problem) {
    const bool repeat = *problem == NewPasswordProblem::Mismatch;
    addError(*form, repeat ? "passord-gjenta" : "passord", problemText(*problem),
             repeat ? "REPEAT_ERROR" : "PASSWORD_ERROR");
  }
  return ctx.page(request, "accounts.reset.new_title", kNewTemplate, dict, status, issued);
}

http::Response getNewPassword(const ResetContext& ctx, http::Request& request) {
  const std::string token = request.queryParam("nokkel").value_or("");
  if (!resetTokenAccount(ctx.database, token, db::nowEpochMs())) return invalidLink(ctx, request);
  return newPasswordForm(ctx, request, token, std::nullopt, 200);
}

http::Response postNewPassword(const ResetContext& ctx, http::Request& request) {
  const std::string token = request.formField("nokkel");
  const auto outcome =
      completePasswordReset(ctx.database, token, request.formField("passord"),
                            request.formField("passord-gjenta"), request.remote_address,
                            db::nowEpochMs());
  switch (outcome.kind) {
    case ResetOutcome::Kind::InvalidToken:
      return invalidLink(ctx, request);
    case ResetOutcome::Kind::Rejected:
      return newPasswordForm(ctx, request, token, outcome.problem, 422);
    case ResetOutcome::Kind::Done:
      break;
  }
  // Every session of the account is gone; the browser's cookie may have named one of them.
  auto response = http::Response::redirect("/logg-inn?passord=endret");
  response.headers.add("Set-Cookie", clearedSessionCookie(ctx.cookieName(), ctx.options.secure_cookies));
  return response;
}

}  // namespace

void registerPasswordResetRoutes(http::Router& router, db::Database& database,
                                 const web::Renderer& renderer, PasswordResetOptions options) {
  const auto ctx =
      std::make_shared<ResetContext>(ResetContext{database, renderer, std::move(options)});
  const http::ContextRoutes<ResetContext> routes(router, ctx, 16 * 1024);
  routes.add(http::Method::Get, "/glemt-passord", http::Audience::Page, getRequest);
  routes.add(http::Method::Post, "/glemt-passord", http::Audience::Page, postRequest);
  routes.add(http::Method::Get, "/glemt-passord/ny", http::Audience::Page, getNewPassword);
  routes.add(http::Method::Post, "/glemt-passord/ny", http::Audience::Page, postNewPassword);
}

}  // namespace masseflyt::identity::accounts
