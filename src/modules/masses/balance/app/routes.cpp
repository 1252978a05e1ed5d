#include "modules/masses/balance/api/balance_api.hpp"
#include "modules/masses/balance/app/api.hpp"
#include "modules/masses/balance/web/balance_pages.hpp"

namespace masseflyt::masses::balance {

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer) {
  registerPageRoutes(router, database, renderer);
  registerApiRoutes(router, database);
}

}  // namespace masseflyt::masses::balance
