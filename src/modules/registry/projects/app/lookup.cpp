// The read-only face other modules use to place things at a project and to check who acts for it.
#include <string>

#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/projects/infra/project_repository.hpp"

namespace masseflyt::registry::projects {
namespace {

ProjectRef toRef(const ProjectRecord& project) {
  ProjectRef ref;
  ref.id = project.id;
  ref.name = project.name;
  ref.phase = std::string(phaseCode(project.phase));
  ref.developer_organisation_id = project.developer.id;
  for (const auto& contractor : project.contractors) {
    ref.contractor_organisation_ids.push_back(contractor.id);
  }
  ref.municipality_number = project.municipality_number;
  ref.address = project.address;
  ref.lat = project.location.lat;
  ref.lon = project.location.lon;
  ref.is_demo = project.is_demo;
  return ref;
}

}  // namespace

std::optional<ProjectRef> findProjectRef(db::Database& database, std::string_view id) {
  auto lease = database.lease();
  auto project = repository::findProject(lease, std::string(id));
  if (!project) return std::nullopt;
  return toRef(*project);
}

std::vector<ProjectRef> listProjectRefs(db::Database& database, const std::vector<std::string>& ids) {
  auto lease = database.lease();
  std::vector<ProjectRef> refs;
  for (const auto& id : ids) {
    if (auto project = repository::findProject(lease, id)) refs.push_back(toRef(*project));
  }
  return refs;
}

std::vector<ProjectRef> listAllProjectRefs(db::Database& database, std::int64_t limit) {
  auto lease = database.lease();
  std::vector<ProjectRef> refs;
  for (const auto& project : repository::listProjects(lease, {}, ProjectSort::Name, 0, limit)) {
    refs.push_back(toRef(project));
  }
  return refs;
}

std::vector<ProjectRef> projectsOfOrganisation(db::Database& database,
                                               std::string_view organisation_id) {
  auto lease = database.lease();
  std::vector<ProjectRef> refs;
  for (const auto& id : repository::projectIdsOfOrganisation(lease, std::string(organisation_id))) {
    if (auto project = repository::findProject(lease, id)) refs.push_back(toRef(*project));
  }
  return refs;
}

}  // namespace masseflyt::registry::projects
