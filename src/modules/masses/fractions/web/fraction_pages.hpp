#pragma once

#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

namespace masseflyt::masses::fractions {

/// /fraksjoner (the catalog by group) and /fraksjoner/{key} (one fraction with a converter that
/// works as a plain GET form). Public: the catalog holds no personal data.
void registerPageRoutes(http::Router& router, const web::Renderer& renderer);

}  // namespace masseflyt::masses::fractions
