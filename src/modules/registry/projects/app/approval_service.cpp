#include "modules/registry/projects/app/approval_service.hpp"

#include <algorithm>

#include "modules/registry/projects/infra/approval_repository.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::projects {
namespace {

// Approvals are part of the project's record: their changes go into the project's history, one
// field per approval, so the project page shows one history.
constexpr std::string_view kEntity = "project";
constexpr std::string_view kField = "registry.project.field.approval";

Error invalid(std::vector<FieldError> errors) {
  return Error(ErrorKind::Validation, "registry.project.approval.error.invalid", {}, std::move(errors));
}

}  // namespace

ApprovalService::ApprovalService(db::Database& database, const ProjectService& projects)
    : database_(database), projects_(projects) {}

std::vector<Approval> ApprovalService::list(std::string_view project_id) const {
  const auto project = projects_.get(project_id);
  auto lease = database_.lease();
  return repository::approvalsForProject(lease, project.id);
}

Approval ApprovalService::get(std::string_view project_id, std::string_view approval_id) const {
  auto lease = database_.lease();
  auto found = approval_id.size() <= 64 ? repository::findApproval(lease, std::string(approval_id)) : std::nullopt;
  if (!found || found->project_id != project_id) {
    throw Error(ErrorKind::NotFound, "registry.project.approval.error.not_found");
  }
  return std::move(*found);
}

Approval ApprovalService::add(const auth::Principal& actor, std::string_view project_id,
                              const ApprovalInput& input) const {
  const auto project = projects_.get(project_id);
  if (!projects_.mayEdit(&actor, project)) throw Error(ErrorKind::Forbidden, "registry.project.error.forbidden");
  Approval approval;
  if (auto errors = applyApprovalInput(input, approval); !errors.empty()) throw invalid(std::move(errors));
  approval.id = db::newUuidV7();
  approval.project_id = project.id;
  approval.created_at = approval.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::countApprovals(lease, project.id) >= kMaxApprovalsPerProject) {
    throw Error(ErrorKind::Conflict, "registry.project.approval.error.too_many");
  }
  repository::insertApproval(lease, approval);
  history::record(lease, kEntity, project.id, actor.user_id, project.developer.name, "updated",
                  {{std::string(kField), "", approvalSummary(approval)}});
  transaction.commit();
  return approval;
}

Approval ApprovalService::update(const auth::Principal& actor, std::string_view project_id,
                                 std::string_view approval_id, const ApprovalInput& input) const {
  const auto project = projects_.get(project_id);
  if (!projects_.mayEdit(&actor, project)) throw Error(ErrorKind::Forbidden, "registry.project.error.forbidden");
  const Approval before = get(project.id, approval_id);
  Approval approval = before;
  if (auto errors = applyApprovalInput(input, approval); !errors.empty()) throw invalid(std::move(errors));
  approval.updated_at = std::max(db::nowEpochMs(), before.updated_at + 1);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateApproval(lease, approval);
  history::ChangeSet changes;  // saving an unchanged form leaves no trace
  changes.compare(std::string(kField), approvalSummary(before), approvalSummary(approval));
  history::record(lease, kEntity, project.id, actor.user_id, project.developer.name, "updated",
                  changes.changes());
  transaction.commit();
  return approval;
}

void ApprovalService::insertDemo(const ProjectRecord& project, Approval approval) const {
  if (approval.id.empty()) approval.id = db::newUuidV7();
  approval.project_id = project.id;
  if (approval.created_at == 0) approval.created_at = approval.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertApproval(lease, approval);
  history::record(lease, kEntity, project.id, "", project.developer.name, "updated",
                  {{std::string(kField), "", approvalSummary(approval)}});
  transaction.commit();
}

ApprovalInput inputFrom(const Approval& a) {
  return {a.type, a.authority, a.reference, a.valid_from, a.valid_to.value_or(""), a.document_url};
}

}  // namespace masseflyt::registry::projects
