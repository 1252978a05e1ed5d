#pragma once

#include <memory>

#include "modules/registry/carriers/app/carrier_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::registry::carriers {

/// /api/v1/transportorer… and /api/v1/kjoretoy….
void registerApiRoutes(http::Router& router, std::shared_ptr<const CarrierService> service);

}  // namespace masseflyt::registry::carriers
