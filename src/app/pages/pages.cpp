#include "app/pages/pages.hpp"

#include <ctemplate/template.h>

#include <string>

#include "platform/auth/permissions.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::app::pages {
namespace {

constexpr std::string_view kOpenApiUrl = "/api/v1/openapi.json";

struct StaticPage {
  std::string_view path;
  std::string_view template_name;
  std::string_view title_key;
  std::string_view description_key;  // empty: none
  std::string_view nav;
};

// Pages whose content is all catalog text; they differ only in template and title.
constexpr StaticPage kPages[] = {
    {"/", "app/pages/templates/forside.tpl", "app.home.meta_title", "app.home.meta_description",
     "forside"},
    {"/personvern", "app/pages/templates/personvern.tpl", "app.privacy.title", "", ""},
    {"/tilgjengelighet", "app/pages/templates/tilgjengelighet.tpl", "app.accessibility.title", "",
     ""},
    {"/utviklere", "app/pages/templates/utviklere.tpl", "app.developers.title",
     "app.developers.lead", "utviklere"},
};

std::string renderStaticPage(const web::Renderer& renderer, const web::PageMeta& meta,
                             const std::string& template_name) {
  ctemplate::TemplateDictionary content("page");
  content.SetValue("CONTACT_EMAIL", renderer.site().contact_email);
  content.SetValue("OPENAPI_URL", std::string(kOpenApiUrl));
  // The scopes an API client may be given are the organisation permissions the modules
  // registered, the same list the OpenAPI document carries.
  for (const auto& permission : auth::allPermissions()) {
    if (permission.scope != auth::PermissionScope::Organisation) continue;
    auto* row = content.AddSectionDictionary("SCOPE");
    row->SetValue("KEY", std::string(permission.key));
    row->SetValue("TEXT", std::string(i18n::t(permission.description_key)));
  }
  return renderer.page(meta, template_name, content);
}

http::Handler pageHandler(const web::Renderer& renderer, const StaticPage& page) {
  web::PageMeta meta;
  meta.title = std::string(i18n::t(page.title_key));
  if (!page.description_key.empty()) {
    meta.description = std::string(i18n::t(page.description_key));
  }
  meta.nav = std::string(page.nav);
  if (page.path == "/utviklere") {
    // The OpenAPI viewer: swagger-ui, then our start-up script and style adjustments.
    meta.styles = {"swagger-ui.css", "api-viewer.css"};
    meta.scripts = {"swagger-ui.js", "api-viewer.js"};
  }
  // The content is the same for everyone; only the header differs for a signed-in person. The
  // anonymous page is rendered once at registration (most traffic), the personal one per request.
  const std::string template_name(page.template_name);
  const std::string anonymous_html = renderStaticPage(renderer, meta, template_name);
  return [&renderer, meta, template_name, anonymous_html](http::Request& request) {
    if (!request.principal) {
      return http::Response::html(anonymous_html);
    }
    web::PageMeta personal = meta;
    personal.principal = request.principal.get();
    auto response = http::Response::html(renderStaticPage(renderer, personal, template_name));
    // The header names the person: never keep it in a shared cache.
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  };
}

}  // namespace

void registerPageRoutes(http::Router& router, const web::Renderer& renderer) {
  for (const auto& page : kPages) {
    router.add(http::Route{
        .method = http::Method::Get,
        .pattern = std::string(page.path),
        .audience = http::Audience::Page,
        .handler = pageHandler(renderer, page),
        .limits = {},
    });
  }
}

}  // namespace masseflyt::app::pages
