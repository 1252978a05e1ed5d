#include "modules/registry/common/page_frame.hpp"

#include <ctemplate/template.h>

#include <utility>

namespace masseflyt::registry::common {

http::Response renderPage(const web::Renderer& renderer, const http::Request& request,
                          PageParts parts, const ctemplate::TemplateDictionary& content) {
  web::PageMeta meta;
  meta.title = std::move(parts.title);
  meta.nav = std::string(parts.nav);
  meta.principal = request.principal.get();
  for (auto& s : parts.scripts) {
    if (renderer.assets().contains(s)) meta.scripts.push_back(std::move(s));
  }
  for (auto& s : parts.styles) {
    if (renderer.assets().contains(s)) meta.styles.push_back(std::move(s));
  }
  return http::Response::html(renderer.page(meta, parts.template_name, content), parts.status);
}

}  // namespace masseflyt::registry::common
