#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/model.hpp"
#include "modules/registry/sites/domain/model.hpp"
#include "modules/registry/sites/domain/permit_status.hpp"
#include "modules/registry/sites/domain/validation.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/history/change_history.hpp"

namespace masseflyt::identity::organisations {
class OrganisationService;
}

// The use cases of sites and permits. Every write checks registry.site.edit for the owning
// organisation itself (auth::allowed, the one check) and writes the change history in the same
// transaction. Thread-safe.
namespace masseflyt::registry::sites {

/// A site with what lists, maps and the API show beside it.
struct SiteSummary {
  Site site;
  std::vector<Permit> permits;
  SiteStatus status = SiteStatus::Missing;  ///< at the date the list was asked for (today)
  std::string organisation_number;
  std::string organisation_name;
};

struct NearbySite {
  SiteSummary summary;
  double distance_m = 0;
};

inline constexpr double kNearbyRadiusMeters = 5000;

class SiteService {
 public:
  SiteService(db::Database& database, const identity::organisations::OrganisationService& organisations);

  struct Page {
    std::vector<SiteSummary> items;
    std::int64_t total = 0;
  };
  Page list(const SiteFilter& filter, SiteSort sort, std::int64_t offset, std::int64_t limit) const;
  std::vector<SiteSummary> listAfter(const SiteFilter& filter,
                                     const std::optional<std::string>& after_id,
                                     std::int64_t limit) const;

  /// Error(NotFound, "registry.site.error.not_found") when absent.
  SiteSummary get(std::string_view id) const;
  /// Other sites within 5 km, nearest first.
  std::vector<NearbySite> nearby(const Site& site, std::size_t limit = 10) const;
  std::vector<history::ChangeEntry> history(const Site& site) const;
  /// The history of the site and of its permits together, newest first.
  std::vector<history::ChangeEntry> fullHistory(const SiteSummary& site) const;

  /// The organisations `actor` may register sites for (verified memberships granting
  /// registry.site.edit), as (id, name, orgnr); platform administrators get every organisation
  /// they are a member of plus `also` when given.
  struct OwnerChoice {
    std::string id, organisation_number, name;
  };
  std::vector<OwnerChoice> ownerChoices(const auth::Principal& actor) const;
  bool mayEdit(const auth::Principal* actor, const Site& site) const;

  /// Creates a site owned by the organisation with `organisation_number`. Error(Validation)
  /// with field errors (nothing stored), Error(Forbidden) unless the actor may edit for it.
  Site create(const auth::Principal& actor, std::string_view organisation_number,
              const SiteInput& input) const;
  Site update(const auth::Principal& actor, std::string_view id, const SiteInput& input) const;

  Permit addPermit(const auth::Principal& actor, std::string_view site_id,
                   const PermitInput& input) const;
  Permit updatePermit(const auth::Principal& actor, std::string_view site_id,
                      std::string_view permit_id, const PermitInput& input) const;
  /// Error(NotFound) unless the permit belongs to the site.
  Permit getPermit(std::string_view site_id, std::string_view permit_id) const;

  /// Seeding and imports: stores a site (and permits) as given, with a "created" history entry
  /// labelled `actor_label`. No permission check.
  void insertTrusted(const Site& site, const std::vector<Permit>& permits,
                     std::string_view actor_label) const;

  db::Database& database() const { return database_; }

 private:
  void requireEdit(const auth::Principal& actor, const std::string& organisation_id) const;
  std::vector<SiteSummary> summarise(db::Database::Lease& lease, std::vector<Site> sites) const;

  db::Database& database_;
  const identity::organisations::OrganisationService& organisations_;
};

/// Display text of each history-tracked field of a site / permit: (label key, value), in form
/// order. Used for "created" entries and to compare on edits.
std::vector<std::pair<std::string, std::string>> siteDisplayFields(const Site& site,
                                                                   std::string_view owner_name);
std::vector<std::pair<std::string, std::string>> permitDisplayFields(const Permit& permit);

/// "12 500 t"; "" for nullopt.
std::string formatTonnes(const std::optional<std::int64_t>& kg);
/// "85,50 kr/t"; "" for nullopt.
std::string formatFee(const std::optional<std::int64_t>& ore);

}  // namespace masseflyt::registry::sites
