#pragma once

#include <span>
#include <string_view>

// Reference lists of the sites part, kept as data so a new kind or permit type is one line here
// plus one catalog text. Keys are stored in the database and used in URLs and the API; the
// Norwegian labels come from the message catalog.
namespace masseflyt::registry::sites {

/// A key with the message-catalog key of its Norwegian label.
struct Labelled {
  std::string_view key;
  std::string_view label_key;
};

/// What a site is (anleggstype).
std::span<const Labelled> siteKinds();
const Labelled* findSiteKind(std::string_view key);

/// A group of mass fractions a site accepts, with the EAL (avfallsforskriften kap. 11 vedlegg 1)
/// code that usually applies ("" when none does). A coarse list on purpose: the full, versioned
/// fraction catalog (EAL + NS 9431 per fraction) arrives with the masses issue and will map each
/// of its fractions to one of these groups.
struct FractionGroup {
  std::string_view key;
  std::string_view label_key;
  std::string_view eal_code;
};
std::span<const FractionGroup> fractionGroups();
const FractionGroup* findFractionGroup(std::string_view key);

/// The legal basis of a permit (tillatelsestype).
std::span<const Labelled> permitTypes();
const Labelled* findPermitType(std::string_view key);

}  // namespace masseflyt::registry::sites
