#pragma once

#include <span>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/masses/searches/app/search_service.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/jobs/jobs.hpp"

namespace masseflyt::web {
class Renderer;
}

// Saved searches with alerts (issue 5 item 6): what the rest of the binary may use.
namespace masseflyt::masses::searches {

std::span<const auth::PermissionDef> permissions();

/// Pages (/masser/lagrede-sok) and API (/api/v1/masser/lagrede-sok, /api/v1/masser/varsler).
/// `brreg` and the mailer in `settings` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg, const AlertSettings& settings);

/// The person's saved searches and alerts as one JSON object, for "Mine data"; registered with
/// platform/privacy together with the eraser.
std::string exportPersonalData(db::Database::Lease& lease, const std::string& user_id);
/// Deletes the person's saved searches and alerts; registered with platform/privacy so deleting an
/// account removes them in the same transaction.
void erasePersonalData(db::Database::Lease& lease, const std::string& user_id);

/// The job that matches a newly published listing against the saved searches (the listings part
/// queues it when a listing is published).
void registerJobs(jobs::JobRegistry& registry, db::Database& database,
                  const identity::organisations::BrregClient& brreg, const AlertSettings& settings);

}  // namespace masseflyt::masses::searches
