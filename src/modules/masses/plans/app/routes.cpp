#include "modules/masses/plans/api/plan_api.hpp"
#include "modules/masses/plans/app/api.hpp"
#include "modules/masses/plans/permissions.hpp"
#include "modules/masses/plans/web/plan_pages.hpp"

namespace masseflyt::masses::plans {

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg) {
  auto service = std::make_shared<const PlanService>(database, brreg);
  registerPageRoutes(router, service, renderer);
  registerListPage(router, service, renderer);
  registerApiRoutes(router, service);
}

}  // namespace masseflyt::masses::plans
