#pragma once

#include <memory>

#include "modules/registry/carriers/app/carrier_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::registry::carriers {

/// /transportorer, /transportorer/ny, /transportorer/{orgnr}, …/endre, …/kjoretoy/ny,
/// …/kjoretoy/{id} and their POST forms.
void registerPageRoutes(http::Router& router, std::shared_ptr<const CarrierService> service,
                        const web::Renderer& renderer);

}  // namespace masseflyt::registry::carriers
