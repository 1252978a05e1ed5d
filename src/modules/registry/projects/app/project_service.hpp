#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/projects/app/model.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/history/change_history.hpp"

namespace masseflyt::registry::projects {

/// A project as typed into the form or sent to the API: text as given, checked by the service.
/// Field names in errors are these members' Norwegian form names (navn, byggherre, …).
struct ProjectInput {
  std::string name;                        // navn
  std::string description;                 // beskrivelse
  std::string developer_orgnr;             // byggherre
  std::vector<std::string> contractor_orgnrs;  // entreprenorer
  std::string phase;                       // fase
  std::string start;                       // oppstart
  bool start_uncertain = false;            // oppstart_usikker
  std::string end;                         // slutt
  bool end_uncertain = false;              // slutt_usikker
  std::string lat, lon;                    // lat, lon
  std::string area;                        // omrade (GeoJSON)
  std::string address;                     // adresse
  std::string municipality_number;         // kommunenummer
  bool public_developer = false;           // offentlig
  std::string contact_name, contact_email, contact_phone;  // kontakt_navn, kontakt_epost, kontakt_telefon
  std::vector<PlanLink> plan_links;        // lenker
  std::string source_note;                 // kilde
};

/// The use cases of projects. Every write checks `registry.project.edit` for the developer
/// organisation (verified members or platform roles) and records the change history in the same
/// transaction. Thread-safe.
class ProjectService {
 public:
  ProjectService(db::Database& database, const identity::organisations::BrregClient& brreg);

  struct Page {
    std::vector<ProjectRecord> items;
    std::int64_t total = 0;
  };
  Page list(const ProjectFilter& filter, ProjectSort sort, std::int64_t offset,
            std::int64_t limit) const;
  std::vector<ProjectRecord> listAfter(const ProjectFilter& filter,
                                       const std::optional<std::string>& after,
                                       std::int64_t limit) const;
  /// Error(NotFound, "registry.project.error.not_found") when absent.
  ProjectRecord get(std::string_view id) const;
  std::vector<history::ChangeEntry> history(std::string_view id) const;

  /// Error(Validation) with field errors and nothing stored; Error(Forbidden) unless the actor may
  /// edit for the developer organisation.
  ProjectRecord create(const auth::Principal& actor, const ProjectInput& input) const;
  ProjectRecord update(const auth::Principal& actor, std::string_view id,
                       const ProjectInput& input) const;

  /// Whether `actor` may edit `project` (same rule as update, without throwing).
  bool mayEdit(const auth::Principal* actor, const ProjectRecord& project) const;
  /// The organisations `actor` may register projects for (verified memberships whose role grants
  /// the permission); platform administrators may pick any registered organisation by number.
  std::vector<auth::Membership> developerChoices(const auth::Principal& actor) const;

  /// For the demo seeder: stores a complete record as given (no permission check).
  void insertDemo(ProjectRecord project) const;
  bool demoExists(const std::string& name) const;

  /// Checks `input` and builds the record (no id or timestamps); throws Error(Validation).
  ProjectRecord validate(const ProjectInput& input) const;

 private:
  db::Database& database_;
  identity::organisations::OrganisationService organisations_;
};

/// The input that reproduces a stored project (for the edit form).
ProjectInput inputFrom(const ProjectRecord& project);

}  // namespace masseflyt::registry::projects
