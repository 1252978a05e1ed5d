#include "modules/registry/projects/infra/project_repository.hpp"

#include <soci/soci.h>

#include <string_view>
#include <utility>

#include "modules/registry/common/sql_lists.hpp"
#include "platform/core/text.hpp"
#include "platform/db/optional.hpp"

namespace masseflyt::registry::projects::repository {
namespace {

constexpr std::string_view kColumns = R"sql(
  p.id, p.name, p.description, p.developer_id, d.organisasjonsnummer, d.name, p.phase,
  p.start_text, p.start_uncertain, p.end_text, p.end_uncertain, p.lat, p.lon, p.area_geojson,
  p.address, p.municipality_number, p.municipality_name, p.public_developer, p.contact_name,
  p.contact_email, p.contact_phone, p.source_note, p.is_demo, p.created_at, p.updated_at)sql";

constexpr std::string_view kFrom = R"sql(
  FROM projects p JOIN organisations d ON d.id = p.developer_id)sql";

constexpr std::string_view kInsertProject = R"sql(
INSERT INTO projects (id, name, search_name, description, developer_id, phase, phase_rank,
  start_text, start_first_day, start_uncertain, end_text, end_last_day, end_uncertain, lat, lon,
  area_geojson, address, municipality_number, municipality_name, public_developer, contact_name,
  contact_email, contact_phone, source_note, is_demo, created_at, updated_at)
VALUES (:id, :name, :search_name, :description, :developer_id, :phase, :phase_rank, :start_text,
  :start_first_day, :start_uncertain, :end_text, :end_last_day, :end_uncertain, :lat, :lon,
  :area, :address, :municipality_number, :municipality_name, :public_developer, :contact_name,
  :contact_email, :contact_phone, :source_note, :is_demo, :created_at, :updated_at))sql";

constexpr std::string_view kUpdateProject = R"sql(
UPDATE projects SET name = :name, search_name = :search_name, description = :description,
  developer_id = :developer_id, phase = :phase, phase_rank = :phase_rank,
  start_text = :start_text, start_first_day = :start_first_day, start_uncertain = :start_uncertain,
  end_text = :end_text, end_last_day = :end_last_day, end_uncertain = :end_uncertain, lat = :lat,
  lon = :lon, area_geojson = :area, address = :address,
  municipality_number = :municipality_number, municipality_name = :municipality_name,
  public_developer = :public_developer, contact_name = :contact_name,
  contact_email = :contact_email, contact_phone = :contact_phone, source_note = :source_note,
  is_demo = :is_demo, created_at = :created_at, updated_at = :updated_at
 WHERE id = :id)sql";

constexpr std::string_view kDeleteContractors = "DELETE FROM project_contractors WHERE project_id = :id";
constexpr std::string_view kDeleteLinks = "DELETE FROM project_links WHERE project_id = :id";
constexpr std::string_view kInsertContractor = R"sql(
INSERT INTO project_contractors (project_id, position, organisation_id)
VALUES (:project_id, :position, :organisation_id))sql";
constexpr std::string_view kInsertLink = R"sql(
INSERT INTO project_links (project_id, position, url, title)
VALUES (:project_id, :position, :url, :title))sql";
constexpr std::string_view kSelectContractors = R"sql(
SELECT o.id, o.organisasjonsnummer, o.name FROM project_contractors c
  JOIN organisations o ON o.id = c.organisation_id
 WHERE c.project_id = :id ORDER BY c.position)sql";
constexpr std::string_view kSelectLinks = R"sql(
SELECT url, title FROM project_links WHERE project_id = :id ORDER BY position)sql";
constexpr std::string_view kProjectIdsOfOrganisation = R"sql(
SELECT p.id FROM projects p
 WHERE p.developer_id = :organisation_id
    OR EXISTS (SELECT 1 FROM project_contractors c
                WHERE c.project_id = p.id AND c.organisation_id = :organisation_id)
 ORDER BY p.search_name, p.id)sql";
constexpr std::string_view kDemoExists = R"sql(
SELECT COUNT(*) FROM projects WHERE name = :name AND is_demo = 1)sql";

struct Row {
  std::string id, name, description, developer_id, developer_number, developer_name, phase;
  std::optional<std::string> start_text, end_text, area;
  int start_uncertain = 0, end_uncertain = 0, public_developer = 0, is_demo = 0;
  double lat = 0, lon = 0;
  std::string address, municipality_number, municipality_name, contact_name, contact_email,
      contact_phone, source_note;
  std::int64_t created_at = 0, updated_at = 0;

  void bind(soci::statement& s) {
    s.exchange(soci::into(id));
    s.exchange(soci::into(name));
    s.exchange(soci::into(description));
    s.exchange(soci::into(developer_id));
    s.exchange(soci::into(developer_number));
    s.exchange(soci::into(developer_name));
    s.exchange(soci::into(phase));
    s.exchange(soci::into(start_text));
    s.exchange(soci::into(start_uncertain));
    s.exchange(soci::into(end_text));
    s.exchange(soci::into(end_uncertain));
    s.exchange(soci::into(lat));
    s.exchange(soci::into(lon));
    s.exchange(soci::into(area));
    s.exchange(soci::into(address));
    s.exchange(soci::into(municipality_number));
    s.exchange(soci::into(municipality_name));
    s.exchange(soci::into(public_developer));
    s.exchange(soci::into(contact_name));
    s.exchange(soci::into(contact_email));
    s.exchange(soci::into(contact_phone));
    s.exchange(soci::into(source_note));
    s.exchange(soci::into(is_demo));
    s.exchange(soci::into(created_at));
    s.exchange(soci::into(updated_at));
  }

  ProjectRecord record() const {
    ProjectRecord p;
    p.id = id;
    p.name = name;
    p.description = description;
    p.developer = {developer_id, developer_number, developer_name};
    p.phase = parsePhase(phase).value_or(Phase::Idea);
    if (start_text) p.start = parsePlannedDate(*start_text);
    p.start_uncertain = start_uncertain != 0;
    if (end_text) p.end = parsePlannedDate(*end_text);
    p.end_uncertain = end_uncertain != 0;
    p.location = {lat, lon};
    p.area_geojson = area.value_or("");
    p.address = address;
    p.municipality_number = municipality_number;
    p.municipality_name = municipality_name;
    p.public_developer = public_developer != 0;
    p.contact_name = contact_name;
    p.contact_email = contact_email;
    p.contact_phone = contact_phone;
    p.source_note = source_note;
    p.is_demo = is_demo != 0;
    p.created_at = created_at;
    p.updated_at = updated_at;
    return p;
  }
};

using common::sql::Parameters;

std::string whereClause(const ProjectFilter& filter, Parameters& parameters) {
  std::string where = " WHERE 1 = 1";
  if (filter.phase) {
    where += " AND p.phase = :phase";
    parameters.text.emplace_back("phase", std::string(phaseCode(*filter.phase)));
  }
  if (!filter.municipality_number.empty()) {
    where += " AND p.municipality_number = :municipality";
    parameters.text.emplace_back("municipality", filter.municipality_number);
  }
  // A project without a planned start is outside every period.
  if (filter.start_from) {
    where += " AND p.start_first_day >= :start_from";
    parameters.text.emplace_back("start_from", *filter.start_from);
  }
  if (filter.start_to) {
    where += " AND p.start_first_day <= :start_to";
    parameters.text.emplace_back("start_to", *filter.start_to);
  }
  if (filter.public_developer) {
    where += *filter.public_developer ? " AND p.public_developer = 1" : " AND p.public_developer = 0";
  }
  if (!filter.search.empty()) {
    where += " AND p.search_name LIKE :search ESCAPE '\\'";
    parameters.text.emplace_back("search", "%" + text::likeEscape(text::foldCase(filter.search)) + "%");
  }
  return where;
}

std::string_view orderBy(ProjectSort sort) {
  switch (sort) {
    case ProjectSort::Name: return " ORDER BY p.search_name, p.id";
    // Projects without a start last on both engines (NULLS LAST is not portable).
    case ProjectSort::Start:
      return " ORDER BY CASE WHEN p.start_first_day IS NULL THEN 1 ELSE 0 END, p.start_first_day,"
             " p.search_name, p.id";
    case ProjectSort::Phase: return " ORDER BY p.phase_rank, p.search_name, p.id";
    case ProjectSort::Updated: return " ORDER BY p.updated_at DESC, p.id DESC";
  }
  return " ORDER BY p.search_name, p.id";
}

void loadChildren(db::Database::Lease& lease, ProjectRecord& project) {
  {
    std::string id, number, name;
    soci::statement s = (lease->prepare << kSelectContractors, soci::into(id), soci::into(number),
                         soci::into(name), soci::use(project.id, "id"));
    if (s.execute(true)) {
      do {
        project.contractors.push_back({id, number, name});
      } while (s.fetch());
    }
  }
  {
    std::string url, title;
    soci::statement s = (lease->prepare << kSelectLinks, soci::into(url), soci::into(title),
                         soci::use(project.id, "id"));
    if (s.execute(true)) {
      do {
        project.plan_links.push_back({url, title});
      } while (s.fetch());
    }
  }
}

std::vector<ProjectRecord> query(db::Database::Lease& lease, const std::string& sql,
                                 const Parameters& parameters) {
  auto out = common::sql::queryRows<Row>(lease, sql, parameters,
                                         [](const Row& row) { return row.record(); });
  for (auto& project : out) loadChildren(lease, project);
  return out;
}

std::string select() { return "SELECT " + std::string(kColumns) + std::string(kFrom); }

std::optional<std::string> optionalText(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// Binds every column of `kInsertProject` / `kUpdateProject` and runs it.
std::uint64_t write(db::Database::Lease& lease, std::string_view sql, const ProjectRecord& p) {
  const std::string search_name = text::foldCase(p.name);
  const std::string phase(phaseCode(p.phase));
  const int phase_rank = phaseRank(p.phase);
  const std::optional<std::string> start_text =
      p.start ? std::optional<std::string>(p.start->text()) : std::nullopt;
  const std::optional<std::string> start_first_day =
      p.start ? std::optional<std::string>(p.start->firstDay()) : std::nullopt;
  const std::optional<std::string> end_text =
      p.end ? std::optional<std::string>(p.end->text()) : std::nullopt;
  const std::optional<std::string> end_last_day =
      p.end ? std::optional<std::string>(p.end->lastDay()) : std::nullopt;
  const int start_uncertain = p.start_uncertain ? 1 : 0;
  const int end_uncertain = p.end_uncertain ? 1 : 0;
  const auto area = optionalText(p.area_geojson);
  const int public_developer = p.public_developer ? 1 : 0;
  const int is_demo = p.is_demo ? 1 : 0;
  soci::statement statement =
      (lease->prepare << sql, soci::use(p.id, "id"), soci::use(p.name, "name"),
       soci::use(search_name, "search_name"), soci::use(p.description, "description"),
       soci::use(p.developer.id, "developer_id"), soci::use(phase, "phase"),
       soci::use(phase_rank, "phase_rank"), soci::use(start_text, "start_text"),
       soci::use(start_first_day, "start_first_day"), soci::use(start_uncertain, "start_uncertain"),
       soci::use(end_text, "end_text"), soci::use(end_last_day, "end_last_day"),
       soci::use(end_uncertain, "end_uncertain"), soci::use(p.location.lat, "lat"),
       soci::use(p.location.lon, "lon"), soci::use(area, "area"), soci::use(p.address, "address"),
       soci::use(p.municipality_number, "municipality_number"),
       soci::use(p.municipality_name, "municipality_name"),
       soci::use(public_developer, "public_developer"), soci::use(p.contact_name, "contact_name"),
       soci::use(p.contact_email, "contact_email"), soci::use(p.contact_phone, "contact_phone"),
       soci::use(p.source_note, "source_note"), soci::use(is_demo, "is_demo"),
       soci::use(p.created_at, "created_at"), soci::use(p.updated_at, "updated_at"));
  statement.execute(true);
  return statement.get_affected_rows();
}

void writeChildren(db::Database::Lease& lease, const ProjectRecord& p) {
  *lease << kDeleteContractors, soci::use(p.id, "id");
  *lease << kDeleteLinks, soci::use(p.id, "id");
  for (std::size_t i = 0; i < p.contractors.size(); ++i) {
    const int position = static_cast<int>(i);
    *lease << kInsertContractor, soci::use(p.id, "project_id"), soci::use(position, "position"),
        soci::use(p.contractors[i].id, "organisation_id");
  }
  for (std::size_t i = 0; i < p.plan_links.size(); ++i) {
    const int position = static_cast<int>(i);
    *lease << kInsertLink, soci::use(p.id, "project_id"), soci::use(position, "position"),
        soci::use(p.plan_links[i].url, "url"), soci::use(p.plan_links[i].title, "title");
  }
}

}  // namespace

void insertProject(db::Database::Lease& lease, const ProjectRecord& project) {
  write(lease, kInsertProject, project);
  writeChildren(lease, project);
}

bool updateProject(db::Database::Lease& lease, const ProjectRecord& project) {
  if (write(lease, kUpdateProject, project) != 1) return false;
  writeChildren(lease, project);
  return true;
}

std::optional<ProjectRecord> findProject(db::Database::Lease& lease, const std::string& id) {
  Parameters parameters;
  parameters.text.emplace_back("id", id);
  auto rows = query(lease, select() + " WHERE p.id = :id", parameters);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<ProjectRecord> listProjects(db::Database::Lease& lease, const ProjectFilter& filter,
                                        ProjectSort sort, std::int64_t offset, std::int64_t limit) {
  Parameters parameters;
  const std::string sql = select() + whereClause(filter, parameters) + std::string(orderBy(sort)) +
                          " LIMIT :limit OFFSET :offset";
  parameters.numbers.emplace_back("limit", limit);
  parameters.numbers.emplace_back("offset", offset);
  return query(lease, sql, parameters);
}

std::int64_t countProjects(db::Database::Lease& lease, const ProjectFilter& filter) {
  Parameters parameters;
  return common::sql::count(lease, "SELECT COUNT(*) FROM projects p" + whereClause(filter, parameters),
                            parameters);
}

std::vector<ProjectRecord> listProjectsAfter(db::Database::Lease& lease, const ProjectFilter& filter,
                                             const std::optional<std::string>& after,
                                             std::int64_t limit) {
  Parameters parameters;
  std::string sql = select() + whereClause(filter, parameters);
  sql += common::sql::keysetPage("p.id", after, limit, parameters);
  return query(lease, sql, parameters);
}

std::vector<std::string> projectIdsOfOrganisation(db::Database::Lease& lease,
                                                  const std::string& organisation_id) {
  std::vector<std::string> ids;
  std::string id;
  soci::statement statement = (lease->prepare << kProjectIdsOfOrganisation, soci::into(id),
                               soci::use(organisation_id, "organisation_id"));
  statement.execute();
  while (statement.fetch()) ids.push_back(id);
  return ids;
}

bool demoProjectExists(db::Database::Lease& lease, const std::string& name) {
  std::int64_t count = 0;
  *lease << kDemoExists, soci::into(count), soci::use(name, "name");
  return count > 0;
}

}  // namespace masseflyt::registry::projects::repository
