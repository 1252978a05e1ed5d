#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Imports of public registers into the site register (issue 4 item 6): what the rest of the
// binary may use.
namespace masseflyt::registry::imports {

/// The permissions this part declares (register them with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/anlegg/import, /anlegg/{id}/krav) and API (/api/v1/import/{kilde},
/// /api/v1/anlegg/{id}/krav). `brreg` and `sources` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg,
                    std::vector<std::shared_ptr<const PublicSiteSource>> sources);

/// Runs the import of `source` as the system (CLI `masseflyt import <kilde>`, the nightly job,
/// the demo seeder) and returns a one-line Norwegian summary of the figures. Throws what the
/// run throws (Error(NotFound) for an unknown source, Error(Unavailable) when it cannot be read).
std::string runImport(db::Database& database, const identity::organisations::BrregClient& brreg,
                      const PublicSiteSource& source, std::string_view actor_label);

/// Demo data: imports every given source (the fixture clients) unless it has run before.
/// Returns the number of sites created.
int seedDemoImports(db::Database& database, const identity::organisations::BrregClient& brreg,
                    const std::vector<const PublicSiteSource*>& sources);

}  // namespace masseflyt::registry::imports
