#pragma once

#include <optional>
#include <span>
#include <string>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Organisations and memberships: what the rest of the binary may use.
namespace masseflyt::identity::organisations {

/// The permissions this part declares (register them at start-up with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/organisasjoner…) and API (/api/v1/organisasjoner…). `brreg` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const BrregClient& brreg);

/// The organisation's name by the platform's id, for pages that show ids of many modules (the
/// audit log); nullopt for an unknown id.
std::optional<std::string> organisationName(db::Database& database, const std::string& id);

// seedDemoOrganisations(database, demo_register) is declared in organisation_service.hpp.

}  // namespace masseflyt::identity::organisations
