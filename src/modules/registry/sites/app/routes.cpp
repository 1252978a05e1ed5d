#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/sites/api/site_api.hpp"
#include "modules/registry/sites/app/api.hpp"
#include "modules/registry/sites/permissions.hpp"
#include "modules/registry/sites/web/permit_document_pages.hpp"
#include "modules/registry/sites/web/site_pages.hpp"

namespace masseflyt::registry::sites {

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg, const storage::FileStore& files) {
  // The sites part reads owners through the organisations part's public service.
  auto organisations = std::make_shared<const identity::organisations::OrganisationService>(database, brreg);
  auto service = std::shared_ptr<const SiteService>(
      new SiteService(database, *organisations),
      [organisations](const SiteService* s) { delete s; });  // keeps the owner service alive
  auto documents = std::make_shared<const PermitDocuments>(service, files);
  registerPageRoutes(router, service, renderer);
  registerPermitDocumentPages(router, documents, renderer);
  registerApiRoutes(router, service, documents);
}

}  // namespace masseflyt::registry::sites
