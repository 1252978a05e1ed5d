#pragma once

#include <memory>

#include "modules/masses/searches/app/search_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::masses::searches {

/// /api/v1/masser/lagrede-sok and /api/v1/masser/varsler: the logged-in person's own.
void registerApiRoutes(http::Router& router, std::shared_ptr<const SearchService> service);

}  // namespace masseflyt::masses::searches
