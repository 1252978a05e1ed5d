#pragma once

#include <memory>

#include "modules/registry/sites/app/site_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::registry::sites {

/// /anlegg (list and map), /anlegg/ny, /anlegg/{id}, /anlegg/{id}/endre,
/// /anlegg/{id}/tillatelser/ny and /anlegg/{id}/tillatelser/{permitId}/endre.
void registerPageRoutes(http::Router& router, std::shared_ptr<const SiteService> service,
                        const web::Renderer& renderer);

}  // namespace masseflyt::registry::sites
