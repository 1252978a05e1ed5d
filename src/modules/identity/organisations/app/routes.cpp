#include "modules/identity/organisations/api/organisation_api.hpp"
#include "modules/identity/organisations/app/api.hpp"
#include "modules/identity/organisations/infra/organisation_repository.hpp"
#include "modules/identity/organisations/permissions.hpp"
#include "modules/identity/organisations/web/organisation_pages.hpp"

namespace masseflyt::identity::organisations {

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

std::optional<std::string> organisationName(db::Database& database, const std::string& id) {
  auto lease = database.lease();
  const auto organisation = repository::findOrganisationById(lease, id);
  if (!organisation) return std::nullopt;
  return organisation->name;
}

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const BrregClient& brreg) {
  auto service = std::make_shared<const OrganisationService>(database, brreg);
  registerPageRoutes(router, service, renderer);
  registerApiRoutes(router, service);
}

}  // namespace masseflyt::identity::organisations
