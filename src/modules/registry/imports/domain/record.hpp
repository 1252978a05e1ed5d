#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "modules/registry/sites/domain/import_merge.hpp"

// Records of public registers (NGU's Grus og pukk, Miljødirektoratet's permitted waste
// facilities) as the integrations deliver them, and their mapping to the platform's sites
// (issue 4 item 6). Pure: no I/O.
namespace masseflyt::registry::imports {

/// One record of a source, normalised by its integration; the mapping decides what it becomes.
struct ImportedRecord {
  std::string source = {};  ///< "ngu" | "miljodirektoratet"
  std::string key = {};     ///< the source's own id (NGU forekomst/uttak id, Miljødirektoratet anlegg_id)
  std::string name = {};
  /// The source's own type: NGU "pukk" | "grus"; Miljødirektoratet anleggstype text.
  std::string kind = {};
  std::string category = {};  ///< Miljødirektoratet NACE bransje ("38.210"); NGU importance class
  double lat = 0;
  double lon = 0;
  std::string municipality = {};  ///< kommunenummer, "" when the source gives none
  std::string orgnr = {};         ///< the operator's organisasjonsnummer when the source names one
  std::string source_url = {};    ///< fact sheet
  std::string status = {};        ///< the source's operating status ("Aktiv", "I drift", …)
  std::map<std::string, std::string> raw = {};  ///< every attribute as text, for troubleshooting
};

/// A source the platform imports from.
struct SourceInfo {
  std::string_view key;           ///< "ngu" (URL segment, CLI argument)
  std::string_view name_key;      ///< catalog key of its Norwegian name
  std::string_view licence;       ///< "NLOD 2.0"
  std::string_view agency_orgnr;  ///< the agency that holds unclaimed records
};

std::span<const SourceInfo> sources();
/// nullptr for an unknown key.
const SourceInfo* findSource(std::string_view key);

/// What `record` becomes, or nullopt when it is out of scope: not in operation, a NACE code
/// outside 38.*, or a type the platform has no site kind for.
std::optional<sites::ImportedSite> toSite(const ImportedRecord& record);

/// The platform site kind for a Miljødirektoratet facility (by anleggstype, then NACE bransje);
/// "" when none fits.
std::string wasteFacilityKind(std::string_view bransje, std::string_view anleggstype);

}  // namespace masseflyt::registry::imports
