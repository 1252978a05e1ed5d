#pragma once

#include <string_view>
#include <vector>

#include "modules/registry/projects/app/project_service.hpp"
#include "modules/registry/projects/domain/approval.hpp"

// A project's approvals for handling masses: listed openly, edited by whoever may edit the
// project, each change written to the project's own history in the same transaction.
namespace masseflyt::registry::projects {

/// Plenty for one project; keeps a page and a request bounded.
inline constexpr std::int64_t kMaxApprovalsPerProject = 50;

class ApprovalService {
 public:
  ApprovalService(db::Database& database, const ProjectService& projects);

  /// Oldest first. Error(NotFound) for an unknown project.
  std::vector<Approval> list(std::string_view project_id) const;
  /// Error(NotFound, "registry.project.approval.error.not_found") unless it belongs to the project.
  Approval get(std::string_view project_id, std::string_view approval_id) const;
  /// Error(Forbidden) unless the actor may edit the project; Error(Validation) with field errors
  /// and nothing stored; Error(Conflict) beyond kMaxApprovalsPerProject.
  Approval add(const auth::Principal& actor, std::string_view project_id, const ApprovalInput& input) const;
  Approval update(const auth::Principal& actor, std::string_view project_id, std::string_view approval_id,
                  const ApprovalInput& input) const;
  /// For the demo seeder: stores as given (no permission check), with a history entry.
  void insertDemo(const ProjectRecord& project, Approval approval) const;

  const ProjectService& projects() const { return projects_; }

 private:
  db::Database& database_;
  const ProjectService& projects_;
};

/// The input that reproduces a stored approval (for the edit form).
ApprovalInput inputFrom(const Approval& approval);

}  // namespace masseflyt::registry::projects
