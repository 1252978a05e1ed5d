#include <gtest/gtest.h>

#include <soci/soci.h>

#include <algorithm>

#include "modules/registry/projects/infra/project_repository.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::projects {
namespace {

class ProjectRepositoryTest : public db::testing::DatabaseTest {
 protected:
  OrganisationRef addOrganisation(db::Database::Lease& lease, const std::string& number,
                                  const std::string& name) {
    OrganisationRef o{db::newUuidV7(), number, name};
    const std::int64_t now = 1000;
    *lease << "INSERT INTO organisations (id, organisasjonsnummer, name, search_name, "
              "register_status, created_at, updated_at) VALUES (:id, :nr, :name, :search, "
              "'aktiv', :c, :u)",
        soci::use(o.id, "id"), soci::use(number, "nr"), soci::use(name, "name"),
        soci::use(name, "search"), soci::use(now, "c"), soci::use(now, "u");
    return o;
  }

  ProjectRecord project(const OrganisationRef& developer, const std::string& name, Phase phase,
                        std::optional<PlannedDate> start, const std::string& municipality,
                        bool is_public, std::int64_t updated_at) {
    ProjectRecord p;
    p.id = db::newUuidV7();
    p.name = name;
    p.developer = developer;
    p.phase = phase;
    p.start = start;
    p.location = {59.89, 10.52};
    p.municipality_number = municipality;
    p.public_developer = is_public;
    p.created_at = 1;
    p.updated_at = updated_at;
    return p;
  }

  std::vector<std::string> names(const std::vector<ProjectRecord>& items) {
    std::vector<std::string> out;
    for (const auto& p : items) out.push_back(p.name);
    return out;
  }

  // Six projects: every phase, starts from 2024 to "no start", two municipalities.
  void seed(db::Database::Lease& lease) {
    developer_ = addOrganisation(lease, "315700051", "Kolsås Eiendomsutvikling AS (demo)");
    contractor_ = addOrganisation(lease, "315700086", "Tunnel og Fjell Entreprenør AS (demo)");
    auto a = project(developer_, "Alfa", Phase::Construction, PlannedDate{2024, 5, 0}, "3201", true, 50);
    a.contractors = {contractor_};
    a.plan_links = {{"https://example.no/plan", "Plan"}};
    a.start_uncertain = true;
    a.end = PlannedDate{2026, 0, 0};
    a.area_geojson = R"({"type":"Polygon","coordinates":[[[10.5,59.8],[10.6,59.8],[10.6,59.9],[10.5,59.8]]]})";
    a.contact_name = "Kari";
    repository::insertProject(lease, a);
    repository::insertProject(lease, project(developer_, "Beta", Phase::Idea, PlannedDate{2031, 0, 0}, "3201", false, 60));
    repository::insertProject(lease, project(developer_, "Gamma", Phase::Planning, PlannedDate{2027, 3, 15}, "3203", false, 40));
    repository::insertProject(lease, project(developer_, "Delta", Phase::Zoning, std::nullopt, "3201", true, 30));
    repository::insertProject(lease, project(developer_, "Epsilon", Phase::Design, PlannedDate{2027, 12, 0}, "3203", false, 20));
    repository::insertProject(lease, project(developer_, "Østre", Phase::Done, PlannedDate{2021, 1, 1}, "3201", true, 10));
  }

  OrganisationRef developer_, contractor_;
};

TEST_P(ProjectRepositoryTest, StoresAndFindsEveryField) {
  auto lease = db().lease();
  seed(lease);
  const auto all = repository::listProjects(lease, {}, ProjectSort::Name, 0, 100);
  ASSERT_EQ(all.size(), 6u);
  const auto found = repository::findProject(lease, all.front().id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->name, "Alfa");
  EXPECT_EQ(found->developer.organisation_number, "315700051");
  EXPECT_EQ(found->developer.name, "Kolsås Eiendomsutvikling AS (demo)");
  ASSERT_EQ(found->contractors.size(), 1u);
  EXPECT_EQ(found->contractors[0].organisation_number, "315700086");
  EXPECT_EQ(found->phase, Phase::Construction);
  EXPECT_EQ(found->start, (PlannedDate{2024, 5, 0}));
  EXPECT_TRUE(found->start_uncertain);
  EXPECT_EQ(found->end, (PlannedDate{2026, 0, 0}));
  EXPECT_DOUBLE_EQ(found->location.lat, 59.89);
  EXPECT_FALSE(found->area_geojson.empty());
  EXPECT_TRUE(found->public_developer);
  EXPECT_EQ(found->contact_name, "Kari");
  ASSERT_EQ(found->plan_links.size(), 1u);
  EXPECT_EQ(found->plan_links[0].title, "Plan");
  EXPECT_FALSE(repository::findProject(lease, "ukjent").has_value());
}

TEST_P(ProjectRepositoryTest, UpdateReplacesFieldsAndChildren) {
  auto lease = db().lease();
  seed(lease);
  auto alfa = repository::listProjects(lease, {}, ProjectSort::Name, 0, 1).front();
  alfa.name = "Alfa 2";
  alfa.phase = Phase::Done;
  alfa.contractors.clear();
  alfa.plan_links = {{"https://a.no", "A"}, {"https://b.no", "B"}};
  EXPECT_TRUE(repository::updateProject(lease, alfa));
  const auto found = repository::findProject(lease, alfa.id);
  EXPECT_EQ(found->name, "Alfa 2");
  EXPECT_EQ(found->phase, Phase::Done);
  EXPECT_TRUE(found->contractors.empty());
  ASSERT_EQ(found->plan_links.size(), 2u);
  EXPECT_EQ(found->plan_links[1].url, "https://b.no");
  alfa.id = "finnes-ikke";
  EXPECT_FALSE(repository::updateProject(lease, alfa));
}

TEST_P(ProjectRepositoryTest, FiltersByPhaseMunicipalityDeveloperKindAndText) {
  auto lease = db().lease();
  seed(lease);
  ProjectFilter phase;
  phase.phase = Phase::Idea;
  EXPECT_EQ(names(repository::listProjects(lease, phase, ProjectSort::Name, 0, 100)),
            (std::vector<std::string>{"Beta"}));
  ProjectFilter municipality;
  municipality.municipality_number = "3203";
  EXPECT_EQ(names(repository::listProjects(lease, municipality, ProjectSort::Name, 0, 100)),
            (std::vector<std::string>{"Epsilon", "Gamma"}));
  EXPECT_EQ(repository::countProjects(lease, municipality), 2);
  ProjectFilter kind;
  kind.public_developer = true;
  EXPECT_EQ(repository::countProjects(lease, kind), 3);
  kind.public_developer = false;
  EXPECT_EQ(repository::countProjects(lease, kind), 3);
  ProjectFilter text;
  text.search = "ØST";  // case-insensitive also for Ø
  EXPECT_EQ(names(repository::listProjects(lease, text, ProjectSort::Name, 0, 100)),
            (std::vector<std::string>{"Østre"}));
  text.search = "%";
  EXPECT_EQ(repository::countProjects(lease, text), 0);
}

TEST_P(ProjectRepositoryTest, FiltersByStartWithinAPeriodIncludingOpenEnds) {
  auto lease = db().lease();
  seed(lease);
  ProjectFilter period;
  period.start_from = "2027-01-01";
  period.start_to = "2027-12-31";
  EXPECT_EQ(names(repository::listProjects(lease, period, ProjectSort::Start, 0, 100)),
            (std::vector<std::string>{"Gamma", "Epsilon"}));
  ProjectFilter from_only;
  from_only.start_from = "2027-06-01";
  EXPECT_EQ(names(repository::listProjects(lease, from_only, ProjectSort::Start, 0, 100)),
            (std::vector<std::string>{"Epsilon", "Beta"}));
  ProjectFilter to_only;
  to_only.start_to = "2024-12-31";
  EXPECT_EQ(names(repository::listProjects(lease, to_only, ProjectSort::Start, 0, 100)),
            (std::vector<std::string>{"Østre", "Alfa"}));
  // A project without a start ("Delta") is in no period.
  EXPECT_EQ(repository::countProjects(lease, from_only) + repository::countProjects(lease, to_only), 4);
}

TEST_P(ProjectRepositoryTest, SortsByNameStartPhaseAndLastChange) {
  auto lease = db().lease();
  seed(lease);
  EXPECT_EQ(names(repository::listProjects(lease, {}, ProjectSort::Name, 0, 100)),
            (std::vector<std::string>{"Alfa", "Beta", "Delta", "Epsilon", "Gamma", "Østre"}));
  EXPECT_EQ(names(repository::listProjects(lease, {}, ProjectSort::Start, 0, 100)),
            (std::vector<std::string>{"Østre", "Alfa", "Gamma", "Epsilon", "Beta", "Delta"}));
  EXPECT_EQ(names(repository::listProjects(lease, {}, ProjectSort::Phase, 0, 100)),
            (std::vector<std::string>{"Beta", "Gamma", "Delta", "Epsilon", "Alfa", "Østre"}));
  EXPECT_EQ(names(repository::listProjects(lease, {}, ProjectSort::Updated, 0, 100)),
            (std::vector<std::string>{"Beta", "Alfa", "Gamma", "Delta", "Epsilon", "Østre"}));
}

TEST_P(ProjectRepositoryTest, PaginatesByOffsetAndByKeyset) {
  auto lease = db().lease();
  seed(lease);
  EXPECT_EQ(names(repository::listProjects(lease, {}, ProjectSort::Name, 2, 2)),
            (std::vector<std::string>{"Delta", "Epsilon"}));
  EXPECT_EQ(repository::countProjects(lease, {}), 6);
  std::vector<std::string> seen;
  std::optional<std::string> after;
  for (int guard = 0; guard < 10; ++guard) {
    const auto page = repository::listProjectsAfter(lease, {}, after, 4);
    for (const auto& p : page) seen.push_back(p.id);
    if (page.size() < 4) break;
    after = page.back().id;
  }
  ASSERT_EQ(seen.size(), 6u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end());
}

MF_INSTANTIATE_DATABASE_TEST(ProjectRepositoryTest);

}  // namespace
}  // namespace masseflyt::registry::projects
