#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The versioned fraction catalog (issue 5 item 1): what a mass is, its waste codes and the
// physical factors used to convert between tonnes and the three volume states. Rules are data:
// the catalog is a data file with a version and a source per factor, loaded and checked at start,
// and every listing records the catalog version and the factors it was computed with.
namespace masseflyt::masses::fractions {

/// NS 3420 volume states (domain.md §4.1): fast = pfm³ (in situ), løs = ulm³ (loose, on the
/// truck), anbrakt = pam³ (placed and compacted).
enum class VolumeState { Solid, Loose, Placed };

/// "fast", "los", "anbrakt": the keys stored in the database and used in the API.
std::string_view volumeStateKey(VolumeState state);
std::optional<VolumeState> parseVolumeState(std::string_view key);

/// Conversion factors, as integers so stored quantities never drift: density in kg per m³ in situ
/// (pfm³), swell pfm³ → ulm³ and pfm³ → pam³ in thousandths (1.6 → 1600).
struct Factors {
  std::int32_t density_kg_per_m3 = 0;
  std::int32_t swell_permille = 1000;
  std::int32_t placed_permille = 1000;
  /// Where the figures come from (catalog source, or the owner's documented value).
  std::string source;
};

/// One fraction of the catalog.
struct Fraction {
  std::string key;    ///< stable key, e.g. "sprengstein", "knust_0_32", "alunskifer"
  std::string group;  ///< the coarse group registry sites accept: stein, grus, jord, leire,
                      ///< matjord, asfalt, betong, blandet, forurenset, alunskifer
  std::string name;   ///< Norwegian display name
  std::string eal_code;      ///< "17 05 04" (avfallsforskriften kap. 11 vedlegg 1)
  std::string ns9431_code;   ///< "" when not known (the official table is paid; integrations.md §10)
  bool hazardous = false;    ///< an EAL mirror entry with asterisk
  /// Alum shale and black shale: may only go to receivers with a valid DSA permit.
  bool requires_dsa_permit = false;
  std::string grading;       ///< "0/32", "22/120", "" when not graded
  std::string properties;    ///< what matters for reuse, Norwegian
  Factors factors;
  /// How sure the NS 9431 code is: "omtrentlig" (cited as approximate), "usikker" (inferred),
  /// "" when there is no code. Added by the fractions part; the official table was not read.
  std::string ns9431_status;
};

/// A loaded, checked catalog.
struct Catalog {
  std::string version;  ///< e.g. "2026-1"
  std::string source;   ///< what the catalog as a whole rests on
  std::vector<Fraction> fractions;

  const Fraction* find(std::string_view key) const;
};

/// The current catalog, parsed once from the embedded data file. Throws at start-up (loud) if
/// the data file is invalid; a unit test parses it.
const Catalog& catalog();

/// The fraction groups in catalog order, with the message-catalog key of their label.
struct Group {
  std::string_view key;
  std::string_view label_key;
};
std::span<const Group> groups();

}  // namespace masseflyt::masses::fractions
