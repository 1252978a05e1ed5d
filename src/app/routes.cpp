#include "app/routes.hpp"

#include "app/api/api_routes.hpp"
#include "app/health/health_routes.hpp"
#include "app/pages/pages.hpp"
#include "platform/web/static_files.hpp"

namespace masseflyt::app {

void registerAllRoutes(http::Router& router, const RouteDependencies& deps) {
  registerHealthRoutes(router, deps.database);
  web::registerStaticRoutes(router, deps.static_dir);
  registerApiRoutes(router, deps.openapi);
  pages::registerPageRoutes(router, deps.renderer);
}

}  // namespace masseflyt::app
