#pragma once

#include <span>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/registry/carriers/app/carrier_service.hpp"
#include "modules/registry/carriers/app/vehicle_register.hpp"
#include "modules/registry/carriers/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Carriers and vehicles: what the rest of the binary may use.
namespace masseflyt::registry::carriers {

/// Pages (/transportorer…) and API (/api/v1/transportorer…, /api/v1/kjoretoy…). `brreg` and
/// `vehicles` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg, const VehicleRegister& vehicles);

// permissions() is in permissions.hpp; seedDemoCarriers(database, demo_register) in
// carrier_service.hpp.

}  // namespace masseflyt::registry::carriers
