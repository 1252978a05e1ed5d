#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "modules/masses/plans/domain/plan.hpp"
#include "platform/db/database.hpp"

// Storage of mass handling plans. The caller owns the transaction: replacing the lines of a plan
// (an import) is several statements that must commit together or not at all.
namespace masseflyt::masses::plans::repository {

std::optional<Plan> findById(db::Database::Lease& lease, std::string_view id);
std::optional<Plan> findByProject(db::Database::Lease& lease, std::string_view project_id);
/// Which plans a list shows; empty fields do not filter.
struct PlanFilter {
  std::string organisation_id;
  std::optional<PlanStatus> status;
};
/// Plans, newest first, with their lines. At most `limit`, after the plan id `after` (keyset
/// pagination; ids are time-ordered UUIDv7).
std::vector<Plan> list(db::Database::Lease& lease, const PlanFilter& filter, std::string_view after,
                       std::size_t limit);

/// Inserts the plan and its lines.
void insertPlan(db::Database::Lease& lease, const Plan& plan);
/// Updates the plan-wide fields, status and times; false if no such plan.
bool updatePlan(db::Database::Lease& lease, const Plan& plan);
/// Replaces every line of the plan with `lines` (positions 0…n-1).
void replaceLines(db::Database::Lease& lease, std::string_view plan_id, const std::vector<PlanLine>& lines);

}  // namespace masseflyt::masses::plans::repository
