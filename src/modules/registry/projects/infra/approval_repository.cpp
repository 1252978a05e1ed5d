#include "modules/registry/projects/infra/approval_repository.hpp"

#include <soci/soci.h>

#include "modules/registry/common/sql_lists.hpp"
#include "platform/db/optional.hpp"

namespace masseflyt::registry::projects::repository {
namespace {

constexpr std::string_view kColumns =
    "id, project_id, approval_type, authority, reference, valid_from, valid_to, document_url, "
    "created_at, updated_at";

constexpr std::string_view kInsert = R"sql(
INSERT INTO project_approvals (id, project_id, approval_type, authority, reference, valid_from,
  valid_to, document_url, created_at, updated_at)
VALUES (:id, :project_id, :type, :authority, :reference, :valid_from, :valid_to, :document_url,
  :created_at, :updated_at))sql";

constexpr std::string_view kUpdate = R"sql(
UPDATE project_approvals
   SET approval_type = :type, authority = :authority, reference = :reference,
       valid_from = :valid_from, valid_to = :valid_to, document_url = :document_url,
       created_at = :created_at, updated_at = :updated_at
 WHERE id = :id AND project_id = :project_id)sql";

constexpr std::string_view kCount = "SELECT COUNT(*) FROM project_approvals WHERE project_id = :project_id";

struct Row {
  Approval approval;
  std::optional<std::string> valid_to;

  void bind(soci::statement& st) {
    st.exchange(soci::into(approval.id));
    st.exchange(soci::into(approval.project_id));
    st.exchange(soci::into(approval.type));
    st.exchange(soci::into(approval.authority));
    st.exchange(soci::into(approval.reference));
    st.exchange(soci::into(approval.valid_from));
    st.exchange(soci::into(valid_to));
    st.exchange(soci::into(approval.document_url));
    st.exchange(soci::into(approval.created_at));
    st.exchange(soci::into(approval.updated_at));
  }
  Approval get() const {
    Approval out = approval;
    out.valid_to = valid_to;
    return out;
  }
};

std::vector<Approval> select(db::Database::Lease& lease, std::string_view where, const std::string& value) {
  common::sql::Parameters parameters;
  parameters.text.emplace_back("value", value);
  return common::sql::queryRows<Row>(
      lease,
      "SELECT " + std::string(kColumns) + " FROM project_approvals WHERE " + std::string(where) +
          " ORDER BY valid_from, id",
      parameters, [](const Row& row) { return row.get(); });
}

void write(db::Database::Lease& lease, std::string_view sql, const Approval& a) {
  *lease << sql, soci::use(a.id, "id"), soci::use(a.project_id, "project_id"), soci::use(a.type, "type"),
      soci::use(a.authority, "authority"), soci::use(a.reference, "reference"),
      soci::use(a.valid_from, "valid_from"), soci::use(a.valid_to, "valid_to"),
      soci::use(a.document_url, "document_url"), soci::use(a.created_at, "created_at"),
      soci::use(a.updated_at, "updated_at");
}

}  // namespace

void insertApproval(db::Database::Lease& lease, const Approval& approval) { write(lease, kInsert, approval); }
void updateApproval(db::Database::Lease& lease, const Approval& approval) { write(lease, kUpdate, approval); }

std::optional<Approval> findApproval(db::Database::Lease& lease, const std::string& id) {
  auto rows = select(lease, "id = :value", id);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Approval> approvalsForProject(db::Database::Lease& lease, const std::string& project_id) {
  return select(lease, "project_id = :value", project_id);
}

std::int64_t countApprovals(db::Database::Lease& lease, const std::string& project_id) {
  common::sql::Parameters parameters;
  parameters.text.emplace_back("project_id", project_id);
  return common::sql::count(lease, std::string(kCount), parameters);
}

}  // namespace masseflyt::registry::projects::repository
