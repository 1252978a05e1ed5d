#pragma once

#include <memory>

#include "modules/registry/sites/app/permit_documents.hpp"
#include "modules/registry/sites/app/site_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::registry::sites {

/// /api/v1/anlegg… (list with filters, GeoJSON, create, read, update, permits and their
/// documents, history).
void registerApiRoutes(http::Router& router, std::shared_ptr<const SiteService> service,
                       std::shared_ptr<const PermitDocuments> documents);

}  // namespace masseflyt::registry::sites
