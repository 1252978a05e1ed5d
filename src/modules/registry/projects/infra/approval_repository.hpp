#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/projects/domain/approval.hpp"
#include "platform/db/database.hpp"

// The SQL of project approvals; internal to the projects part. Runs on the caller's session.
namespace masseflyt::registry::projects::repository {

void insertApproval(db::Database::Lease& lease, const Approval& approval);
void updateApproval(db::Database::Lease& lease, const Approval& approval);
std::optional<Approval> findApproval(db::Database::Lease& lease, const std::string& id);
/// Oldest first (by valid_from, then id).
std::vector<Approval> approvalsForProject(db::Database::Lease& lease, const std::string& project_id);
std::int64_t countApprovals(db::Database::Lease& lease, const std::string& project_id);

}  // namespace masseflyt::registry::projects::repository
