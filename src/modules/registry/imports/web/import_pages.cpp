#include "modules/registry/imports/web/import_pages.hpp"

#include <ctemplate/template.h>

#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/imports/permissions.hpp"
#include "modules/registry/sites/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::registry::imports {
namespace {

constexpr std::string_view kTemplates = "modules/registry/imports/web/templates/";
using Dictionary = ctemplate::TemplateDictionary;

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

http::Response page(const web::Renderer& renderer, const http::Request& request, const std::string& title,
                    std::string_view file, const Dictionary& content, int status = 200) {
  return common::renderPage(renderer, request,
                            {"anlegg", title, std::string(kTemplates) + std::string(file), status},
                            content);
}

std::string utcMinute(std::int64_t epoch_ms) {
  // Shown to administrators as UTC; precise enough to tell runs apart.
  const std::time_t seconds = static_cast<std::time_t>(epoch_ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%d.%m.%Y %H:%M UTC", &tm);
  return buffer;
}

http::Response importPage(const ImportService& service, const web::Renderer& renderer,
                          const http::Request& request) {
  auth::require(request, kRunPermission);
  Dictionary content("import");
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  if (const auto ran = request.queryParam("kjort")) {
    if (const auto* info = findSource(*ran)) {
      web::addTextSection(content, "FLASH", i18n::catalog().format(
          "registry.import.ran", {{"source", text(info->name_key)}}));
    }
  }
  const auto runs = service.lastRuns();
  for (const auto& key : service.sourceKeys()) {
    const auto* info = findSource(key);
    auto* row = content.AddSectionDictionary("SOURCE");
    web::setValue(*row, "KEY", key);
    web::setValue(*row, "NAME", text(info->name_key));
    web::setValue(*row, "LICENCE", std::string(info->licence));
    web::setValue(*row, "CSRF_TOKEN", request.principal->csrf_token);
    const auto run = std::find_if(runs.begin(), runs.end(), [&](const ImportRun& r) { return r.source == key; });
    if (run == runs.end()) {
      row->ShowSection("NEVER");
      continue;
    }
    auto* last = row->AddSectionDictionary("LAST");
    web::setValue(*last, "AT", utcMinute(run->finished_at));
    web::setValue(*last, "BY", run->actor_label);
    web::setValue(*last, "STATUS", text(run->status == "ok" ? "registry.import.status.ok" : "registry.import.status.failed"));
    web::setValue(*last, "STATUS_COLOR", run->status == "ok" ? "success" : "danger");
    if (!run->error_key.empty()) web::addTextSection(*last, "ERROR", text(run->error_key));
    const auto& f = run->figures;
    web::setValue(*last, "FETCHED", std::to_string(run->fetched));
    web::setValue(*last, "CREATED", std::to_string(f.created));
    web::setValue(*last, "UPDATED", std::to_string(f.updated));
    web::setValue(*last, "UNCHANGED", std::to_string(f.unchanged));
    web::setValue(*last, "VANISHED", std::to_string(f.vanished));
    web::setValue(*last, "KEPT", std::to_string(f.kept_owner_fields));
    web::setValue(*last, "SKIPPED", std::to_string(f.skipped));
  }
  return page(renderer, request, text("registry.import.title"), "import.tpl", content);
}

http::Response runFromPage(const ImportService& service, const web::Renderer&, const http::Request& request) {
  auth::require(request, kRunPermission);
  const std::string key(request.pathParam("kilde"));
  if (findSource(key) == nullptr) throw Error(ErrorKind::NotFound, "registry.import.error.unknown_source");
  try {
    service.run(request.principal.get(), key);
  } catch (const Error& error) {
    // The failed run is stored and shown on the page with its reason.
    if (error.kind() != ErrorKind::Unavailable) throw;
  }
  return http::Response::redirect("/anlegg/import?kjort=" + key);
}

http::Response claimPage(const ImportService& service, const web::Renderer& renderer,
                         const http::Request& request, const Error* error, int status = 200) {
  const auto summary = service.sites().get(request.pathParam("id"));
  const auto& site = summary.site;
  if (request.principal == nullptr) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  const auth::Principal& actor = *request.principal;
  Dictionary content("krav");
  web::setValue(content, "ID", site.id);
  web::setValue(content, "NAME", site.name);
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "SOURCE", i18n::catalog().format(
      "registry.site.imported_unclaimed",
      {{"source", text("registry.site.import_source." + site.import_source)}, {"licence", site.import_licence}}));
  if (site.import_source.empty() || site.claimed_at || site.vanished_at) {
    web::addTextSection(content, "NOT_CLAIMABLE", text("registry.site.claim.not_claimable"));
    return page(renderer, request, text("registry.import.claim.title"), "krav.tpl", content, status);
  }
  std::vector<sites::SiteService::OwnerChoice> choices;
  for (auto& choice : service.sites().ownerChoices(actor)) {
    if (site.import_orgnr.empty() || choice.organisation_number == site.import_orgnr) choices.push_back(std::move(choice));
  }
  if (!site.import_orgnr.empty()) {
    web::addTextSection(content, "NAMED_OPERATOR", i18n::catalog().format(
        "registry.import.claim.named_operator", {{"orgnr", site.import_orgnr}}));
  }
  if (choices.empty()) {
    content.ShowSection("NO_CHOICES");
    return page(renderer, request, text("registry.import.claim.title"), "krav.tpl", content, status);
  }
  auto* form = content.AddSectionDictionary("FORM");
  web::setValue(*form, "ID", site.id);
  web::setValue(*form, "CSRF_TOKEN", actor.csrf_token);
  const std::string chosen = request.method == http::Method::Post ? request.formField("organisasjonsnummer") : std::string();
  for (const auto& choice : choices) {
    auto* option = form->AddSectionDictionary("CHOICE");
    web::setValue(*option, "VALUE", choice.organisation_number);
    web::setValue(*option, "LABEL", choice.name + " (" + choice.organisation_number + ")");
    if (choice.organisation_number == chosen || choices.size() == 1) option->ShowSection("SELECTED");
  }
  if (error != nullptr) {
    std::string message = text(error->messageKey());
    if (!error->fields().empty()) message = text(error->fields().front().message_key);
    web::addTextSection(*form, "ERROR", message);
  }
  return page(renderer, request, text("registry.import.claim.title"), "krav.tpl", content, status);
}

http::Response claimFromPage(const ImportService& service, const web::Renderer& renderer,
                             const http::Request& request) {
  if (request.principal == nullptr) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  const std::string id(request.pathParam("id"));
  try {
    service.claim(*request.principal, id, request.formField("organisasjonsnummer"));
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::Validation) throw;
    return claimPage(service, renderer, request, &error, 422);
  }
  return http::Response::redirect("/anlegg/" + id + "?krav=1");
}

http::Response undoClaimFromPage(const ImportService& service, const web::Renderer&,
                                 const http::Request& request) {
  if (request.principal == nullptr) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  const std::string id(request.pathParam("id"));
  service.undoClaim(*request.principal, id);
  return http::Response::redirect("/anlegg/" + id + "?krav_angret=1");
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const ImportService> service,
                        const web::Renderer& renderer) {
  const auto* view = &renderer;
  const auto add = [&](http::Method method, std::string pattern,
                       http::Response (*handler)(const ImportService&, const web::Renderer&, const http::Request&)) {
    router.add({method, std::move(pattern), http::Audience::Page,
                [service, view, handler](http::Request& request) { return handler(*service, *view, request); },
                {}});
  };
  add(http::Method::Get, "/anlegg/import", &importPage);
  add(http::Method::Post, "/anlegg/import/{kilde}", &runFromPage);
  add(http::Method::Get, "/anlegg/{id}/krav",
      [](const ImportService& s, const web::Renderer& r, const http::Request& request) {
        return claimPage(s, r, request, nullptr);
      });
  add(http::Method::Post, "/anlegg/{id}/krav", &claimFromPage);
  add(http::Method::Post, "/anlegg/{id}/krav/angre", &undoClaimFromPage);
}

}  // namespace masseflyt::registry::imports
