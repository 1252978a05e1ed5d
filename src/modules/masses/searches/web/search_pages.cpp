#include "modules/masses/searches/web/search_pages.hpp"

#include <ctemplate/template.h>

#include "modules/masses/searches/permissions.hpp"
#include "modules/registry/common/page_frame.hpp"
#include "platform/audit/oslo_time.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::masses::searches {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::string_view kTemplate = "modules/masses/searches/web/templates/lagrede_sok.tpl";
constexpr std::string_view kPath = "/masser/lagrede-sok";
constexpr std::int64_t kAlertsShown = 50;

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

std::string querySuffix(const std::string& query) { return query.empty() ? "" : "?" + query; }

/// What the saved query says, readable: the decoded parameters, or "alle masser".
std::string queryText(const std::string& query) {
  if (query.empty()) return text("masses.search.all");
  http::Request request;
  request.query = query;
  std::string out;
  for (const auto& [name, value] : request.queryParams()) {
    if (value.empty() || name == "visning" || name == "side") continue;
    out += (out.empty() ? "" : ", ") + name + "=" + value;
  }
  return out.empty() ? text("masses.search.all") : out;
}

struct FormState {
  std::string query;
  std::string name;
  bool mail = true;
  const Error* error = nullptr;
};

http::Response render(const SearchService& service, const web::Renderer& renderer,
                      const http::Request& request, const std::optional<FormState>& form,
                      bool mail_enabled) {
  const auto& actor = *request.principal;
  Dictionary content("lagrede-sok");
  if (request.queryParam("lagret")) web::addTextSection(content, "FLASH", text("masses.search.saved"));
  if (request.queryParam("slettet")) web::addTextSection(content, "FLASH", text("masses.search.deleted"));
  if (!mail_enabled) content.ShowSection("NO_MAIL");

  const auto alerts = service.alerts(actor, kAlertsShown);
  if (alerts.empty()) content.ShowSection("ALERTS_NONE");
  auto* alert_list = alerts.empty() ? nullptr : content.AddSectionDictionary("ALERT_LIST");
  for (const auto& view : alerts) {
    auto* item = alert_list->AddSectionDictionary("ITEM");
    if (!view.alert.seen_at) item->ShowSection("NEW");
    if (view.listing_available) {
      auto* link = item->AddSectionDictionary("AVAILABLE");
      web::setValue(*link, "LISTING_ID", view.alert.listing_id);
      web::setValue(*link, "TITLE", view.listing_title);
    } else {
      item->ShowSection("GONE");
    }
    web::setValue(*item, "KIND", view.listing_kind.empty() ? text("masses.search.alerts.unknown_kind") : view.listing_kind);
    web::setValue(*item, "SEARCH_NAME", view.alert.saved_search_name);
    web::setValue(*item, "WHEN", audit::formatOsloTime(view.alert.created_at));
  }
  // Seeing the page is reading the alerts: the "new" marks show once.
  service.markAlertsSeen(actor);

  const auto searches = service.list(actor);
  if (searches.empty()) content.ShowSection("SEARCHES_NONE");
  auto* search_list = searches.empty() ? nullptr : content.AddSectionDictionary("SEARCH_LIST");
  for (const auto& search : searches) {
    auto* item = search_list->AddSectionDictionary("SEARCH");
    web::setValue(*item, "ID", search.id);
    web::setValue(*item, "NAME", search.name);
    web::setValue(*item, "QUERY_SUFFIX", querySuffix(search.query));
    web::setValue(*item, "MAIL_TEXT", text(search.email_alerts ? "masses.search.mail_on" : "masses.search.mail_off"));
    web::setValue(*item, "CSRF_TOKEN", actor.csrf_token);
  }

  int status = 200;
  if (form) {
    auto* section = content.AddSectionDictionary("FORM");
    web::setValue(*section, "CSRF_TOKEN", actor.csrf_token);
    web::setValue(*section, "QUERY", form->query);
    web::setValue(*section, "QUERY_SUFFIX", querySuffix(form->query));
    web::setValue(*section, "QUERY_TEXT", queryText(form->query));
    web::setValue(*section, "NAME", form->name);
    if (form->mail) section->ShowSection("MAIL_CHECKED");
    if (form->error != nullptr) {
      status = 422;
      web::addTextSection(content, "ALERT", text(form->error->messageKey()));
      for (const auto& field : form->error->fields()) {
        if (field.field == "navn") web::addTextSection(*section, "NAME_ERROR", text(field.message_key));
        if (field.field == "sok") web::addTextSection(*section, "QUERY_ERROR", text(field.message_key));
      }
    }
  }
  return registry::common::renderPage(renderer, request,
                                      {"masser", text("masses.search.title"), std::string(kTemplate), status},
                                      content);
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const SearchService> service,
                        const web::Renderer& renderer, bool mail_enabled) {
  const auto* view = &renderer;
  const std::string path(kPath);
  router.add({http::Method::Get, path, http::Audience::Page,
              [service, view, mail_enabled](http::Request& request) {
                auth::require(request, kSavePermission);
                std::optional<FormState> form;
                if (const auto query = request.queryParam("sok")) {
                  form = FormState{*query, "", true, nullptr};
                }
                return render(*service, *view, request, form, mail_enabled);
              },
              {}});
  router.add({http::Method::Post, path, http::Audience::Page,
              [service, view, mail_enabled](http::Request& request) {
                auth::require(request, kSavePermission);
                FormState form{request.formField("sok"), request.formField("navn"),
                               request.formField("epost") == "ja", nullptr};
                try {
                  service->save(*request.principal, form.name, form.query, form.mail);
                  return http::Response::redirect(std::string(kPath) + "?lagret=1");
                } catch (const Error& error) {
                  if (error.kind() != ErrorKind::Validation) throw;
                  form.error = &error;
                  return render(*service, *view, request, form, mail_enabled);
                }
              },
              {}});
  router.add({http::Method::Post, path + "/{id}/slett", http::Audience::Page,
              [service](http::Request& request) {
                auth::require(request, kSavePermission);
                service->remove(*request.principal, request.pathParam("id"));
                return http::Response::redirect(std::string(kPath) + "?slettet=1");
              },
              {}});
}

}  // namespace masseflyt::masses::searches
