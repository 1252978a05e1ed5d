#include "modules/masses/plans/app/api.hpp"
#include "modules/masses/plans/infra/plan_repository.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/history/change_history.hpp"

namespace masseflyt::masses::plans {
namespace {

struct DemoPlan {
  std::string_view project_name;
  PlanSettings settings;
  std::vector<LineInput> lines;
};

// Plausible figures for the demo (see the projects' source notes): the metro and the motorway
// produce tunnel rock over years; some is reused on site, the rest is planned for other projects.
std::vector<DemoPlan> demoPlans() {
  return {
      {"Fornebubanen",
       {.reuse_target_percent = 80, .reuse_status = ReuseStatus::InProgress,
        .documentation_status = DocumentationStatus::Partial,
        .note = "Demodata: tallene er anslag for demonstrasjon."},
       {
           {"", "overskudd", "tunnelstein", "Tunneldriving Majorstuen–Fornebu", "2026-01-01", "2027-12-31",
            "450000", "m3", "fast", "annet prosjekt", "E18 Lysaker–Ramstadsletta", "Til knusing og frostsikring"},
           {"", "overskudd", "sprengstein", "Stasjonsgroper", "2026-03-01", "2028-06-30", "180000", "m3", "fast",
            "egen gjenbruk", "", "Fylling ved Fornebu stasjon"},
           {"", "overskudd", "leire", "Byggegrop Fornebu senter", "2026-05-01", "2026-12-31", "60000", "m3",
            "fast", "mottak", "Demo Mottak Lindum", ""},
           {"", "behov", "knust_0_32", "Sporbygging", "2028-01-01", "2029-12-31", "90000", "tonn", "", "", "", ""},
       }},
      {"E18 Lysaker–Ramstadsletta (E18 Vestkorridoren)",
       {.reuse_target_percent = 70, .reuse_status = ReuseStatus::InProgress,
        .documentation_status = DocumentationStatus::Missing, .note = "Demodata."},
       {
           {"", "overskudd", "tunnelstein", "Fase 2 – tunnel Høvik", "2026-01-01", "2029-12-31", "600000", "m3",
            "fast", "egen gjenbruk", "", "Knuses til frostsikringslag"},
           {"", "behov", "knust_22_120", "Fase 2 – vegbygging", "2027-04-01", "2030-06-30", "250000", "tonn", "",
            "annet prosjekt", "Fornebubanen", ""},
           {"", "overskudd", "returasfalt", "Riving av eksisterende veg", "2026-06-01", "2027-10-31", "30000",
            "tonn", "", "mottak", "Demo Asfaltgjenvinning", ""},
       }},
      // Fictional projects (marked "(demo)" in the registry): a building site with little surplus
      // and complete documentation, and a fill that needs rock from the tunnels above.
      {"Sandvika nord, kvartal 4 (demo)",
       {.reuse_target_percent = 90, .reuse_status = ReuseStatus::Achieved,
        .documentation_status = DocumentationStatus::Complete, .note = "Demodata."},
       {
           {"", "overskudd", "morene", "Byggegrop", "2026-02-01", "2026-09-30", "25000", "m3", "fast",
            "egen gjenbruk", "", "Tilbakefylling rundt kjeller"},
           {"", "overskudd", "matjord", "Avdekking", "2026-02-01", "2026-03-31", "3000", "m3", "løs",
            "annet prosjekt", "Bekkestua skole, utvidelse (demo)", "Til uteområdet"},
       }},
      {"Lier havneområde, utfylling (demo)",
       {.reuse_target_percent = 100, .reuse_status = ReuseStatus::NotStarted,
        .documentation_status = DocumentationStatus::Missing, .note = "Demodata."},
       {
           {"", "behov", "sprengstein", "Utfylling i sjø, trinn 1", "2028-04-01", "2030-10-31", "400000", "m3",
            "anbrakt", "", "", "Kan ta imot tunnelstein fra Fornebubanen og E18"},
           {"", "behov", "knust_0_32", "Bærelag", "2031-03-01", "2031-09-30", "40000", "tonn", "", "", "", ""},
       }},
  };
}

}  // namespace

int seedDemoPlans(db::Database& database) {
  int created = 0;
  const auto projects = registry::projects::listAllProjectRefs(database, 1000);
  for (const auto& demo : demoPlans()) {
    const registry::projects::ProjectRef* project = nullptr;
    for (const auto& p : projects) {
      if (p.name == demo.project_name) project = &p;
    }
    if (project == nullptr) continue;  // the projects seeder did not make it (e.g. renamed)
    auto lease = database.lease();
    if (repository::findByProject(lease, project->id)) continue;
    Plan plan;
    plan.id = db::newUuidV7();
    plan.project_id = project->id;
    plan.organisation_id = project->developer_organisation_id;
    plan.settings = demo.settings;
    plan.catalog_version = fractions::catalog().version;
    plan.is_demo = true;
    plan.created_at = plan.updated_at = db::nowEpochMs();
    std::vector<CellError> errors;
    for (std::size_t i = 0; i < demo.lines.size(); ++i) {
      auto line = validateLine(demo.lines[i], i + 1, errors);
      if (!line) {
        throw Error(ErrorKind::Internal, "masses.plans.error.invalid",
                    "demo plan line invalid: " + std::string(demo.project_name) + " " + errors.front().column);
      }
      line->id = db::newUuidV7();
      plan.lines.push_back(std::move(*line));
    }
    db::Transaction transaction(lease);
    repository::insertPlan(lease, plan);
    history::record(lease, "masses_plan", plan.id, "", "Demodata", "created");
    transaction.commit();
    ++created;
  }
  return created;
}

}  // namespace masseflyt::masses::plans
