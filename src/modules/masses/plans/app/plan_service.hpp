#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/masses/plans/domain/plan.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/db/database.hpp"
#include "platform/history/change_history.hpp"

// Use cases of mass handling plans, shared by the pages and the API.
namespace masseflyt::masses::plans {

/// A plan with the project it belongs to. `plan.id` is "" when the project has no plan yet.
struct PlanView {
  Plan plan;
  registry::projects::ProjectRef project;
  bool may_edit = false;
};

/// An uploaded file: XLSX (by its zip signature) or CSV text.
struct UploadedFile {
  std::string bytes;
};

/// The FieldErrors of a failed import name the row and column in Norwegian ("rad 4, Fraksjon");
/// of a failed line edit the line and field ("linjer[3].fraksjon").
std::vector<FieldError> importFieldErrors(const std::vector<CellError>& errors);
std::vector<FieldError> lineFieldErrors(const std::vector<CellError>& errors);

class PlanService {
 public:
  PlanService(db::Database& database, const identity::organisations::BrregClient& brreg)
      : database_(database), brreg_(brreg) {}

  /// Error(NotFound) for an unknown plan id.
  PlanView get(const auth::Principal* viewer, std::string_view plan_id) const;
  /// The project's plan, or an empty plan; Error(NotFound) for an unknown project.
  PlanView forProject(const auth::Principal* viewer, std::string_view project_id) const;
  /// Newest first, keyset-paged by plan id; `status` nullopt for every plan.
  std::vector<PlanView> list(const auth::Principal* viewer, std::optional<PlanStatus> status, std::string_view after,
                             std::size_t limit) const;

  /// Whether the principal may edit the project's plan (verified member of the developer or a
  /// contractor organisation with masses.plan.edit, or a platform role granting it).
  bool mayEdit(const auth::Principal* principal, const registry::projects::ProjectRef& project) const;

  /// Creates the project's plan (Error(Conflict) if it has one). Settings as typed.
  PlanView create(const auth::Principal& actor, std::string_view project_id, const PlanSettings& settings) const;
  PlanView updateSettings(const auth::Principal& actor, std::string_view plan_id, const PlanSettings& settings) const;
  /// Replaces the lines (Error(Validation) with every line error; nothing saved). Lines keep their
  /// id when the input names an id of this plan.
  PlanView replaceLines(const auth::Principal& actor, std::string_view plan_id,
                        const std::vector<LineInput>& lines) const;
  /// Parses an XLSX or CSV template and replaces all lines in one transaction, creating the plan
  /// when the project has none. Error(Validation, "masses.plans.error.import_invalid") listing every
  /// row and cell in error; nothing is written then.
  PlanView importFile(const auth::Principal& actor, std::string_view project_id, const UploadedFile& file) const;
  /// Publishes the plan: creates or updates one published listing per line, then marks it published.
  PlanView publish(const auth::Principal& actor, std::string_view plan_id) const;

  std::vector<history::ChangeEntry> history(std::string_view plan_id) const;

  /// Spreadsheets for download.
  static std::string exportXlsx(const Plan& plan);
  static std::string exportCsv(const Plan& plan);
  static std::string templateXlsx();
  static std::string templateCsv();
  /// The plan's summary and lines as a printable A4 PDF (app/plan_document.cpp).
  static std::string exportPdf(const PlanView& view);

 private:
  PlanView viewOf(const auth::Principal* viewer, Plan plan) const;
  registry::projects::ProjectRef project(std::string_view project_id) const;
  std::string actorLabel(const auth::Principal& actor, const registry::projects::ProjectRef& project) const;
  PlanView writeLines(const auth::Principal& actor, const registry::projects::ProjectRef& project,
                      std::optional<Plan> existing, std::vector<PlanLine> lines, std::string_view action) const;

  db::Database& database_;
  const identity::organisations::BrregClient& brreg_;
};

/// Publishes one line as a listing (masses/listings app/api.hpp): the one seam to that part.
/// Returns the listing id, or "" while the listings part cannot take plan lines yet.
std::string publishLineListing(db::Database& database, const identity::organisations::BrregClient& brreg,
                               const Plan& plan, const PlanLine& line,
                               const registry::projects::ProjectRef& project, const std::string& actor_label);

}  // namespace masseflyt::masses::plans
