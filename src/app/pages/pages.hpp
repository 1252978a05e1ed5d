#pragma once

#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::app::pages {

/// The open pages: / (landing page), /personvern, /tilgjengelighet and /utviklere (developer
/// portal with the OpenAPI viewer and the API-client scopes). `renderer` must outlive the router.
/// Register them after every module has registered its permissions: the pages are rendered here.
void registerPageRoutes(http::Router& router, const web::Renderer& renderer);

}  // namespace masseflyt::app::pages
