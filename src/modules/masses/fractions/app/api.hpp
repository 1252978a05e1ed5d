#pragma once

#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// The fraction catalog's public face for the composition root. Other parts of the masses module
// use the domain headers directly (domain/fraction.hpp, domain/quantity.hpp,
// domain/conversion_query.hpp, domain/quantity_text.hpp) through mf_masses_fractions_domain.
namespace masseflyt::masses::fractions {

/// Pages /fraksjoner, /fraksjoner/{key} and API /api/v1/fraksjoner…; all open without login.
/// Checks the embedded catalog first, so a broken data file stops start-up.
void registerRoutes(http::Router& router, const web::Renderer& renderer);

}  // namespace masseflyt::masses::fractions
