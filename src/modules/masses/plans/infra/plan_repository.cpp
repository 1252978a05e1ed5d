#include "modules/masses/plans/infra/plan_repository.hpp"

#include <soci/soci.h>

#include <string>

#include "platform/db/optional.hpp"

namespace masseflyt::masses::plans::repository {
namespace {

constexpr std::string_view kPlanColumns = R"sql(
SELECT id, project_id, organisation_id, status, reuse_target_percent, reuse_status,
  documentation_status, note, catalog_version, is_demo, published_at, created_at, updated_at
  FROM masses_plans)sql";

constexpr std::string_view kInsertPlan = R"sql(
INSERT INTO masses_plans (id, project_id, organisation_id, status, reuse_target_percent,
  reuse_status, documentation_status, note, catalog_version, is_demo, published_at, created_at,
  updated_at)
VALUES (:id, :project_id, :organisation_id, :status, :reuse_target_percent, :reuse_status,
  :documentation_status, :note, :catalog_version, :is_demo, :published_at, :created_at,
  :updated_at))sql";

constexpr std::string_view kUpdatePlan = R"sql(
UPDATE masses_plans SET status = :status, reuse_target_percent = :reuse_target_percent,
  reuse_status = :reuse_status, documentation_status = :documentation_status, note = :note,
  catalog_version = :catalog_version, published_at = :published_at, updated_at = :updated_at
 WHERE id = :id)sql";

constexpr std::string_view kSelectLines = R"sql(
SELECT id, kind, fraction_key, phase, period_from, period_to, entered_unit, entered_kg,
  entered_dm3, entered_state, quantity_kg, destination, destination_name, note
  FROM masses_plan_lines WHERE plan_id = :plan_id ORDER BY position)sql";

constexpr std::string_view kDeleteLines = "DELETE FROM masses_plan_lines WHERE plan_id = :plan_id";

constexpr std::string_view kInsertLine = R"sql(
INSERT INTO masses_plan_lines (id, plan_id, position, kind, fraction_key, phase, period_from,
  period_to, entered_unit, entered_kg, entered_dm3, entered_state, quantity_kg, destination,
  destination_name, note)
VALUES (:id, :plan_id, :position, :kind, :fraction_key, :phase, :period_from, :period_to,
  :entered_unit, :entered_kg, :entered_dm3, :entered_state, :quantity_kg, :destination,
  :destination_name, :note))sql";

void loadLines(db::Database::Lease& lease, Plan& plan) {
  std::string id, kind, fraction_key, phase, from, to, unit, destination, destination_name, note;
  std::optional<std::int64_t> entered_kg, entered_dm3;
  std::optional<std::string> state;
  std::int64_t quantity_kg = 0;
  soci::statement s =
      (lease->prepare << kSelectLines, soci::into(id), soci::into(kind), soci::into(fraction_key),
       soci::into(phase), soci::into(from), soci::into(to), soci::into(unit), soci::into(entered_kg),
       soci::into(entered_dm3), soci::into(state), soci::into(quantity_kg), soci::into(destination),
       soci::into(destination_name), soci::into(note), soci::use(plan.id, "plan_id"));
  if (!s.execute(true)) return;
  do {
    PlanLine line;
    line.id = id;
    line.kind = parseLineKind(kind).value_or(LineKind::Surplus);
    line.fraction_key = fraction_key;
    line.phase = phase;
    line.period_from = from;
    line.period_to = to;
    if (unit == "m3") {
      line.entered.unit = fractions::Unit::CubicMetres;
      line.entered.dm3 = entered_dm3.value_or(0);
      line.entered.state = fractions::parseVolumeState(state.value_or("fast")).value_or(fractions::VolumeState::Solid);
    } else {
      line.entered.unit = fractions::Unit::Tonnes;
      line.entered.kg = entered_kg.value_or(0);
    }
    line.quantity_kg = quantity_kg;
    line.destination = parseDestination(destination).value_or(Destination::Undecided);
    line.destination_name = destination_name;
    line.note = note;
    plan.lines.push_back(std::move(line));
  } while (s.fetch());
}

std::vector<Plan> queryPlans(db::Database::Lease& lease, const std::string& sql,
                             const std::vector<std::pair<std::string, std::string>>& parameters) {
  std::vector<Plan> plans;
  std::string id, project_id, organisation_id, status, reuse_status, documentation_status, note, catalog_version;
  int percent = 0, is_demo = 0;
  std::optional<std::int64_t> published_at;
  std::int64_t created_at = 0, updated_at = 0;
  soci::statement s(*lease);
  s.exchange(soci::into(id));
  s.exchange(soci::into(project_id));
  s.exchange(soci::into(organisation_id));
  s.exchange(soci::into(status));
  s.exchange(soci::into(percent));
  s.exchange(soci::into(reuse_status));
  s.exchange(soci::into(documentation_status));
  s.exchange(soci::into(note));
  s.exchange(soci::into(catalog_version));
  s.exchange(soci::into(is_demo));
  s.exchange(soci::into(published_at));
  s.exchange(soci::into(created_at));
  s.exchange(soci::into(updated_at));
  for (const auto& [name, value] : parameters) s.exchange(soci::use(value, name));
  s.alloc();
  s.prepare(sql);
  s.define_and_bind();
  if (s.execute(true)) {
    do {
      Plan plan;
      plan.id = id;
      plan.project_id = project_id;
      plan.organisation_id = organisation_id;
      plan.status = parsePlanStatus(status).value_or(PlanStatus::Draft);
      plan.settings.reuse_target_percent = percent;
      plan.settings.reuse_status = parseReuseStatus(reuse_status).value_or(ReuseStatus::NotStarted);
      plan.settings.documentation_status =
          parseDocumentationStatus(documentation_status).value_or(DocumentationStatus::Missing);
      plan.settings.note = note;
      plan.catalog_version = catalog_version;
      plan.is_demo = is_demo != 0;
      plan.published_at = published_at;
      plan.created_at = created_at;
      plan.updated_at = updated_at;
      plans.push_back(std::move(plan));
    } while (s.fetch());
  }
  for (auto& plan : plans) loadLines(lease, plan);
  return plans;
}

std::optional<Plan> one(std::vector<Plan> plans) {
  if (plans.empty()) return std::nullopt;
  return std::move(plans.front());
}

}  // namespace

std::optional<Plan> findById(db::Database::Lease& lease, std::string_view id) {
  return one(queryPlans(lease, std::string(kPlanColumns) + " WHERE id = :id", {{"id", std::string(id)}}));
}

std::optional<Plan> findByProject(db::Database::Lease& lease, std::string_view project_id) {
  return one(queryPlans(lease, std::string(kPlanColumns) + " WHERE project_id = :project_id",
                        {{"project_id", std::string(project_id)}}));
}

std::vector<Plan> list(db::Database::Lease& lease, const PlanFilter& filter, std::string_view after,
                       std::size_t limit) {
  std::string sql = std::string(kPlanColumns) + " WHERE 1 = 1";
  std::vector<std::pair<std::string, std::string>> parameters;
  if (!filter.organisation_id.empty()) {
    sql += " AND organisation_id = :organisation_id";
    parameters.emplace_back("organisation_id", filter.organisation_id);
  }
  if (filter.status) {
    sql += " AND status = :status";
    parameters.emplace_back("status", std::string(planStatusKey(*filter.status)));
  }
  if (!after.empty()) {
    sql += " AND id < :after";
    parameters.emplace_back("after", std::string(after));
  }
  sql += " ORDER BY id DESC LIMIT " + std::to_string(limit);
  return queryPlans(lease, sql, parameters);
}

void insertPlan(db::Database::Lease& lease, const Plan& plan) {
  const std::string status(planStatusKey(plan.status));
  const std::string reuse(reuseStatusKey(plan.settings.reuse_status));
  const std::string documentation(documentationStatusKey(plan.settings.documentation_status));
  const int is_demo = plan.is_demo ? 1 : 0;
  *lease << kInsertPlan, soci::use(plan.id, "id"), soci::use(plan.project_id, "project_id"),
      soci::use(plan.organisation_id, "organisation_id"), soci::use(status, "status"),
      soci::use(plan.settings.reuse_target_percent, "reuse_target_percent"), soci::use(reuse, "reuse_status"),
      soci::use(documentation, "documentation_status"), soci::use(plan.settings.note, "note"),
      soci::use(plan.catalog_version, "catalog_version"), soci::use(is_demo, "is_demo"),
      soci::use(plan.published_at, "published_at"), soci::use(plan.created_at, "created_at"),
      soci::use(plan.updated_at, "updated_at");
  replaceLines(lease, plan.id, plan.lines);
}

bool updatePlan(db::Database::Lease& lease, const Plan& plan) {
  const std::string status(planStatusKey(plan.status));
  const std::string reuse(reuseStatusKey(plan.settings.reuse_status));
  const std::string documentation(documentationStatusKey(plan.settings.documentation_status));
  soci::statement s =
      (lease->prepare << kUpdatePlan, soci::use(status, "status"),
       soci::use(plan.settings.reuse_target_percent, "reuse_target_percent"), soci::use(reuse, "reuse_status"),
       soci::use(documentation, "documentation_status"), soci::use(plan.settings.note, "note"),
       soci::use(plan.catalog_version, "catalog_version"), soci::use(plan.published_at, "published_at"),
       soci::use(plan.updated_at, "updated_at"), soci::use(plan.id, "id"));
  s.execute(true);
  return s.get_affected_rows() > 0;
}

void replaceLines(db::Database::Lease& lease, std::string_view plan_id, const std::vector<PlanLine>& lines) {
  const std::string plan(plan_id);
  *lease << kDeleteLines, soci::use(plan, "plan_id");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& line = lines[i];
    const int position = static_cast<int>(i);
    const std::string kind(lineKindKey(line.kind));
    const bool volume = line.entered.unit == fractions::Unit::CubicMetres;
    const std::string unit = volume ? "m3" : "tonn";
    const std::optional<std::int64_t> kg = volume ? std::nullopt : std::optional<std::int64_t>(line.entered.kg);
    const std::optional<std::int64_t> dm3 = volume ? std::optional<std::int64_t>(line.entered.dm3) : std::nullopt;
    const std::optional<std::string> state =
        volume ? std::optional<std::string>(fractions::volumeStateKey(line.entered.state)) : std::nullopt;
    const std::string destination(destinationKey(line.destination));
    *lease << kInsertLine, soci::use(line.id, "id"), soci::use(plan, "plan_id"), soci::use(position, "position"),
        soci::use(kind, "kind"), soci::use(line.fraction_key, "fraction_key"), soci::use(line.phase, "phase"),
        soci::use(line.period_from, "period_from"), soci::use(line.period_to, "period_to"),
        soci::use(unit, "entered_unit"), soci::use(kg, "entered_kg"), soci::use(dm3, "entered_dm3"),
        soci::use(state, "entered_state"), soci::use(line.quantity_kg, "quantity_kg"),
        soci::use(destination, "destination"), soci::use(line.destination_name, "destination_name"),
        soci::use(line.note, "note");
  }
}

}  // namespace masseflyt::masses::plans::repository
