// Import runs, the refresh rule, vanished marking and claims on both engines.
#include "modules/registry/imports/app/import_service.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <cstdio>

#include "integrations/brreg/fixture_client.hpp"
#include "integrations/miljodirektoratet/fixture_client.hpp"
#include "integrations/ngu/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/imports/app/api.hpp"
#include "modules/registry/sites/infra/site_repository.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"

namespace masseflyt::registry::imports {
namespace {

// A source whose records a test changes between runs.
class FakeSource final : public PublicSiteSource {
 public:
  std::string_view source() const override { return "ngu"; }
  std::vector<ImportedRecord> fetchAll() const override {
    if (fail) throw Error(ErrorKind::Unavailable, "ngu.error.unavailable", "test");
    return records;
  }
  std::vector<ImportedRecord> records;
  bool fail = false;
};

ImportedRecord quarry(const std::string& key, const std::string& name) {
  ImportedRecord r;
  r.source = "ngu";
  r.key = key;
  r.name = name;
  r.kind = "Pukk";
  r.status = "I drift";
  r.category = "Regional";
  r.municipality = "3201";
  r.lat = 59.95;
  r.lon = 10.48;
  r.source_url = "https://example.invalid/" + key;
  return r;
}

class ImportServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    organisations_ = std::make_unique<identity::organisations::OrganisationService>(db(), brreg_);
    sites_ = std::make_unique<sites::SiteService>(db(), *organisations_);
    service_ = std::make_unique<ImportService>(*sites_, brreg_, std::vector<const PublicSiteSource*>{&fake_, &waste_});
    owner_ = *identity::organisations::ensureDemoOrganisation(db(), brreg_, "315600049");
    other_ = *identity::organisations::ensureDemoOrganisation(db(), brreg_, "315600251");
    fake_.records = {quarry("U-1", "Første uttak"), quarry("U-2", "Andre uttak")};
  }

  auth::Principal representative(const identity::organisations::OrganisationRecord& org, bool verified = true) const {
    auth::Principal p;
    p.display_name = "Rita Representant";
    p.memberships.push_back({org.id, org.organisation_number, org.name, "representative", verified});
    return p;
  }
  static auth::Principal administrator() {
    auth::Principal p;
    p.display_name = "Ada Administrator";
    p.platform_roles = {"administrator"};
    return p;
  }

  sites::Site stored(const std::string& source, const std::string& key) {
    auto lease = db().lease();
    for (auto& site : sites::repository::importedSites(lease, source)) {
      if (site.import_key == key) return site;
    }
    ADD_FAILURE() << "no site " << key;
    return {};
  }

  static sites::SiteInput inputOf(const sites::Site& s) {
    sites::SiteInput in;
    in.kind = s.kind;
    in.name = s.name;
    in.description = s.description;
    in.address = s.address;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", s.lat);
    in.lat = buffer;
    std::snprintf(buffer, sizeof buffer, "%.6f", s.lon);
    in.lon = buffer;
    in.municipality_number = s.municipality_number;
    in.fraction_groups = s.fraction_groups;
    return in;
  }

  brreg::FixtureBrregClient brreg_;
  FakeSource fake_;
  miljodirektoratet::FixtureWasteFacilities waste_;
  std::unique_ptr<identity::organisations::OrganisationService> organisations_;
  std::unique_ptr<sites::SiteService> sites_;
  std::unique_ptr<ImportService> service_;
  identity::organisations::OrganisationRecord owner_, other_;
};

TEST_P(ImportServiceTest, ImportingTwiceChangesNothing) {
  const auto first = service_->run(nullptr, "miljodirektoratet", "Test");
  EXPECT_EQ(first.status, "ok");
  EXPECT_EQ(first.fetched, 14);
  EXPECT_EQ(first.figures.created, 14);
  const auto second = service_->run(nullptr, "miljodirektoratet", "Test");
  EXPECT_EQ(second.figures.created, 0);
  EXPECT_EQ(second.figures.updated, 0);
  EXPECT_EQ(second.figures.vanished, 0);
  EXPECT_EQ(second.figures.unchanged, 14);
  const auto site = stored("miljodirektoratet", "FIKT-0219-002");
  EXPECT_EQ(site.kind, "deponi_inert");
  EXPECT_EQ(site.import_licence, "NLOD 2.0");
  EXPECT_FALSE(site.claimed_at);
  const auto holder = organisations_->findById(site.organisation_id);
  ASSERT_TRUE(holder);
  EXPECT_EQ(holder->organisation_number, "999601391");
  EXPECT_EQ(sites_->history(site).size(), 1u);  // only "imported"
  const auto runs = service_->lastRuns();
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].figures.unchanged, 14);
}

TEST_P(ImportServiceTest, NguFixtureImportsOnlySitesInOperation) {
  const ngu::FixtureGravelAndRock fixture;
  const ImportService service(*sites_, brreg_, {&fixture});
  const auto run = service.run(nullptr, "ngu", "Test");
  EXPECT_EQ(run.fetched, 13);
  EXPECT_EQ(run.figures.created, 10);
  EXPECT_EQ(run.figures.skipped, 3);  // one closed, one paused, one stone tip
}

TEST_P(ImportServiceTest, TheNightlyJobQueuesTheNextNightAndImports) {
  EXPECT_EQ(nextNightlyRun(0), 3'600'000);
  EXPECT_EQ(nextNightlyRun(3'600'000), 3'600'000 + 86'400'000) << "exactly at 01:00: the next night";
  EXPECT_EQ(sourceOfRefreshPayload(refreshJobPayload("ngu")), std::optional<std::string>("ngu"));
  EXPECT_FALSE(sourceOfRefreshPayload("{\"kilde\":1}"));
  EXPECT_FALSE(sourceOfRefreshPayload("ikke json"));

  const std::vector<std::shared_ptr<const PublicSiteSource>> sources{std::make_shared<ngu::FixtureGravelAndRock>()};
  scheduleNightlyRefresh(db(), sources);
  scheduleNightlyRefresh(db(), sources);  // a second start queues nothing more
  jobs::JobRegistry registry;
  registerJobs(registry, db(), brreg_, sources);
  jobs::Worker worker(db(), registry, jobs::WorkerOptions{});
  EXPECT_FALSE(worker.runOnce()) << "nothing is due before the night";
  {
    auto lease = db().lease();
    *lease << "UPDATE jobs SET run_at = 0 WHERE kind = 'registry.import.refresh'";
  }
  EXPECT_TRUE(worker.runOnce());
  auto lease = db().lease();
  std::int64_t queued = 0, done = 0, imported = 0;
  *lease << "SELECT COUNT(*) FROM jobs WHERE kind = 'registry.import.refresh' AND status = 'queued'", soci::into(queued);
  *lease << "SELECT COUNT(*) FROM jobs WHERE kind = 'registry.import.refresh' AND status = 'done'", soci::into(done);
  *lease << "SELECT COUNT(*) FROM registry_sites WHERE import_source = 'ngu'", soci::into(imported);
  EXPECT_EQ(queued, 1) << "the next night is waiting";
  EXPECT_EQ(done, 1);
  EXPECT_EQ(imported, 10);
}

TEST_P(ImportServiceTest, RefreshKeepsOwnerEditsAndUpdatesTheRest) {
  service_->run(nullptr, "ngu", "Test");
  auto site = stored("ngu", "U-1");
  const auto rep = representative(owner_);
  sites_->claim(rep, site.id, owner_.organisation_number);
  auto edit = inputOf(stored("ngu", "U-1"));
  edit.name = "Eierens navn";
  sites_->update(rep, site.id, edit);
  EXPECT_EQ(stored("ngu", "U-1").owner_edited_fields, std::vector<std::string>{"name"});

  fake_.records[0].name = "Kildens nye navn";
  fake_.records[0].category = "Nasjonal";  // changes the description
  const auto run = service_->run(nullptr, "ngu", "Test");
  EXPECT_EQ(run.figures.updated, 1);
  EXPECT_EQ(run.figures.unchanged, 1);
  EXPECT_EQ(run.figures.kept_owner_fields, 1);
  site = stored("ngu", "U-1");
  EXPECT_EQ(site.name, "Eierens navn");
  EXPECT_EQ(site.description, "Pukkforekomst – betydning: Nasjonal");
  EXPECT_EQ(site.organisation_id, owner_.id);
  const auto history = sites_->history(site);
  ASSERT_FALSE(history.empty());
  EXPECT_EQ(history.front().action, "import.updated");
  EXPECT_EQ(history.front().actor_label, "Import fra NGU – Grus og pukk");
  // And once more: nothing left to do.
  EXPECT_EQ(service_->run(nullptr, "ngu", "Test").figures.updated, 0);
}

TEST_P(ImportServiceTest, EditsBeforeAClaimAreNotOwnerEdits) {
  service_->run(nullptr, "ngu", "Test");
  const auto site = stored("ngu", "U-1");
  auto edit = inputOf(site);
  edit.name = "Rettet av administrator";
  sites_->update(administrator(), site.id, edit);
  EXPECT_TRUE(stored("ngu", "U-1").owner_edited_fields.empty());
  EXPECT_EQ(service_->run(nullptr, "ngu", "Test").figures.updated, 1);
  EXPECT_EQ(stored("ngu", "U-1").name, "Første uttak");
}

TEST_P(ImportServiceTest, VanishedRecordsAreMarkedNeverDeleted) {
  service_->run(nullptr, "ngu", "Test");
  fake_.records.pop_back();
  EXPECT_EQ(service_->run(nullptr, "ngu", "Test").figures.vanished, 1);
  auto gone = stored("ngu", "U-2");
  EXPECT_TRUE(gone.vanished_at);
  EXPECT_EQ(service_->run(nullptr, "ngu", "Test").figures.vanished, 0);  // counted once
  fake_.records.push_back(quarry("U-2", "Andre uttak"));
  EXPECT_EQ(service_->run(nullptr, "ngu", "Test").figures.updated, 1);
  EXPECT_FALSE(stored("ngu", "U-2").vanished_at);
}

TEST_P(ImportServiceTest, AFailedFetchChangesNothingAndIsRecorded) {
  service_->run(nullptr, "ngu", "Test");
  fake_.fail = true;
  EXPECT_THROW(service_->run(nullptr, "ngu", "Test"), Error);
  const auto runs = service_->lastRuns();
  ASSERT_FALSE(runs.empty());
  EXPECT_EQ(runs.front().status, "failed");
  EXPECT_EQ(runs.front().error_key, "ngu.error.unavailable");
  EXPECT_FALSE(stored("ngu", "U-1").vanished_at);
}

TEST_P(ImportServiceTest, OnlyAdministratorsRunImports) {
  const auto rep = representative(owner_);
  EXPECT_THROW(service_->run(&rep, "ngu"), Error);
  const auto admin = administrator();
  EXPECT_EQ(service_->run(&admin, "ngu").figures.created, 2);
  EXPECT_THROW(service_->run(&admin, "finnes-ikke"), Error);
}

TEST_P(ImportServiceTest, ClaimRules) {
  service_->run(nullptr, "ngu", "Test");
  service_->run(nullptr, "miljodirektoratet", "Test");
  const auto site = stored("ngu", "U-1");
  // Unverified: refused.
  EXPECT_THROW(sites_->claim(representative(owner_, false), site.id, owner_.organisation_number), Error);
  // Someone else's organisation: refused.
  EXPECT_THROW(sites_->claim(representative(owner_), site.id, other_.organisation_number), Error);
  // The source names an operator (315600251): only that one may claim.
  const auto named = stored("miljodirektoratet", "FIKT-0219-003");
  EXPECT_EQ(named.import_orgnr, "315600251");
  try {
    sites_->claim(representative(owner_), named.id, owner_.organisation_number);
    ADD_FAILURE() << "claimed a site the source gives to another operator";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Forbidden);
    EXPECT_EQ(error.messageKey(), "registry.site.claim.wrong_organisation");
  }
  EXPECT_EQ(sites_->claim(representative(other_), named.id, other_.organisation_number).organisation_id, other_.id);
  // Any verified representative for a site without a named operator; once.
  const auto claimed = sites_->claim(representative(owner_), site.id, owner_.organisation_number);
  EXPECT_TRUE(claimed.claimed_at);
  EXPECT_EQ(sites_->history(claimed).front().action, "claimed");
  try {
    sites_->claim(representative(other_), site.id, other_.organisation_number);
    ADD_FAILURE() << "claimed twice";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Conflict);
  }
  // The administrator undoes it; the agency holds it again.
  EXPECT_THROW(service_->undoClaim(representative(owner_), site.id), Error);
  const auto undone = service_->undoClaim(administrator(), site.id);
  EXPECT_FALSE(undone.claimed_at);
  EXPECT_EQ(organisations_->findById(undone.organisation_id)->organisation_number, "970188223");
}

TEST_P(ImportServiceTest, DemoSeederRunsEachSourceOnce) {
  const ngu::FixtureGravelAndRock rock;
  const std::vector<const PublicSiteSource*> sources{&rock, &waste_};
  EXPECT_EQ(seedDemoImports(db(), brreg_, sources), 10 + 14);
  EXPECT_EQ(seedDemoImports(db(), brreg_, sources), 0);
}

MF_INSTANTIATE_DATABASE_TEST(ImportServiceTest);

}  // namespace
}  // namespace masseflyt::registry::imports
