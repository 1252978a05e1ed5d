#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/jobs/jobs.hpp"

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

/// The nightly refresh: one job per source, payload {"kilde":"<source>"}, at 01:00 UTC.
inline constexpr std::string_view kRefreshJobKind = "registry.import.refresh";
std::string refreshJobPayload(std::string_view source);
std::optional<std::string> sourceOfRefreshPayload(std::string_view payload);
/// The first 01:00 UTC after `now_ms`.
std::int64_t nextNightlyRun(std::int64_t now_ms);
/// Queues the next nightly run of each source unless one is waiting (called at start-up of
/// `serve` and `worker`).
void scheduleNightlyRefresh(db::Database& database,
                            const std::vector<std::shared_ptr<const PublicSiteSource>>& sources);
/// The refresh job's handler: queues the next night, then imports. `brreg` must outlive it.
void registerJobs(jobs::JobRegistry& registry, db::Database& database,
                  const identity::organisations::BrregClient& brreg,
                  std::vector<std::shared_ptr<const PublicSiteSource>> sources);

/// Demo data: imports every given source (the fixture clients) unless it has run before.
/// Returns the number of sites created.
int seedDemoImports(db::Database& database, const identity::organisations::BrregClient& brreg,
                    const std::vector<const PublicSiteSource*>& sources);

}  // namespace masseflyt::registry::imports
