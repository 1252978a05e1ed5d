#pragma once

#include <memory>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::identity::organisations {

/// /api/v1/organisasjoner… (documented in src/modules/identity/api/openapi-organisations.json).
void registerApiRoutes(http::Router& router, std::shared_ptr<const OrganisationService> service);

}  // namespace masseflyt::identity::organisations
