#pragma once

#include <memory>

#include "modules/registry/projects/app/approval_service.hpp"
#include "modules/registry/projects/app/project_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::registry::projects {

/// /api/v1/prosjekter…: open GET (public fields; the personal contact for logged-in callers),
/// writes for verified members of the developer organisation; approvals under
/// /api/v1/prosjekter/{id}/godkjenninger.
void registerApiRoutes(http::Router& router, std::shared_ptr<const ProjectService> service,
                       std::shared_ptr<const ApprovalService> approvals);

}  // namespace masseflyt::registry::projects
