#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Projects (T1.2): what the rest of the binary may use.
namespace masseflyt::registry::projects {

/// The permissions this part declares (register them with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/prosjekter…) and API (/api/v1/prosjekter…). `brreg` must outlive the router (it
/// resolves developer and contractor organisations through identity's organisations).
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg);

/// What other modules need to know of a project: where it is and who may act for it.
struct ProjectRef {
  std::string id;
  std::string name;
  std::string phase;  ///< the phase key (ide, planlegging, …)
  std::string developer_organisation_id;
  std::vector<std::string> contractor_organisation_ids;
  std::string municipality_number;
  std::string address;
  double lat = 0;
  double lon = 0;
  bool is_demo = false;
};

/// nullopt when no project has the id.
std::optional<ProjectRef> findProjectRef(db::Database& database, std::string_view id);
/// The projects with these ids that exist, in the order given (unknown ids are skipped).
std::vector<ProjectRef> listProjectRefs(db::Database& database, const std::vector<std::string>& ids);
/// Every project by name, at most `limit` (for choosing one in a form).
std::vector<ProjectRef> listAllProjectRefs(db::Database& database, std::int64_t limit);
/// The projects the organisation is developer or contractor of, by name.
std::vector<ProjectRef> projectsOfOrganisation(db::Database& database, std::string_view organisation_id);

/// Demo seeder "registry.projects": the four real public projects of the region (with
/// stand-in demo developers) and fictional projects in every phase; idempotent. `demo_register`
/// is the fixture register holding the demo companies. Returns the number of projects created.
int seedDemoProjects(db::Database& database, const identity::organisations::BrregClient& demo_register);

}  // namespace masseflyt::registry::projects
