#include "app/pages/pages.hpp"

#include <ctemplate/template.h>

#include <string>

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
  // The pages are the same for every visitor, so they are rendered once at registration.
  ctemplate::TemplateDictionary content("page");
  content.SetValue("CONTACT_EMAIL", renderer.site().contact_email);
  content.SetValue("OPENAPI_URL", std::string(kOpenApiUrl));
  const std::string html = renderer.page(meta, page.template_name, content);
  return [html](http::Request&) { return http::Response::html(html); };
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
