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
namespace masseflyt::storage {
class FileStore;
}

// Sites (anlegg) and their permits: what the rest of the binary may use.
namespace masseflyt::registry::sites {

/// The permissions this part declares (register them at start-up with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/anlegg…) and API (/api/v1/anlegg…). `brreg` and `files` (permit documents) must
/// outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg, const storage::FileStore& files);

/// What other modules need to know of a site: where it is, what it is and who owns it.
struct SiteRef {
  std::string id;
  std::string name;
  std::string kind;  ///< a site kind key (pukkverk, deponi_inert, …)
  std::string organisation_id;
  std::string municipality_number;
  std::string address;
  double lat = 0;
  double lon = 0;
  bool is_demo = false;
  /// Today's permit status, as the site's own pages show it, so other modules can show it
  /// wherever the site appears (issue 4 item 2): "gyldig", "utloper_snart", "ikke_gyldig_enna",
  /// "utlopt" or "mangler"; the Norwegian text; the Designsystemet colour of its tag.
  std::string permit_status;
  std::string permit_status_text;
  std::string permit_status_color;
  /// Valid or expiring soon: the site may receive masses today.
  bool has_valid_permit = false;
};

/// nullopt when no site has the id.
std::optional<SiteRef> findSiteRef(db::Database& database, std::string_view id);
/// The organisation's sites, by name.
std::vector<SiteRef> sitesOfOrganisation(db::Database& database, std::string_view organisation_id);
/// True when the site has a permit of `permit_type` (e.g. "dsa") valid on `date` (YYYY-MM-DD).
/// False for an unknown site or an invalid date.
bool hasValidPermitOfType(db::Database& database, std::string_view site_id,
                          std::string_view permit_type, std::string_view date);

/// Demo data: ~70 fictional sites with permits around the region, owned by the fixture
/// register's demo companies (created when missing). With `files`, some permits (among them the
/// demo users' own) get a fictional decision as uploaded PDF. Idempotent; returns the number of
/// sites created.
int seedDemoSites(db::Database& database, const identity::organisations::BrregClient& demo_register,
                  const storage::FileStore* files = nullptr);

}  // namespace masseflyt::registry::sites
