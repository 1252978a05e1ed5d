#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/projects/domain/project.hpp"
#include "platform/geo/coordinates.hpp"

// What the projects part stores and shows: plain data shared by the service, the repository, the
// pages and the API.
namespace masseflyt::registry::projects {

/// A registered organisation as a project shows it (from identity's organisations).
struct OrganisationRef {
  std::string id;
  std::string organisation_number;
  std::string name;
};

struct PlanLink {
  std::string url;
  std::string title;
  friend bool operator==(const PlanLink&, const PlanLink&) = default;
};

struct ProjectRecord {
  std::string id;
  std::string name;
  std::string description;
  OrganisationRef developer;  ///< byggherre, the owning organisation
  std::vector<OrganisationRef> contractors;
  Phase phase = Phase::Idea;
  std::optional<PlannedDate> start;
  bool start_uncertain = false;
  std::optional<PlannedDate> end;
  bool end_uncertain = false;
  geo::LatLon location;
  std::string area_geojson;  ///< a GeoJSON Polygon geometry (normalised), or empty
  std::string address;
  std::string municipality_number;
  std::string municipality_name;
  bool public_developer = false;
  // Personal contact: shown to logged-in users only.
  std::string contact_name;
  std::string contact_email;
  std::string contact_phone;
  std::vector<PlanLink> plan_links;
  std::string source_note;  ///< where published figures come from
  bool is_demo = false;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

enum class ProjectSort { Name, Start, Phase, Updated };

struct ProjectFilter {
  std::optional<Phase> phase;
  std::string municipality_number;  ///< exact; empty: any
  std::optional<std::string> start_from;  ///< 'YYYY-MM-DD': the start may not be earlier
  std::optional<std::string> start_to;    ///< 'YYYY-MM-DD': the start may not be later
  std::optional<bool> public_developer;
  std::string search;  ///< part of the name
};

}  // namespace masseflyt::registry::projects
