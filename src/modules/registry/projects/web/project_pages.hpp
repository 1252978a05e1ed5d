#pragma once

#include <memory>

#include "modules/registry/projects/app/approval_service.hpp"
#include "modules/registry/projects/app/project_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::registry::projects {

/// /prosjekter (list and map), /prosjekter/ny, /prosjekter/{id} (with its approvals),
/// /prosjekter/{id}/endre.
void registerPageRoutes(http::Router& router, std::shared_ptr<const ProjectService> service,
                        std::shared_ptr<const ApprovalService> approvals, const web::Renderer& renderer);

}  // namespace masseflyt::registry::projects
