#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/listings/app/places.hpp"

// Test-only: projects, sites and owners are other parts' business, so tests of the masses parts
// give them as plain data.
namespace masseflyt::masses::listings::testing {

class FakePlaces final : public Places {
 public:
  std::map<std::string, Place> sites;
  std::map<std::string, Place> projects;
  std::map<std::string, Owner> owners;
  std::string dsa_site;  ///< the one site holding a valid DSA permit

  std::optional<Place> project(std::string_view id) const override { return find(projects, id); }
  std::optional<Place> site(std::string_view id) const override { return find(sites, id); }
  std::vector<Place> projectsOf(std::string_view) const override { return {}; }
  std::vector<Place> sitesOf(std::string_view) const override { return {}; }
  bool siteHasDsaPermit(std::string_view site_id, std::string_view) const override {
    return site_id == dsa_site;
  }
  std::optional<Owner> owner(std::string_view id) const override {
    const auto it = owners.find(std::string(id));
    return it == owners.end() ? std::nullopt : std::optional<Owner>(it->second);
  }
  std::optional<Owner> ownerByNumber(std::string_view orgnr) const override {
    for (const auto& [id, o] : owners) {
      if (o.organisation_number == orgnr) return o;
    }
    return std::nullopt;
  }

 private:
  static std::optional<Place> find(const std::map<std::string, Place>& map, std::string_view id) {
    const auto it = map.find(std::string(id));
    return it == map.end() ? std::nullopt : std::optional<Place>(it->second);
  }
};

}  // namespace masseflyt::masses::listings::testing
