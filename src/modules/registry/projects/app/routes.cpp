#include "modules/registry/projects/api/project_api.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/projects/permissions.hpp"
#include "modules/registry/projects/web/approval_pages.hpp"
#include "modules/registry/projects/web/project_pages.hpp"

namespace masseflyt::registry::projects {

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg) {
  auto service = std::make_shared<const ProjectService>(database, brreg);
  auto approvals = std::shared_ptr<const ApprovalService>(
      new ApprovalService(database, *service),
      [service](const ApprovalService* a) { delete a; });  // keeps the project service alive
  registerPageRoutes(router, service, approvals, renderer);
  registerApprovalPages(router, approvals, renderer);
  registerApiRoutes(router, service, approvals);
}

}  // namespace masseflyt::registry::projects
