#pragma once

#include <memory>

#include "modules/registry/imports/app/import_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::registry::imports {

/// POST /api/v1/import/{kilde} (administrators), POST and DELETE /api/v1/anlegg/{id}/krav.
void registerApiRoutes(http::Router& router, std::shared_ptr<const ImportService> service);

}  // namespace masseflyt::registry::imports
