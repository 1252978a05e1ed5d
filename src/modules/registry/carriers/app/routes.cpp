#include "modules/registry/carriers/api/carrier_api.hpp"
#include "modules/registry/carriers/app/api.hpp"
#include "modules/registry/carriers/web/carrier_pages.hpp"

namespace masseflyt::registry::carriers {

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg, const VehicleRegister& vehicles) {
  auto service = std::make_shared<const CarrierService>(database, brreg, vehicles);
  registerPageRoutes(router, service, renderer);
  registerApiRoutes(router, service);
}

}  // namespace masseflyt::registry::carriers
