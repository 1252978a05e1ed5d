#pragma once

#include <memory>

#include "modules/registry/sites/app/site_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::registry::sites {

/// /api/v1/anlegg… (list with filters, GeoJSON, create, read, update, permits, history).
void registerApiRoutes(http::Router& router, std::shared_ptr<const SiteService> service);

}  // namespace masseflyt::registry::sites
