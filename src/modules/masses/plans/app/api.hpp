#pragma once

#include <span>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Mass handling plans (massehåndteringsplaner, issue 5 item 5): what the rest of the binary may use.
namespace masseflyt::masses::plans {

/// The permissions this part declares (register them with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/prosjekter/{id}/massehandteringsplan…) and API (/api/v1/massehandteringsplaner…).
/// `brreg` must outlive the router (publishing resolves owners through the listings part).
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg);

/// Demo seeder "masses.plans" (after the registry seeders): a plan for Fornebubanen (rock surplus)
/// and one for E18 Vestkorridoren; idempotent. Returns the number of plans created.
int seedDemoPlans(db::Database& database);

}  // namespace masseflyt::masses::plans
