#pragma once

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/registry/providers/app/provider_service.hpp"
#include "modules/registry/providers/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Quality-control providers (kontrolltjenester): what the rest of the binary may use.
namespace masseflyt::registry::providers {

/// Pages (/kontrolltjenester…) and API (/api/v1/kontrolltjenester…). `brreg` must outlive the
/// router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg);

// permissions() is in permissions.hpp; seedDemoProviders(database, demo_register) in
// provider_service.hpp.

}  // namespace masseflyt::registry::providers
