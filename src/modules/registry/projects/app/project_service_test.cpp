#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include <soci/soci.h>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/projects/app/approval_service.hpp"
#include "modules/registry/projects/app/project_service.hpp"
#include "modules/registry/projects/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::projects {
namespace {

class ProjectServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    static const bool registered = [] {
      auth::registerPermissions(kPermissions);
      return true;
    }();
    (void)registered;
    auto lease = db().lease();
    developer_id_ = addOrganisation(lease, "315700051", "Kolsås Eiendomsutvikling AS (demo)");
    other_id_ = addOrganisation(lease, "315700078", "Asker Næringsbygg AS (demo)");
  }

  std::string addOrganisation(db::Database::Lease& lease, const std::string& number, const std::string& name) {
    const std::string id = db::newUuidV7();
    const std::int64_t now = 1000;
    *lease << "INSERT INTO organisations (id, organisasjonsnummer, name, search_name, "
              "register_status, created_at, updated_at) VALUES (:id, :nr, :name, :search, "
              "'aktiv', :c, :u)",
        soci::use(id, "id"), soci::use(number, "nr"), soci::use(name, "name"),
        soci::use(name, "search"), soci::use(now, "c"), soci::use(now, "u");
    return id;
  }

  auth::Principal member(const std::string& organisation_id, const std::string& role, bool verified) {
    auth::Principal p;
    p.user_id = "bruker-1";
    p.memberships.push_back({organisation_id, "", "", role, verified});
    return p;
  }

  ProjectInput valid() {
    ProjectInput in;
    in.name = "Nytt prosjekt";
    in.developer_orgnr = "315 700 051";
    in.contractor_orgnrs = {"315700078"};
    in.phase = "planlegging";
    in.start = "2031";
    in.start_uncertain = true;
    in.end = "2033-06";
    in.lat = "59,8909";
    in.lon = "10.5278";
    in.municipality_number = "3201";
    in.plan_links = {{"https://example.no/plan", ""}};
    return in;
  }

  std::int64_t count() {
    auto lease = db().lease();
    std::int64_t n = 0;
    *lease << "SELECT COUNT(*) FROM projects", soci::into(n);
    return n;
  }

  brreg::FixtureBrregClient brreg_;
  std::string developer_id_, other_id_;
};

TEST_P(ProjectServiceTest, VerifiedRepresentativeCreatesWithHistory) {
  const ProjectService service(db(), brreg_);
  const auto actor = member(developer_id_, "representative", true);
  const auto p = service.create(actor, valid());
  EXPECT_EQ(p.developer.id, developer_id_);
  EXPECT_EQ(p.municipality_name, "Bærum");
  ASSERT_EQ(p.contractors.size(), 1u);
  EXPECT_EQ(p.plan_links.front().title, "https://example.no/plan");
  EXPECT_EQ(formatPlannedDate(*p.start, p.start_uncertain), "ca. 2031");
  const auto history = service.history(p.id);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history.front().action, "created");
  EXPECT_EQ(history.front().actor_label, "Kolsås Eiendomsutvikling AS (demo)");
  EXPECT_TRUE(service.mayEdit(&actor, p));
}

TEST_P(ProjectServiceTest, PendingMembersOtherOrganisationsAndTilsynAreRefused) {
  const ProjectService service(db(), brreg_);
  for (const auto& actor : {member(developer_id_, "representative", false),
                            member(other_id_, "representative", true),
                            member(developer_id_, "driver", true)}) {
    try {
      service.create(actor, valid());
      FAIL() << "created";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Forbidden);
    }
  }
  auth::Principal tilsyn;
  tilsyn.platform_roles = {"tilsyn"};
  EXPECT_THROW(service.create(tilsyn, valid()), Error);
  EXPECT_EQ(count(), 0);
}

TEST_P(ProjectServiceTest, InvalidInputGivesNorwegianFieldErrorsAndStoresNothing) {
  const ProjectService service(db(), brreg_);
  const auto actor = member(developer_id_, "org_admin", true);
  ProjectInput in = valid();
  in.name = " ";
  in.phase = "snart";
  in.start = "2031-13";
  in.lat = "10.5";
  in.lon = "59.9";  // swapped: not in Norway
  in.municipality_number = "32";
  in.contractor_orgnrs = {"123456789"};
  in.plan_links = {{"javascript:alert(1)", "x"}};
  in.area = "{\"type\":\"Polygon\"}";
  try {
    service.create(actor, in);
    FAIL() << "created";
  } catch (const Error& e) {
    ASSERT_EQ(e.kind(), ErrorKind::Validation);
    std::vector<std::string> fields;
    for (const auto& f : e.fields()) fields.push_back(f.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"navn", "entreprenorer", "fase", "oppstart", "lat",
                                                "omrade", "kommunenummer", "lenker"}));
  }
  in = valid();
  in.start = "2032";
  in.end = "2031";
  EXPECT_THROW(service.create(actor, in), Error);
  EXPECT_EQ(count(), 0);
}

TEST_P(ProjectServiceTest, UpdateRecordsChangedFieldsOnly) {
  const ProjectService service(db(), brreg_);
  const auto actor = member(developer_id_, "org_admin", true);
  const auto p = service.create(actor, valid());
  ProjectInput in = inputFrom(p);
  in.phase = "bygging";
  const auto updated = service.update(actor, p.id, in);
  EXPECT_EQ(updated.phase, Phase::Construction);
  const auto history = service.history(p.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history.front().action, "updated");
  ASSERT_EQ(history.front().changes.size(), 1u);
  EXPECT_EQ(history.front().changes[0].field, "registry.project.field.phase");
  // Handing the project to an organisation the actor does not represent is refused.
  in.developer_orgnr = "315700078";
  EXPECT_THROW(service.update(actor, p.id, in), Error);
  EXPECT_THROW(service.update(member(developer_id_, "org_admin", false), p.id, inputFrom(p)), Error);
  EXPECT_THROW(service.get("finnes-ikke"), Error);
}

TEST_P(ProjectServiceTest, DemoSeederIsIdempotentAndCoversEveryPhase) {
  const int first = seedDemoProjects(db(), brreg_);
  EXPECT_GE(first, 15);
  EXPECT_EQ(seedDemoProjects(db(), brreg_), 0);
  const ProjectService service(db(), brreg_);
  for (const auto phase : kPhases) {
    ProjectFilter filter;
    filter.phase = phase;
    EXPECT_GT(service.list(filter, ProjectSort::Name, 0, 100).total, 0) << phaseCode(phase);
  }
  ProjectFilter text;
  text.search = "Fornebubanen";
  const auto fornebu = service.list(text, ProjectSort::Name, 0, 10);
  ASSERT_EQ(fornebu.total, 1);
  EXPECT_NE(fornebu.items[0].description.find("600 000 m³"), std::string::npos);
  EXPECT_NE(fornebu.items[0].source_note.find("stedfortreder"), std::string::npos);
  // Approvals only on the fictional projects, with every status among them.
  const ApprovalService approvals(db(), service);
  EXPECT_TRUE(approvals.list(fornebu.items[0].id).empty());
  std::set<std::string> statuses;
  std::size_t with_approvals = 0;
  for (const auto& p : service.list({}, ProjectSort::Name, 0, 100).items) {
    const auto list = approvals.list(p.id);
    if (!list.empty()) ++with_approvals;
    for (const auto& a : list) statuses.insert(std::string(approvalStatusKey(approvalStatus(a, calendar::today()))));
  }
  EXPECT_GE(with_approvals, 5u);
  EXPECT_EQ(statuses, (std::set<std::string>{"gjeldende", "ikke_gyldig_enna", "utlopt"}));
}

TEST_P(ProjectServiceTest, OtherModulesFindProjectsAndTheOrganisationsActingForThem) {
  const ProjectService service(db(), brreg_);
  const auto created = service.create(member(developer_id_, "representative", true), valid());

  const auto ref = findProjectRef(db(), created.id);
  ASSERT_TRUE(ref.has_value());
  EXPECT_EQ(ref->name, "Nytt prosjekt");
  EXPECT_EQ(ref->phase, "planlegging");
  EXPECT_EQ(ref->developer_organisation_id, developer_id_);
  EXPECT_EQ(ref->contractor_organisation_ids, std::vector<std::string>{other_id_});
  EXPECT_EQ(ref->municipality_number, "3201");
  EXPECT_NEAR(ref->lat, 59.8909, 1e-9);
  EXPECT_FALSE(findProjectRef(db(), "finnes-ikke").has_value());

  // Unknown ids are skipped, the order asked for is kept.
  const auto refs = listProjectRefs(db(), {"finnes-ikke", created.id});
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, created.id);

  // Developer and contractor both act for the project; a third organisation does not.
  EXPECT_EQ(projectsOfOrganisation(db(), developer_id_).size(), 1u);
  EXPECT_EQ(projectsOfOrganisation(db(), other_id_).size(), 1u);
  auto lease = db().lease();
  const auto third = addOrganisation(lease, "315700094", "Tredje AS (demo)");
  EXPECT_TRUE(projectsOfOrganisation(db(), third).empty());
}

TEST_P(ProjectServiceTest, ApprovalsAreEditedLikeTheProjectAndWrittenToItsHistory) {
  const ProjectService service(db(), brreg_);
  const ApprovalService approvals(db(), service);
  const auto actor = member(developer_id_, "representative", true);
  const auto project = service.create(actor, valid());
  EXPECT_TRUE(approvals.list(project.id).empty());

  const ApprovalInput plan{"reguleringsplan", "Bærum kommune", "2019/101", "2020-06-01", "", ""};
  const ApprovalInput remediation{"tiltaksplan", "Bærum kommune", "", "2026-01-15", "2028-01-14",
                                  "https://innsyn.example.no/2026-17"};
  const auto first = approvals.add(actor, project.id, remediation);
  const auto second = approvals.add(actor, project.id, plan);
  const auto listed = approvals.list(project.id);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, second.id);  // oldest valid_from first
  EXPECT_EQ(listed[1].document_url, "https://innsyn.example.no/2026-17");
  EXPECT_FALSE(listed[0].valid_to.has_value());

  // Someone who may not edit the project may not edit its approvals; bad input stores nothing.
  for (const auto& outsider : {member(developer_id_, "representative", false), member(other_id_, "representative", true)}) {
    EXPECT_THROW(approvals.add(outsider, project.id, plan), Error);
    EXPECT_THROW(approvals.update(outsider, project.id, first.id, plan), Error);
  }
  try {
    approvals.add(actor, project.id, {"", "", "", "", "", ""});
    FAIL() << "stored";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    EXPECT_EQ(e.fields().size(), 3u);  // type, myndighet, gyldig_fra
  }
  EXPECT_EQ(approvals.list(project.id).size(), 2u);
  // An approval of another project is not found through this one.
  auto other_input = valid();
  other_input.name = "Et annet prosjekt";
  const auto other = service.create(actor, other_input);
  EXPECT_THROW(approvals.get(other.id, first.id), Error);
  EXPECT_THROW(approvals.update(actor, other.id, first.id, plan), Error);

  auto changed = remediation;
  changed.valid_to = "2029-01-14";
  const auto updated = approvals.update(actor, project.id, first.id, changed);
  EXPECT_EQ(updated.valid_to, "2029-01-14");
  approvals.update(actor, project.id, first.id, changed);  // unchanged: no history entry

  std::vector<std::pair<std::string, std::string>> seen;
  for (const auto& entry : service.history(project.id)) {
    for (const auto& c : entry.changes) {
      if (c.field == "registry.project.field.approval") seen.emplace_back(c.old_value, c.new_value);
    }
  }
  ASSERT_EQ(seen.size(), 3u);  // two added, one changed
  const auto changed_entry = std::find_if(seen.begin(), seen.end(), [](const auto& c) { return !c.first.empty(); });
  ASSERT_NE(changed_entry, seen.end());
  EXPECT_NE(changed_entry->first.find("14.01.2028"), std::string::npos);
  EXPECT_NE(changed_entry->second.find("14.01.2029"), std::string::npos);
}

TEST_P(ProjectServiceTest, ApprovalsPerProjectAreLimited) {
  const ProjectService service(db(), brreg_);
  const ApprovalService approvals(db(), service);
  const auto actor = member(developer_id_, "representative", true);
  const auto project = service.create(actor, valid());
  const ApprovalInput input{"annet", "Bærum kommune", "", "2026-01-01", "", ""};
  for (std::int64_t i = 0; i < kMaxApprovalsPerProject; ++i) approvals.add(actor, project.id, input);
  try {
    approvals.add(actor, project.id, input);
    FAIL() << "the 51st was stored";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Conflict);
  }
  EXPECT_EQ(static_cast<std::int64_t>(approvals.list(project.id).size()), kMaxApprovalsPerProject);
}

MF_INSTANTIATE_DATABASE_TEST(ProjectServiceTest);

}  // namespace
}  // namespace masseflyt::registry::projects
