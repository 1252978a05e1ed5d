#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/sites/domain/model.hpp"

// The refresh rule of imported sites (issue 4 item 6), pure so it is unit-tested without a
// database: a field the source changed is updated unless the owner has edited it since claiming
// (owner edits win, per field). Only the fields a source can deliver take part.
namespace masseflyt::registry::sites {

/// A public register's record, normalised and already mapped to the platform's site kinds and
/// fraction groups (the imports part does the mapping; this part stores and merges).
struct ImportedSite {
  std::string source = {};   ///< "ngu" | "miljodirektoratet"
  std::string key = {};      ///< the source's id, unique per source
  std::string licence = {};  ///< "NLOD 2.0"
  std::string source_url = {};
  std::string orgnr = {};  ///< the operator named by the source, "" when none
  std::string kind = {};
  std::string name = {};
  std::string description = {};
  std::string address = {};
  std::string municipality_number = {};
  double lat = 0;
  double lon = 0;
  std::vector<std::string> fraction_groups = {};
};

/// The import fields, as stored in Site::owner_edited_fields: kind, name, description, address,
/// position, municipality, fractions.
std::span<const std::string_view> importFieldKeys();

/// The import fields whose values differ between `before` and `after` (an owner's edit).
std::vector<std::string> changedImportFields(const Site& before, const Site& after);

struct ImportMerge {
  Site site = {};
  std::vector<std::string> updated = {};     ///< import fields taken from the source
  std::vector<std::string> kept_owner = {};  ///< differing fields left as the owner edited them
  bool source_meta_changed = false;          ///< licence, fact sheet or operator orgnr
  bool reappeared = false;                   ///< was marked vanished, is back in the source
};

/// `current` refreshed from `incoming` under the rule above. Leaves imported_at and updated_at
/// to the caller.
ImportMerge mergeImported(const Site& current, const ImportedSite& incoming);

/// A new site for `incoming`, held by `organisation_id` until claimed.
Site newImportedSite(const ImportedSite& incoming, const std::string& organisation_id,
                     std::int64_t now_ms);

}  // namespace masseflyt::registry::sites
