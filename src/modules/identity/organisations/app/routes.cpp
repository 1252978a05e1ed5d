#include "modules/identity/organisations/api/organisation_api.hpp"
#include "modules/identity/organisations/app/api.hpp"
#include "modules/identity/organisations/permissions.hpp"
#include "modules/identity/organisations/web/organisation_pages.hpp"

namespace masseflyt::identity::organisations {

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const BrregClient& brreg) {
  auto service = std::make_shared<const OrganisationService>(database, brreg);
  registerPageRoutes(router, service, renderer);
  registerApiRoutes(router, service);
}

}  // namespace masseflyt::identity::organisations
