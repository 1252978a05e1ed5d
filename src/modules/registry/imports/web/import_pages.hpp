#pragma once

#include <memory>

#include "modules/registry/imports/app/import_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::registry::imports {

/// /anlegg/import (administrators: sources, last runs, a button per source) and
/// /anlegg/{id}/krav (a representative claims an imported site).
void registerPageRoutes(http::Router& router, std::shared_ptr<const ImportService> service,
                        const web::Renderer& renderer);

}  // namespace masseflyt::registry::imports
