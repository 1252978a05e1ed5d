#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.hpp"

// What the listings part needs to know of projects, sites and owners, as a port: the production
// adapter reads them through registry projects' and sites' and identity organisations' public
// faces (registry_places.cpp); tests give a fake.
namespace masseflyt::masses::listings {

struct Place {
  std::string id;
  std::string name;
  /// Organisations that may place listings here: the owner of a site; developer and
  /// contractors of a project.
  std::vector<std::string> organisation_ids;
  std::string municipality_number;
  std::string address;
  double lat = 0;
  double lon = 0;
  /// Sites only: today's permit status as the registry shows it, so a receiver without a valid
  /// permit is seen at a glance; empty for projects.
  std::string permit_status = {};
  std::string permit_status_text = {};
  std::string permit_status_color = {};
};

struct Owner {
  std::string id;
  std::string organisation_number;
  std::string name;
};

class Places {
 public:
  virtual ~Places() = default;
  virtual std::optional<Place> project(std::string_view id) const = 0;
  virtual std::optional<Place> site(std::string_view id) const = 0;
  /// The projects / sites an organisation may place listings at (form choices).
  virtual std::vector<Place> projectsOf(std::string_view organisation_id) const = 0;
  virtual std::vector<Place> sitesOf(std::string_view organisation_id) const = 0;
  /// Whether the site holds a "dsa" permit valid on `date` (YYYY-MM-DD).
  virtual bool siteHasDsaPermit(std::string_view site_id, std::string_view date) const = 0;
  virtual std::optional<Owner> owner(std::string_view organisation_id) const = 0;
  virtual std::optional<Owner> ownerByNumber(std::string_view organisation_number) const = 0;
};

}  // namespace masseflyt::masses::listings
