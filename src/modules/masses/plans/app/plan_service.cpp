#include "modules/masses/plans/app/plan_service.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "modules/masses/plans/infra/plan_repository.hpp"
#include "modules/masses/plans/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/xlsx/table.hpp"

namespace masseflyt::masses::plans {
namespace {

constexpr std::string_view kEntity = "masses_plan";

std::string field(std::string_view name) { return "masses.plans.field." + std::string(name); }

std::string linesSummary(const std::vector<PlanLine>& lines) {
  if (lines.empty()) return {};
  return i18n::catalog().format(
      "masses.plans.history.lines",
      {{"count", std::to_string(lines.size())},
       {"surplus", fractions::formatTonnes(totalKg(lines, LineKind::Surplus))},
       {"need", fractions::formatTonnes(totalKg(lines, LineKind::Need))}});
}

std::string settingText(std::string_view prefix, std::string_view key) {
  return std::string(i18n::t("masses.plans." + std::string(prefix) + "." + std::string(key)));
}

std::vector<history::FieldChange> settingChanges(const PlanSettings& before, const PlanSettings& after) {
  history::ChangeSet set;
  set.compare(field("reuse_target"), before.reuse_target_percent == 0 && after.reuse_target_percent != 0
                                         ? ""
                                         : std::to_string(before.reuse_target_percent) + " %",
              std::to_string(after.reuse_target_percent) + " %");
  set.compare(field("reuse_status"), settingText("reuse", reuseStatusKey(before.reuse_status)),
              settingText("reuse", reuseStatusKey(after.reuse_status)));
  set.compare(field("documentation_status"),
              settingText("documentation", documentationStatusKey(before.documentation_status)),
              settingText("documentation", documentationStatusKey(after.documentation_status)));
  set.compare(field("note"), before.note, after.note);
  return set.changes();
}

Error forbidden() { return Error(ErrorKind::Forbidden, "masses.plans.error.forbidden"); }

}  // namespace

std::vector<FieldError> importFieldErrors(const std::vector<CellError>& errors) {
  std::vector<FieldError> out;
  for (const auto& error : errors) {
    std::string name;
    if (error.row > 0) name = "rad " + std::to_string(error.row);
    if (!error.column.empty()) name += (name.empty() ? "" : ", ") + columnLabel(error.column);
    if (name.empty()) name = "fil";
    out.push_back({name, error.message_key});
  }
  return out;
}

std::vector<FieldError> lineFieldErrors(const std::vector<CellError>& errors) {
  std::vector<FieldError> out;
  for (const auto& error : errors) {
    if (error.row == 0) {
      out.push_back({error.column.empty() ? "linjer" : error.column, error.message_key});
    } else {
      out.push_back({"linjer[" + std::to_string(error.row - 1) + "]" + (error.column.empty() ? "" : "." + error.column),
                     error.message_key});
    }
  }
  return out;
}

registry::projects::ProjectRef PlanService::project(std::string_view project_id) const {
  auto ref = registry::projects::findProjectRef(database_, project_id);
  if (!ref) throw Error(ErrorKind::NotFound, "masses.plans.error.project_not_found");
  return std::move(*ref);
}

bool PlanService::mayEdit(const auth::Principal* principal, const registry::projects::ProjectRef& project) const {
  if (principal == nullptr) return false;
  if (auth::allowed(principal, kEditPermission, project.developer_organisation_id)) return true;
  return std::any_of(project.contractor_organisation_ids.begin(), project.contractor_organisation_ids.end(),
                     [&](const std::string& id) { return auth::allowed(principal, kEditPermission, id); });
}

std::string PlanService::actorLabel(const auth::Principal& actor,
                                    const registry::projects::ProjectRef& project) const {
  // The organisation the person acts for (developer first), as the history shows it.
  std::vector<std::string> owners{project.developer_organisation_id};
  owners.insert(owners.end(), project.contractor_organisation_ids.begin(), project.contractor_organisation_ids.end());
  for (const auto& owner : owners) {
    for (const auto& membership : actor.memberships) {
      if (membership.verified && membership.organisation_id == owner) return membership.organisation_name;
    }
  }
  return std::string(i18n::t("masses.plans.history.platform_actor"));
}

PlanView PlanService::viewOf(const auth::Principal* viewer, Plan plan) const {
  PlanView view;
  view.project = project(plan.project_id);
  view.may_edit = mayEdit(viewer, view.project);
  view.plan = std::move(plan);
  return view;
}

PlanView PlanService::get(const auth::Principal* viewer, std::string_view plan_id) const {
  std::optional<Plan> plan;
  {
    auto lease = database_.lease();
    plan = repository::findById(lease, plan_id);
  }
  if (!plan) throw Error(ErrorKind::NotFound, "masses.plans.error.not_found");
  return viewOf(viewer, std::move(*plan));
}

PlanView PlanService::forProject(const auth::Principal* viewer, std::string_view project_id) const {
  PlanView view;
  view.project = project(project_id);
  view.may_edit = mayEdit(viewer, view.project);
  auto lease = database_.lease();
  if (auto plan = repository::findByProject(lease, project_id)) {
    view.plan = std::move(*plan);
  } else {
    view.plan.project_id = view.project.id;
    view.plan.organisation_id = view.project.developer_organisation_id;
  }
  return view;
}

std::vector<PlanView> PlanService::list(const auth::Principal* viewer, std::optional<PlanStatus> status,
                                        std::string_view after, std::size_t limit) const {
  std::vector<Plan> plans;
  {
    auto lease = database_.lease();
    plans = repository::list(lease, {.organisation_id = {}, .status = status}, after, limit);
  }
  std::vector<PlanView> views;
  for (auto& plan : plans) {
    auto ref = registry::projects::findProjectRef(database_, plan.project_id);
    if (!ref) continue;  // a project removed from the registry: its plan is not listed
    PlanView view;
    view.may_edit = mayEdit(viewer, *ref);
    view.project = std::move(*ref);
    view.plan = std::move(plan);
    views.push_back(std::move(view));
  }
  return views;
}

PlanView PlanService::create(const auth::Principal& actor, std::string_view project_id,
                             const PlanSettings& settings) const {
  const auto ref = project(project_id);
  if (!mayEdit(&actor, ref)) throw forbidden();
  Plan plan;
  plan.id = db::newUuidV7();
  plan.project_id = ref.id;
  plan.organisation_id = ref.developer_organisation_id;
  plan.settings = settings;
  plan.catalog_version = fractions::catalog().version;
  plan.is_demo = ref.is_demo && actor.user_id.empty();
  plan.created_at = plan.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::findByProject(lease, ref.id)) throw Error(ErrorKind::Conflict, "masses.plans.error.exists");
  repository::insertPlan(lease, plan);
  history::record(lease, kEntity, plan.id, actor.user_id, actorLabel(actor, ref), "created",
                  settingChanges(PlanSettings{}, settings));
  transaction.commit();
  return PlanView{plan, ref, true};
}

PlanView PlanService::updateSettings(const auth::Principal& actor, std::string_view plan_id,
                                     const PlanSettings& settings) const {
  auto view = get(&actor, plan_id);
  if (!view.may_edit) throw forbidden();
  const auto changes = settingChanges(view.plan.settings, settings);
  view.plan.settings = settings;
  view.plan.updated_at = std::max(db::nowEpochMs(), view.plan.updated_at + 1);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (!repository::updatePlan(lease, view.plan)) throw Error(ErrorKind::NotFound, "masses.plans.error.not_found");
  history::record(lease, kEntity, view.plan.id, actor.user_id, actorLabel(actor, view.project), "updated", changes);
  transaction.commit();
  return view;
}

PlanView PlanService::writeLines(const auth::Principal& actor, const registry::projects::ProjectRef& ref,
                                 std::optional<Plan> existing, std::vector<PlanLine> lines,
                                 std::string_view action) const {
  Plan plan;
  std::string before_summary;
  const bool create = !existing.has_value();
  if (existing) {
    plan = std::move(*existing);
    before_summary = linesSummary(plan.lines);
    // Keep ids: named ones that belong to this plan; the rest take the id of the old line at the
    // same position, so re-importing the same sheet updates the same listings.
    std::set<std::string> old_ids, used;
    for (const auto& line : plan.lines) old_ids.insert(line.id);
    for (auto& line : lines) {
      if (!line.id.empty() && old_ids.contains(line.id) && !used.contains(line.id)) {
        used.insert(line.id);
      } else {
        line.id.clear();
      }
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!lines[i].id.empty()) continue;
      if (i < plan.lines.size() && !used.contains(plan.lines[i].id)) {
        lines[i].id = plan.lines[i].id;
        used.insert(lines[i].id);
      }
    }
  } else {
    plan.id = db::newUuidV7();
    plan.project_id = ref.id;
    plan.organisation_id = ref.developer_organisation_id;
    plan.created_at = db::nowEpochMs();
  }
  for (auto& line : lines) {
    if (line.id.empty()) line.id = db::newUuidV7();
  }
  plan.lines = std::move(lines);
  plan.catalog_version = fractions::catalog().version;
  plan.updated_at = std::max(db::nowEpochMs(), plan.updated_at + 1);

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (create) {
    if (repository::findByProject(lease, ref.id)) throw Error(ErrorKind::Conflict, "masses.plans.error.exists");
    repository::insertPlan(lease, plan);
  } else {
    if (!repository::updatePlan(lease, plan)) throw Error(ErrorKind::NotFound, "masses.plans.error.not_found");
    repository::replaceLines(lease, plan.id, plan.lines);
  }
  std::vector<history::FieldChange> changes;
  const std::string after_summary = linesSummary(plan.lines);
  if (before_summary != after_summary || action == "imported") {
    changes.push_back({field("lines"), before_summary, after_summary});
  }
  history::record(lease, kEntity, plan.id, actor.user_id, actorLabel(actor, ref),
                  create && action != "imported" ? "created" : action, changes);
  transaction.commit();
  return PlanView{plan, ref, true};
}

PlanView PlanService::replaceLines(const auth::Principal& actor, std::string_view plan_id,
                                   const std::vector<LineInput>& inputs) const {
  auto view = get(&actor, plan_id);
  if (!view.may_edit) throw forbidden();
  std::vector<CellError> errors;
  if (inputs.size() > kMaxLines) errors.push_back({0, "linjer", "masses.plans.error.too_many_lines"});
  std::vector<PlanLine> lines;
  for (std::size_t i = 0; i < inputs.size() && errors.empty(); ++i) {
    if (auto line = validateLine(inputs[i], i + 1, errors)) lines.push_back(std::move(*line));
  }
  // Keep checking every line so one answer lists every problem.
  if (!errors.empty()) {
    for (std::size_t i = lines.size() + 1; i < inputs.size(); ++i) validateLine(inputs[i], i + 1, errors);
    throw Error(ErrorKind::Validation, "masses.plans.error.invalid", {}, lineFieldErrors(errors));
  }
  return writeLines(actor, view.project, std::move(view.plan), std::move(lines), "updated");
}

PlanView PlanService::importFile(const auth::Principal& actor, std::string_view project_id,
                                 const UploadedFile& file) const {
  auto view = forProject(&actor, project_id);
  if (!view.may_edit) throw forbidden();
  if (file.bytes.empty()) throw Error(ErrorKind::Validation, "masses.plans.error.no_file", {}, {{"fil", "masses.plans.error.no_file"}});
  xlsx::Table table;
  try {
    table = xlsx::looksLikeXlsx(file.bytes) ? xlsx::readFirstSheet(file.bytes).rows : xlsx::parseCsv(file.bytes);
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::Validation) throw;
    // The file as a whole is unreadable: one error naming the file.
    throw Error(ErrorKind::Validation, "masses.plans.error.import_invalid", error.detail(),
                {{"fil", error.messageKey()}});
  }
  auto parsed = parseTemplate(table);
  if (!parsed.errors.empty()) {
    throw Error(ErrorKind::Validation, "masses.plans.error.import_invalid", {}, importFieldErrors(parsed.errors));
  }
  std::optional<Plan> existing;
  if (!view.plan.id.empty()) existing = std::move(view.plan);
  return writeLines(actor, view.project, std::move(existing), std::move(parsed.lines), "imported");
}

PlanView PlanService::publish(const auth::Principal& actor, std::string_view plan_id) const {
  auto view = get(&actor, plan_id);
  if (!view.may_edit) throw forbidden();
  if (view.plan.lines.empty()) throw Error(ErrorKind::Validation, "masses.plans.error.nothing_to_publish");
  const std::string label = actorLabel(actor, view.project);
  // Each listing commits on its own (the listings part owns its transaction); publishing again
  // updates the same listings, so a failure half-way is repaired by publishing again.
  for (const auto& line : view.plan.lines) publishLineListing(database_, brreg_, view.plan, line, view.project, label);
  const auto before = view.plan.status;
  view.plan.status = PlanStatus::Published;
  view.plan.published_at = db::nowEpochMs();
  view.plan.updated_at = std::max(db::nowEpochMs(), view.plan.updated_at + 1);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updatePlan(lease, view.plan);
  history::record(lease, kEntity, view.plan.id, actor.user_id, label, "updated",
                  {{field("status"), settingText("status", planStatusKey(before)),
                    settingText("status", planStatusKey(view.plan.status))}});
  transaction.commit();
  return view;
}

std::vector<history::ChangeEntry> PlanService::history(std::string_view plan_id) const {
  auto lease = database_.lease();
  return history::list(lease, kEntity, plan_id);
}

std::string PlanService::exportXlsx(const Plan& plan) {
  return xlsx::writeWorkbook({{std::string(i18n::t("masses.plans.sheet.plan")), toTable(plan.lines)},
                              {std::string(i18n::t("masses.plans.guide.sheet")), templateGuide()}});
}

std::string PlanService::exportCsv(const Plan& plan) { return xlsx::writeCsv(toTable(plan.lines)); }

std::string PlanService::templateXlsx() { return exportXlsx(Plan{}); }

std::string PlanService::templateCsv() { return exportCsv(Plan{}); }

}  // namespace masseflyt::masses::plans
