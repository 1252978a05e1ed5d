#pragma once

#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::app::pages {

/// The open pages: / (landing page), /personvern, /tilgjengelighet and /utviklere (developer
/// portal with the OpenAPI viewer). `renderer` must outlive the router.
void registerPageRoutes(http::Router& router, const web::Renderer& renderer);

}  // namespace masseflyt::app::pages
