#pragma once

#include <span>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Projects (T1.2): what the rest of the binary may use.
namespace masseflyt::registry::projects {

/// The permissions this part declares (register them with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/prosjekter…) and API (/api/v1/prosjekter…). `brreg` must outlive the router (it
/// resolves developer and contractor organisations through identity's organisations).
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg);

/// Demo seeder "registry.projects": the four real public projects of the region (with
/// stand-in demo developers) and fictional projects in every phase; idempotent. `demo_register`
/// is the fixture register holding the demo companies. Returns the number of projects created.
int seedDemoProjects(db::Database& database, const identity::organisations::BrregClient& demo_register);

}  // namespace masseflyt::registry::projects
