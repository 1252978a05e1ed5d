#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/model.hpp"
#include "modules/registry/sites/domain/import_merge.hpp"
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
  /// Attaches the uploaded document (already in the file store) or, with nullopt, removes it.
  /// Same permission as editing the permit; the history names the file.
  Permit setPermitDocument(const auth::Principal& actor, std::string_view site_id,
                           std::string_view permit_id,
                           const std::optional<PermitDocument>& document) const;
  /// Error(Forbidden) unless the actor may edit the site's permits; Error(NotFound) for an
  /// unknown site. For checks made before any work is done (storing an upload).
  void requirePermitEdit(const auth::Principal& actor, std::string_view site_id) const;
  /// Error(NotFound) unless the permit belongs to the site.
  Permit getPermit(std::string_view site_id, std::string_view permit_id) const;

  /// Seeding and imports: stores a site (and permits) as given, with a "created" history entry
  /// labelled `actor_label`. No permission check.
  void insertTrusted(const Site& site, const std::vector<Permit>& permits,
                     std::string_view actor_label) const;

  // Imports from public registers (issue 4 item 6; the imports part runs them).

  /// What one import run did.
  struct ImportFigures {
    int created = 0;
    int updated = 0;    ///< records with at least one field or source detail taken from the source
    int unchanged = 0;
    int vanished = 0;   ///< newly marked as no longer in the source
    int kept_owner_fields = 0;  ///< differing fields left as the owner edited them
    int skipped = 0;    ///< records without a usable kind, name, position or municipality
  };
  /// Brings the stored sites of `source` in line with `records` (the whole source): inserts new
  /// ones held by `holder_organisation_id`, updates changed fields except those the owner has
  /// edited, marks those absent as vanished (never deletes) and writes each change to the
  /// history labelled `actor_label`. One transaction; idempotent. No permission check: the caller
  /// (imports part) checks registry.import.run. `demo`: new sites are marked as demo data (the
  /// records come from a synthetic fixture).
  ImportFigures applyImport(std::string_view source, std::string_view actor_label,
                            const std::string& holder_organisation_id,
                            const std::vector<ImportedSite>& records, bool demo = false) const;

  /// The actor's verified organisation `organisation_number` takes over an imported, unclaimed
  /// site. Error(Validation) on "organisasjonsnummer" for an unknown organisation,
  /// Error(Forbidden) unless the actor holds registry.site.edit for it or when the source names
  /// another operator, Error(Conflict, "registry.site.claim.not_claimable") for an own or
  /// already claimed site. History and audit entry in the same transaction.
  Site claim(const auth::Principal& actor, std::string_view site_id,
             std::string_view organisation_number) const;
  /// Gives a claimed imported site back to `holder_organisation_id` (the source agency) and
  /// forgets the owner's edits, so the next refresh restores the source's values. No permission
  /// check: the caller checks the platform administrator's permission.
  Site undoClaim(const auth::Principal& actor, std::string_view site_id,
                 const std::string& holder_organisation_id) const;

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
