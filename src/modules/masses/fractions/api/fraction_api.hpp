#pragma once

#include "platform/http/router.hpp"

namespace masseflyt::masses::fractions {

/// /api/v1/fraksjoner, /api/v1/fraksjoner/{key} and /api/v1/fraksjoner/{key}/omregning. Open.
void registerApiRoutes(http::Router& router);

}  // namespace masseflyt::masses::fractions
