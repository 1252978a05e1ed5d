#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"
#include "modules/registry/sites/app/site_service.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"

// The use cases of imports from public registers (issue 4 item 6): run an import (refresh),
// read the last runs, claim an imported site and undo a claim. Thread-safe.
namespace masseflyt::registry::imports {

struct ImportRun {
  std::string id;
  std::string source;
  std::int64_t started_at = 0;
  std::int64_t finished_at = 0;
  std::string status;  ///< "ok" | "failed"
  std::string actor_label;
  int fetched = 0;
  sites::SiteService::ImportFigures figures = {};
  std::string error_key;  ///< failed runs: why
};

class ImportService {
 public:
  /// `sources` outlive the service; `brreg` finds the agencies that hold unclaimed records.
  ImportService(const sites::SiteService& sites, const identity::organisations::BrregClient& brreg,
                std::vector<const PublicSiteSource*> sources);

  /// Fetches the whole source and applies it (sites::SiteService::applyImport). `actor` null:
  /// a system run (CLI, job, demo) labelled `system_label`; otherwise registry.import.run is
  /// required. Error(NotFound, "registry.import.error.unknown_source") for an unknown source.
  /// A failing fetch is stored as a failed run and rethrown; nothing is changed then.
  ImportRun run(const auth::Principal* actor, std::string_view source,
                std::string_view system_label = "Kommandolinje") const;

  /// The newest run of each configured source (sources without runs are absent).
  std::vector<ImportRun> lastRuns() const;
  /// The configured source keys, in SourceInfo order.
  std::vector<std::string> sourceKeys() const;

  sites::Site claim(const auth::Principal& actor, std::string_view site_id,
                    std::string_view organisation_number) const;
  /// Needs registry.import.claim.undo (platform administrators).
  sites::Site undoClaim(const auth::Principal& actor, std::string_view site_id) const;

  /// The agency organisation that holds unclaimed records of `source`, registered from
  /// Enhetsregisteret when missing; its platform id.
  std::string holderOrganisationId(const SourceInfo& source) const;

  const sites::SiteService& sites() const { return sites_; }

 private:
  const PublicSiteSource& sourceFor(std::string_view key) const;

  const sites::SiteService& sites_;
  const identity::organisations::BrregClient& brreg_;
  std::vector<const PublicSiteSource*> sources_;
};

}  // namespace masseflyt::registry::imports
