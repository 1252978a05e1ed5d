#pragma once

#include <memory>

#include "modules/masses/listings/app/listing_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::masses::listings {

/// /masser (search, list and map), /masser.csv, /masser.geojson, /masser/mine, /masser/ny,
/// /masser/{id}, /masser/{id}/endre and the status steps (POST /masser/{id}/status).
void registerPageRoutes(http::Router& router, std::shared_ptr<const ListingService> service,
                        const web::Renderer& renderer);

}  // namespace masseflyt::masses::listings
