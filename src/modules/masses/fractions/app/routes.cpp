#include "modules/masses/fractions/api/fraction_api.hpp"
#include "modules/masses/fractions/app/api.hpp"
#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/fractions/web/fraction_pages.hpp"

namespace masseflyt::masses::fractions {

void registerRoutes(http::Router& router, const web::Renderer& renderer) {
  catalog();  // parse now: a broken catalog file fails start-up, not the first request
  registerPageRoutes(router, renderer);
  registerApiRoutes(router);
}

}  // namespace masseflyt::masses::fractions
