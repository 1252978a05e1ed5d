#pragma once

#include "app/api/openapi_document.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::app {

/// GET /api/v1 (index) and GET /api/v1/openapi.json. The document must outlive the router.
void registerApiRoutes(http::Router& router, const OpenApiDocument& document);

}  // namespace masseflyt::app
