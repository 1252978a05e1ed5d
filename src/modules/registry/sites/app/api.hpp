#pragma once

#include <span>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Sites (anlegg) and their permits: what the rest of the binary may use.
namespace masseflyt::registry::sites {

/// The permissions this part declares (register them at start-up with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/anlegg…) and API (/api/v1/anlegg…). `brreg` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg);

/// Demo data: ~70 fictional sites with permits around the region, owned by the fixture
/// register's demo companies (created when missing). Idempotent; returns the number created.
int seedDemoSites(db::Database& database, const identity::organisations::BrregClient& demo_register);

}  // namespace masseflyt::registry::sites
