#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/projects/app/model.hpp"
#include "platform/db/database.hpp"

// The SQL of the projects part; internal to it. Each function runs on the caller's session and
// opens no transaction itself.
namespace masseflyt::registry::projects::repository {

/// Inserts the project with its contractors and plan links.
void insertProject(db::Database::Lease& lease, const ProjectRecord& project);
/// Replaces every field, the contractors and the plan links; false when the id is unknown.
bool updateProject(db::Database::Lease& lease, const ProjectRecord& project);
std::optional<ProjectRecord> findProject(db::Database::Lease& lease, const std::string& id);

/// One page for people: sorted, offset-based.
std::vector<ProjectRecord> listProjects(db::Database::Lease& lease, const ProjectFilter& filter,
                                        ProjectSort sort, std::int64_t offset, std::int64_t limit);
std::int64_t countProjects(db::Database::Lease& lease, const ProjectFilter& filter);
/// One page for programs: keyset by id (UUIDv7, so creation order).
std::vector<ProjectRecord> listProjectsAfter(db::Database::Lease& lease, const ProjectFilter& filter,
                                             const std::optional<std::string>& after,
                                             std::int64_t limit);
/// Ids of the projects the organisation is developer or contractor of, by name.
std::vector<std::string> projectIdsOfOrganisation(db::Database::Lease& lease,
                                                  const std::string& organisation_id);
/// A demo project with this name already exists (the seeder is idempotent).
bool demoProjectExists(db::Database::Lease& lease, const std::string& name);

}  // namespace masseflyt::registry::projects::repository
