#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/http/message.hpp"
#include "platform/web/renderer.hpp"

namespace ctemplate {
class TemplateDictionary;
}

// The frame around every page of the map-and-list registers (sites, projects).
namespace masseflyt::registry::common {

struct PageParts {
  std::string_view nav;            ///< the menu item marked as current ("anlegg", "prosjekter")
  std::string title;
  std::string template_name;       ///< full template path
  int status = 200;
  std::vector<std::string> scripts = {};  ///< optional enhancements (map, address search)
  std::vector<std::string> styles = {};
};

/// Renders `content` in the site frame. Scripts and styles are enhancements: each is added only
/// when the front-end build has it, so the page works (without JavaScript) before the build.
http::Response renderPage(const web::Renderer& renderer, const http::Request& request,
                          PageParts parts, const ctemplate::TemplateDictionary& content);

}  // namespace masseflyt::registry::common
