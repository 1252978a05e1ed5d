#pragma once

#include <memory>
#include <string>
#include <vector>

#include "modules/registry/projects/app/approval_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace masseflyt::registry::projects {

/// /prosjekter/{id}/godkjenninger/ny and /prosjekter/{id}/godkjenninger/{approvalId}/endre.
void registerApprovalPages(http::Router& router, std::shared_ptr<const ApprovalService> approvals,
                           const web::Renderer& renderer);

/// The project page's approvals section (prosjekt.tpl): NO_APPROVALS or HAS_APPROVALS with one
/// APPROVAL per row, status as of today.
void addApprovals(ctemplate::TemplateDictionary& content, const std::vector<Approval>& approvals,
                  const std::string& project_id, bool may_edit);

}  // namespace masseflyt::registry::projects
