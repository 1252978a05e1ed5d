#pragma once

#include <memory>

#include "modules/masses/listings/app/listing_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::masses::listings {

/// /api/v1/masser… (search with filters, GeoJSON, create, read, update, patch, publish,
/// withdraw, fulfil, history).
void registerApiRoutes(http::Router& router, std::shared_ptr<const ListingService> service);

}  // namespace masseflyt::masses::listings
