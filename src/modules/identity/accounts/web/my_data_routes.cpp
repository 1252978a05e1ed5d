// "Mine data" (T2.15): /konto/mine-data (what is stored, download, delete the account),
// GET /api/v1/meg/data and DELETE /api/v1/meg.
#include <ctemplate/template.h>

#include <memory>
#include <string>

#include "modules/identity/accounts/api/my_data_json.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/app/my_data.hpp"
#include "modules/identity/accounts/web/cookies.hpp"
#include "platform/privacy/personal_data.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/http/context_routes.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::string_view kPageTemplate = "modules/identity/accounts/web/templates/mine-data.tpl";
constexpr std::string_view kDeletedTemplate =
    "modules/identity/accounts/web/templates/konto-slettet.tpl";
// Every logged-in person holds it (baseline): it stands for "a person is logged in".
constexpr std::string_view kLoggedIn = "identity.organisation.register";
constexpr std::string_view kConfirmField = "bekreft-sletting";

struct MyDataContext {
  db::Database& database;
  const web::Renderer& renderer;
  AccountsOptions options;

  http::Response page(const http::Request& request, std::string_view title_key,
                      std::string_view template_name, const ctemplate::TemplateDictionary& dict,
                      int status, std::string_view nav) const {
    web::PageMeta meta;
    meta.title = std::string(i18n::t(title_key));
    meta.nav = std::string(nav);
    meta.principal = request.principal.get();
    auto response = http::Response::html(renderer.page(meta, template_name, dict), status);
    // Personal data and a CSRF token: never cached anywhere.
    response.headers.set("Cache-Control", "no-store");
    return response;
  }

  void clearCookie(http::Response& response) const {
    response.headers.add("Set-Cookie", clearedSessionCookie(sessionCookieName(options.secure_cookies),
                                                            options.secure_cookies));
  }
};

bool formFieldIs(const http::Request& request, std::string_view name, std::string_view value) {
  for (const auto& [key, field] : request.formFields()) {
    if (key == name && field == value) return true;
  }
  return false;
}

const auth::Principal& person(const http::Request& request) {
  auth::require(request, kLoggedIn);
  if (request.principal->kind != auth::Principal::Kind::Person) {
    throw Error(ErrorKind::Forbidden, "auth.error.forbidden");
  }
  return *request.principal;
}

http::Response myDataPage(const MyDataContext& ctx, const http::Request& request,
                          const std::optional<std::string>& confirm_error, int status) {
  const auto& principal = *request.principal;
  ctemplate::TemplateDictionary dict("mine_data");
  web::setValue(dict, "NAME", principal.display_name);
  web::setValue(dict, "EMAIL", principal.email);
  web::setValue(dict, "CSRF_TOKEN", principal.csrf_token);
  // Every module part that stores personal data says in its own words what it keeps.
  for (const auto& name : privacy::partNames()) {
    web::addTextSection(dict, "OTHER_PART", i18n::t("privacy.part." + name));
  }
  if (confirm_error) {
    auto* item = dict.AddSectionDictionary("ERRORS")->AddSectionDictionary("ERROR");
    web::setValue(*item, "FIELD", kConfirmField);
    web::setValue(*item, "TEXT", *confirm_error);
    web::setValue(*dict.AddSectionDictionary("CONFIRM_ERROR"), "TEXT", *confirm_error);
  }
  return ctx.page(request, "accounts.mydata.title", kPageTemplate, dict, status, "konto");
}

std::string exportFor(const MyDataContext& ctx, const auth::Principal& principal) {
  const auto data = collectMyData(ctx.database, principal.user_id, db::nowEpochMs());
  if (!data) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  return myDataJson(*data);
}

http::Response getPage(const MyDataContext& ctx, http::Request& request) {
  person(request);
  return myDataPage(ctx, request, std::nullopt, 200);
}

http::Response getDownload(const MyDataContext& ctx, http::Request& request) {
  return http::Response::download(exportFor(ctx, person(request)), "application/json", "mine-data.json");
}

http::Response postDelete(const MyDataContext& ctx, http::Request& request) {
  const auto& principal = person(request);
  if (!hasRecentStepUp(request)) {
    // A POST cannot be replayed after the code page, so the person comes back to the form.
    return http::Response::redirect("/konto/bekreft?neste=%2Fkonto%2Fmine-data");
  }
  if (!formFieldIs(request, "bekreft", "ja")) {
    return myDataPage(ctx, request,
                      std::string(i18n::t("accounts.mydata.delete_confirm_required")), 422);
  }
  anonymiseAccount(ctx.database, principal.user_id, request.remote_address, db::nowEpochMs());
  auto response = http::Response::redirect("/konto/slettet");
  ctx.clearCookie(response);
  return response;
}

http::Response getDeleted(const MyDataContext& ctx, http::Request& request) {
  ctemplate::TemplateDictionary dict("konto_slettet");
  return ctx.page(request, "accounts.mydata.deleted_title", kDeletedTemplate, dict, 200, "");
}

http::Response getApiData(const MyDataContext& ctx, http::Request& request) {
  auto response = http::Response::json(exportFor(ctx, person(request)));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

http::Response deleteApiMe(const MyDataContext& ctx, http::Request& request) {
  const auto& principal = person(request);
  requireRecentStepUp(request);  // 403 problem+json with the Norwegian reason
  if (!anonymiseAccount(ctx.database, principal.user_id, request.remote_address,
                        db::nowEpochMs())) {
    throw Error(ErrorKind::NotFound, "accounts.mydata.error.already_deleted");
  }
  auto response = http::Response::noContent();
  ctx.clearCookie(response);
  return response;
}

}  // namespace

void registerMyDataRoutes(http::Router& router, db::Database& database,
                          const web::Renderer& renderer, AccountsOptions options) {
  const auto ctx = std::make_shared<MyDataContext>(MyDataContext{database, renderer, options});
  const http::ContextRoutes<MyDataContext> routes(router, ctx, 16 * 1024);
  using http::Audience;
  using http::Method;
  routes.add(Method::Get, "/konto/mine-data", Audience::Page, getPage);
  routes.add(Method::Get, "/konto/mine-data.json", Audience::Page, getDownload);
  routes.add(Method::Post, "/konto/mine-data/slett", Audience::Page, postDelete);
  routes.add(Method::Get, "/konto/slettet", Audience::Page, getDeleted);
  routes.add(Method::Get, "/api/v1/meg/data", Audience::Api, getApiData);
  routes.add(Method::Delete, "/api/v1/meg", Audience::Api, deleteApiMe);
}

}  // namespace masseflyt::identity::accounts
