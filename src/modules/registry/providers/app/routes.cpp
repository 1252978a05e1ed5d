#include "modules/registry/providers/api/provider_api.hpp"
#include "modules/registry/providers/app/api.hpp"
#include "modules/registry/providers/web/provider_pages.hpp"

namespace masseflyt::registry::providers {

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg) {
  auto service = std::make_shared<const ProviderService>(database, brreg);
  registerPageRoutes(router, service, renderer);
  registerApiRoutes(router, service);
}

}  // namespace masseflyt::registry::providers
