#include "modules/identity/clients/web/client_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>

#include "modules/identity/accounts/app/api.hpp"
#include "platform/core/text.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/audit/oslo_time.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::identity::clients {
namespace {

constexpr std::string_view kTemplates = "modules/identity/clients/web/templates/";

using Dictionary = ctemplate::TemplateDictionary;

std::string templateName(std::string_view file) { return std::string(kTemplates) + std::string(file); }
std::string text(std::string_view key) { return std::string(i18n::t(key)); }

http::Response page(const web::Renderer& renderer, const http::Request& request,
                    const std::string& title, std::string_view file, const Dictionary& content,
                    int status = 200) {
  web::PageMeta meta;
  meta.title = title;
  meta.nav = "organisasjoner";
  meta.principal = request.principal.get();
  auto response = http::Response::html(renderer.page(meta, templateName(file), content), status);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

std::string number(const http::Request& request) {
  return std::string(request.pathParam("organisasjonsnummer"));
}

std::string base(const http::Request& request) {
  return "/organisasjoner/" + number(request) + "/api-klienter";
}

// Signing-grade actions: a page POST without a recent TOTP re-entry goes to /konto/bekreft and
// comes back to the form (the session middleware does this for GETs by itself).
std::optional<http::Response> stepUpRedirect(const http::Request& request, const std::string& back) {
  if (!request.principal) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  if (accounts::hasRecentStepUp(request)) return std::nullopt;
  return http::Response::redirect("/konto/bekreft?neste=" + text::percentEncode(back));
}

std::string permissionText(std::string_view key) {
  const auto* def = auth::findPermission(key);
  if (def == nullptr || !i18n::catalog().contains(def->description_key)) return std::string(key);
  return text(def->description_key);
}

// ---- list ----

http::Response listPage(const ClientService& service, const web::Renderer& renderer,
                        const http::Request& request, const Error* error) {
  const auto organisation = service.organisationFor(request.principal.get(), number(request));
  const auto clients = service.list(request.principal.get(), number(request));
  Dictionary content("api-klienter");
  const std::string title =
      i18n::catalog().format("clients.page.title", {{"name", organisation.name}});
  web::setValue(content, "TITLE", title);
  web::setValue(content, "NUMBER", organisation.organisation_number);
  if (request.queryParam("tilbakekalt")) web::addTextSection(content, "FLASH", text("clients.page.revoked_flash"));
  if (error != nullptr) web::addTextSection(content, "ALERT", text(error->messageKey()));
  content.ShowSection(clients.empty() ? "EMPTY" : "HAS_ROWS");
  for (const auto& client : clients) {
    auto* row = content.AddSectionDictionary("ROW");
    web::setValue(*row, "NAME", client.name);
    web::setValue(*row, "ID", client.id);
    for (const auto& scope : client.scopes) web::setValue(*row->AddSectionDictionary("SCOPE"), "KEY", scope);
    web::setValue(*row, "CREATED", audit::formatOsloTime(client.created_at));
    web::setValue(*row, "LAST_USED", client.last_used_at ? audit::formatOsloTime(*client.last_used_at)
                                               : text("clients.page.never_used"));
    web::setValue(*row, "STATUS", text(client.active() ? "clients.page.status.active" : "clients.page.status.revoked"));
    web::setValue(*row, "STATUS_COLOR", client.active() ? "success" : "neutral");
    if (client.active()) {
      auto* actions = row->AddSectionDictionary("ACTIONS");
      web::setValue(*actions, "NUMBER", organisation.organisation_number);
      web::setValue(*actions, "ID", client.id);
      web::setValue(*actions, "CSRF_TOKEN", request.principal->csrf_token);
      web::setValue(*actions, "ROTATE_LABEL", i18n::catalog().format("clients.page.rotate_label", {{"name", client.name}}));
      web::setValue(*actions, "REVOKE_LABEL", i18n::catalog().format("clients.page.revoke_label", {{"name", client.name}}));
    }
  }
  const int status = error == nullptr ? 200 : (error->kind() == ErrorKind::NotFound ? 404 : 409);
  return page(renderer, request, title, "liste.tpl", content, status);
}

// ---- new ----

http::Response newPage(const ClientService& service, const web::Renderer& renderer,
                       const http::Request& request, const std::string& name,
                       const std::vector<std::string>& chosen, const Error* error) {
  const auto organisation = service.organisationFor(request.principal.get(), number(request));
  const auto grantable = service.grantable(*request.principal, organisation);
  Dictionary content("api-klient-ny");
  web::setValue(content, "NUMBER", organisation.organisation_number);
  web::setValue(content, "ORGANISATION", organisation.name);
  web::setValue(content, "NAME", name);
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  if (grantable.empty()) content.ShowSection("NO_SCOPES");
  bool scopes_invalid = false;
  if (error != nullptr) {
    auto* summary = content.AddSectionDictionary("ERRORS");
    for (const auto& field : error->fields()) {
      auto* item = summary->AddSectionDictionary("ERROR");
      web::setValue(*item, "TEXT", text(field.message_key));
      web::setValue(*item, "TARGET", field.field == "navn" ? "navn" : "scope-0");
      if (field.field == "navn") web::addTextSection(content, "NAME_ERROR", text(field.message_key));
      if (field.field == "scopes") {
        web::addTextSection(content, "SCOPES_ERROR", text(field.message_key));
        scopes_invalid = true;
      }
    }
  }
  int index = 0;
  for (const auto& key : grantable) {
    auto* item = content.AddSectionDictionary("SCOPE");
    web::setValue(*item, "INDEX", std::to_string(index++));
    web::setValue(*item, "KEY", key);
    web::setValue(*item, "DESCRIPTION", permissionText(key));
    if (std::find(chosen.begin(), chosen.end(), key) != chosen.end()) item->ShowSection("CHECKED");
    if (scopes_invalid) item->ShowSection("SCOPES_INVALID");
  }
  return page(renderer, request, text("clients.new.title"), "ny.tpl", content, error ? 422 : 200);
}

http::Response secretPage(const ClientService& service, const web::Renderer& renderer,
                          const http::Request& request, const ClientService::Created& created) {
  Dictionary content("api-klient-hemmelighet");
  const std::string title =
      i18n::catalog().format("clients.secret.title", {{"name", created.client.name}});
  web::setValue(content, "TITLE", title);
  web::setValue(content, "CLIENT_ID", created.client.id);
  web::setValue(content, "SECRET", created.secret);
  web::setValue(content, "NUMBER", number(request));
  std::string issuer = service.options().issuer;
  while (!issuer.empty() && issuer.back() == '/') issuer.pop_back();
  web::setValue(content, "TOKEN_URL", issuer + "/api/v1/token");
  return page(renderer, request, title, "hemmelighet.tpl", content);
}

std::vector<std::string> chosenScopes(const http::Request& request) {
  std::vector<std::string> out;
  for (auto& [key, value] : request.formFields()) {
    if (key == "scope") out.push_back(value);
  }
  return out;
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const ClientService> service,
                        const web::Renderer& renderer) {
  const auto* view = &renderer;
  const std::string prefix = "/organisasjoner/{organisasjonsnummer}/api-klienter";
  router.add({http::Method::Get, prefix, http::Audience::Page,
              [service, view](http::Request& request) {
                return listPage(*service, *view, request, nullptr);
              },
              {}});
  router.add({http::Method::Get, prefix + "/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                service->organisationFor(request.principal.get(), number(request));
                accounts::requireRecentStepUp(request);
                return newPage(*service, *view, request, {}, {}, nullptr);
              },
              {}});
  router.add({http::Method::Post, prefix + "/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                service->organisationFor(request.principal.get(), number(request));
                if (auto redirect = stepUpRedirect(request, base(request) + "/ny")) return *redirect;
                const std::string name = request.formField("navn");
                const auto scopes = chosenScopes(request);
                try {
                  const auto created = service->create(*request.principal, number(request), name,
                                                       scopes, request.remote_address);
                  return secretPage(*service, *view, request, created);
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return newPage(*service, *view, request, name, scopes, &e);
                }
              },
              {}});
  router.add({http::Method::Get, prefix + "/{id}/ny-hemmelighet", http::Audience::Page,
              [service, view](http::Request& request) {
                service->organisationFor(request.principal.get(), number(request));
                accounts::requireRecentStepUp(request);
                const auto clients = service->list(request.principal.get(), number(request));
                const auto it = std::find_if(clients.begin(), clients.end(), [&](const auto& c) {
                  return c.id == request.pathParam("id") && c.active();
                });
                if (it == clients.end()) throw Error(ErrorKind::NotFound, "clients.error.not_found");
                Dictionary content("api-klient-roter");
                const std::string title =
                    i18n::catalog().format("clients.rotate.title", {{"name", it->name}});
                web::setValue(content, "TITLE", title);
                web::setValue(content, "NUMBER", number(request));
                web::setValue(content, "ID", it->id);
                web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
                return page(*view, request, title, "roter.tpl", content);
              },
              {}});
  router.add({http::Method::Post, prefix + "/{id}/ny-hemmelighet", http::Audience::Page,
              [service, view](http::Request& request) {
                service->organisationFor(request.principal.get(), number(request));
                const std::string back =
                    base(request) + "/" + std::string(request.pathParam("id")) + "/ny-hemmelighet";
                if (auto redirect = stepUpRedirect(request, back)) return *redirect;
                try {
                  const auto created = service->rotateSecret(*request.principal, number(request),
                                                             request.pathParam("id"),
                                                             request.remote_address);
                  return secretPage(*service, *view, request, created);
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Conflict) throw;
                  return listPage(*service, *view, request, &e);
                }
              },
              {}});
  router.add({http::Method::Post, prefix + "/{id}/tilbakekall", http::Audience::Page,
              [service, view](http::Request& request) {
                service->organisationFor(request.principal.get(), number(request));
                try {
                  service->revoke(*request.principal, number(request), request.pathParam("id"),
                                  request.remote_address);
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Conflict) throw;
                  return listPage(*service, *view, request, &e);
                }
                return http::Response::redirect(base(request) + "?tilbakekalt=1");
              },
              {}});
}

}  // namespace masseflyt::identity::clients
