#include "app/routes.hpp"

#include "app/api/api_routes.hpp"
#include "app/health/health_routes.hpp"
#include "app/pages/pages.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/organisations/app/api.hpp"
#include "platform/audit/audit_routes.hpp"
#include "platform/audit/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/web/static_files.hpp"

namespace masseflyt::app {

void registerAllRoutes(http::Router& router, const RouteDependencies& deps) {
  registerHealthRoutes(router, deps.database);
  web::registerStaticRoutes(router, deps.static_dir);
  registerApiRoutes(router, deps.openapi);
  pages::registerPageRoutes(router, deps.renderer);
  auth::registerPermissions(audit::kAuditPermissions);
  // The audit page shows people and organisations by name; only the composition root may ask
  // the identity modules.
  audit::registerAuditRoutes(
      router, deps.database, deps.renderer,
      {.actor = [&database = deps.database](const std::string& id) {
         return identity::accounts::displayName(database, id);
       },
       .organisation = [&database = deps.database](const std::string& id) {
         return identity::organisations::organisationName(database, id);
       }});
  identity::accounts::registerRoutes(router, deps.database, deps.renderer,
                                     {.secure_cookies = deps.behind_tls, .oidc = deps.oidc});
  auto password_reset = deps.password_reset;
  password_reset.secure_cookies = deps.behind_tls;
  identity::accounts::registerPasswordResetRoutes(router, deps.database, deps.renderer,
                                                  std::move(password_reset));
  auth::registerPermissions(identity::organisations::permissions());
  identity::organisations::registerRoutes(router, deps.database, deps.renderer, deps.brreg);
}

}  // namespace masseflyt::app
