#include "modules/registry/sites/app/site_service.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/sites/app/api.hpp"
#include "modules/registry/sites/app/permit_documents.hpp"
#include "modules/registry/sites/infra/site_repository.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/storage/file_store.hpp"

namespace masseflyt::registry::sites {
namespace {

class SiteServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    organisations_ = std::make_unique<identity::organisations::OrganisationService>(db(), brreg_);
    service_ = std::make_unique<SiteService>(db(), *organisations_);
    const auto owner = identity::organisations::ensureDemoOrganisation(db(), brreg_, "315600049");
    ASSERT_TRUE(owner);
    owner_ = *owner;
  }

  auth::Principal person(bool verified, std::string role = "representative") const {
    auth::Principal p;
    p.user_id = "";  // history keeps the label; no users row is needed
    p.display_name = "Rita Representant";
    p.memberships.push_back({owner_.id, owner_.organisation_number, owner_.name, std::move(role), verified});
    return p;
  }

  static SiteInput input() {
    SiteInput in;
    in.kind = "pukkverk";
    in.name = "Testbrudd";
    in.lat = "59.914";
    in.lon = "10.497";
    in.municipality_number = "3201";
    in.fraction_groups = {"stein"};
    in.contact_name = "Kari";
    return in;
  }

  brreg::FixtureBrregClient brreg_;
  std::unique_ptr<identity::organisations::OrganisationService> organisations_;
  std::unique_ptr<SiteService> service_;
  identity::organisations::OrganisationRecord owner_;
};

TEST_P(SiteServiceTest, VerifiedRepresentativeCreatesAndEditsWithHistory) {
  const auto actor = person(true);
  const auto site = service_->create(actor, owner_.organisation_number, input());
  auto summary = service_->get(site.id);
  EXPECT_EQ(summary.organisation_number, "315600049");
  EXPECT_EQ(summary.status, SiteStatus::Missing);
  auto changed = input();
  changed.name = "Testbrudd nord";
  service_->update(actor, site.id, changed);
  service_->update(actor, site.id, changed);  // unchanged: no new entry
  PermitInput p;
  p.type = "forurensningsloven";
  p.authority = "Statsforvalteren";
  p.valid_from = "2020-01-01";
  const auto permit = service_->addPermit(actor, site.id, p);
  summary = service_->get(site.id);
  EXPECT_EQ(summary.status, SiteStatus::Valid);
  p.valid_to = "2021-01-01";
  service_->updatePermit(actor, site.id, permit.id, p);
  EXPECT_EQ(service_->get(site.id).status, SiteStatus::Expired);

  const auto entries = service_->fullHistory(service_->get(site.id));
  ASSERT_EQ(entries.size(), 4u);
  bool saw_rename = false;
  for (const auto& e : entries) {
    for (const auto& c : e.changes) {
      if (c.field == "registry.site.field.name" && c.old_value == "Testbrudd" &&
          c.new_value == "Testbrudd nord") {
        saw_rename = true;
      }
    }
  }
  EXPECT_TRUE(saw_rename);
}

TEST_P(SiteServiceTest, PendingMemberAndOtherOrganisationsAreRefused) {
  try {
    service_->create(person(false), owner_.organisation_number, input());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Forbidden);
  }
  auto driver = person(true, "driver");  // verified, but the role does not edit sites
  EXPECT_THROW(service_->create(driver, owner_.organisation_number, input()), Error);
  const auto site = service_->create(person(true), owner_.organisation_number, input());
  EXPECT_THROW(service_->update(person(false), site.id, input()), Error);
  auth::Principal tilsyn;
  tilsyn.platform_roles = {"tilsyn"};
  EXPECT_FALSE(service_->mayEdit(&tilsyn, site));
  EXPECT_TRUE(service_->ownerChoices(tilsyn).empty());
  auth::Principal admin;
  admin.platform_roles = {"administrator"};
  EXPECT_TRUE(service_->mayEdit(&admin, site));
}

TEST_P(SiteServiceTest, InvalidInputStoresNothing) {
  auto bad = input();
  bad.lat = "";
  EXPECT_THROW(service_->create(person(true), owner_.organisation_number, bad), Error);
  try {
    service_->create(person(true), "999999999", input());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    EXPECT_EQ(e.fields().front().field, "organisasjonsnummer");
  }
  EXPECT_EQ(service_->list({}, SiteSort::Name, 0, 10).total, 0);
}

TEST_P(SiteServiceTest, NearbyWithinFiveKilometres) {
  const auto actor = person(true);
  const auto centre = service_->create(actor, owner_.organisation_number, input());
  auto near = input();
  near.name = "Nær";
  near.lat = "59.94";  // ~2.9 km north
  service_->create(actor, owner_.organisation_number, near);
  auto far = input();
  far.name = "Langt unna";
  far.lat = "59.97";  // ~6.2 km north: inside the box's corner test, outside the circle
  far.lon = "10.55";
  service_->create(actor, owner_.organisation_number, far);
  const auto found = service_->nearby(centre);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found.front().summary.site.name, "Nær");
  EXPECT_NEAR(found.front().distance_m, 2894, 30);
}

TEST_P(SiteServiceTest, DemoSeederIsIdempotentAndCoversEveryStatus) {
  const auto root = std::filesystem::temp_directory_path() / ("mf-demo-docs-" + std::to_string(std::random_device{}()));
  const storage::LocalFileStore files(root);
  const int created = seedDemoSites(db(), brreg_, &files);
  EXPECT_GE(created, 60);
  EXPECT_EQ(seedDemoSites(db(), brreg_, &files), 0);
  const auto page = service_->list({}, SiteSort::Name, 0, 500);
  EXPECT_EQ(page.total, created);
  std::set<SiteStatus> statuses;
  std::set<std::string> municipalities;
  int documents = 0;
  for (const auto& s : page.items) {
    for (const auto& p : s.permits) {
      if (!p.document) continue;
      ++documents;
      const auto bytes = files.get(p.document->file_key);  // really stored, and a PDF
      ASSERT_TRUE(bytes.has_value());
      EXPECT_EQ(bytes->substr(0, 5), "%PDF-");
      EXPECT_EQ(p.document->size_bytes, static_cast<std::int64_t>(bytes->size()));
      EXPECT_EQ(p.document->name.find('/'), std::string::npos);
    }
    statuses.insert(s.status);
    municipalities.insert(s.site.municipality_number);
    EXPECT_TRUE(s.site.is_demo);
    EXPECT_NE(s.site.name.find("(demo)"), std::string::npos);
  }
  EXPECT_EQ(statuses.size(), 5u);
  EXPECT_GE(municipalities.size(), 9u);
  EXPECT_GE(documents, 15);
  EXPECT_LT(documents, created);  // "no document" shows too
  std::filesystem::remove_all(root);
  SiteFilter dsa;
  dsa.fraction_group = "alunskifer";
  EXPECT_GT(service_->list(dsa, SiteSort::Name, 0, 10).total, 0);
}

TEST_P(SiteServiceTest, OtherModulesFindSitesAndTheirPermitsByType) {
  const auto actor = person(true);
  const auto site = service_->create(actor, owner_.organisation_number, input());
  PermitInput dsa;
  dsa.type = "dsa";
  dsa.authority = "Direktoratet for strålevern og atomsikkerhet";
  dsa.valid_from = "2025-01-01";
  dsa.valid_to = "2027-12-31";
  dsa.fraction_groups = {"alunskifer"};
  service_->addPermit(actor, site.id, dsa);

  const auto ref = findSiteRef(db(), site.id);
  ASSERT_TRUE(ref.has_value());
  EXPECT_EQ(ref->name, "Testbrudd");
  EXPECT_EQ(ref->kind, "pukkverk");
  EXPECT_EQ(ref->organisation_id, owner_.id);
  EXPECT_NEAR(ref->lon, 10.497, 1e-9);
  // Today's status travels with the reference (the DSA permit ends 2027-12-31).
  EXPECT_EQ(ref->has_valid_permit, hasValidPermitOfType(db(), site.id, "dsa", today()));
  EXPECT_FALSE(ref->permit_status_text.empty());
  auto bare_input = input();
  bare_input.name = "Uten tillatelse";
  const auto bare = findSiteRef(db(), service_->create(actor, owner_.organisation_number, bare_input).id);
  ASSERT_TRUE(bare.has_value());
  EXPECT_EQ(bare->permit_status, "mangler");
  EXPECT_EQ(bare->permit_status_color, "danger");
  EXPECT_FALSE(bare->has_valid_permit);
  EXPECT_EQ(bare->permit_status_text, i18n::t("registry.site.status.mangler"));
  EXPECT_FALSE(findSiteRef(db(), "finnes-ikke").has_value());
  const auto owned = sitesOfOrganisation(db(), owner_.id);
  ASSERT_EQ(owned.size(), 2u);  // by name: "Testbrudd", "Uten tillatelse"
  EXPECT_EQ(owned[0].permit_status, ref->permit_status);
  EXPECT_EQ(owned[1].permit_status, "mangler");
  EXPECT_TRUE(sitesOfOrganisation(db(), "annen").empty());

  EXPECT_TRUE(hasValidPermitOfType(db(), site.id, "dsa", "2026-06-01"));
  EXPECT_FALSE(hasValidPermitOfType(db(), site.id, "dsa", "2028-01-01"));   // expired by then
  EXPECT_FALSE(hasValidPermitOfType(db(), site.id, "dsa", "2024-12-31"));   // not yet valid
  EXPECT_FALSE(hasValidPermitOfType(db(), site.id, "pbl", "2026-06-01"));   // no such type
  EXPECT_FALSE(hasValidPermitOfType(db(), site.id, "dsa", "2026-13-01"));   // not a date
  EXPECT_FALSE(hasValidPermitOfType(db(), "finnes-ikke", "dsa", "2026-06-01"));
}

TEST_P(SiteServiceTest, PermitDocumentsUploadReplaceRemoveWithHistory) {
  const auto root = std::filesystem::temp_directory_path() / ("mf-permit-docs-" + std::to_string(std::random_device{}()));
  const storage::LocalFileStore files(root);
  // Shares the service without owning it (the fixture does).
  const PermitDocuments documents(std::shared_ptr<const SiteService>(service_.get(), [](const SiteService*) {}), files);
  const auto actor = person(true);
  const auto site = service_->create(actor, owner_.organisation_number, input());
  PermitInput in;
  in.type = "deponi";
  in.authority = "Statsforvalteren i Oslo og Viken";
  in.valid_from = "2024-01-01";
  const auto permit = service_->addPermit(actor, site.id, in);

  // Nobody but the owner's verified representative gets as far as storing bytes.
  const std::string pdf = "%PDF-1.7\nvedtak\n%%EOF\n";
  EXPECT_THROW(documents.upload(person(false), site.id, permit.id, "v.pdf", pdf), Error);
  EXPECT_FALSE(std::filesystem::exists(root));
  try {
    documents.upload(actor, site.id, permit.id, "bilde.png", "\x89PNG\r\n");
    FAIL() << "a PNG was stored";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    ASSERT_EQ(e.fields().size(), 1u);
    EXPECT_EQ(e.fields()[0].field, "dokument");
  }
  EXPECT_FALSE(service_->getPermit(site.id, permit.id).document.has_value());

  const auto stored = documents.upload(actor, site.id, permit.id, "C:\\fakepath\\Vedtak 2024.pdf", pdf);
  ASSERT_TRUE(stored.document.has_value());
  EXPECT_EQ(stored.document->name, "Vedtak 2024.pdf");
  EXPECT_EQ(stored.document->size_bytes, static_cast<std::int64_t>(pdf.size()));
  EXPECT_EQ(documents.download(&actor, site.id, permit.id).bytes, pdf);
  EXPECT_EQ(documents.download(&actor, site.id, permit.id).name, "Vedtak 2024.pdf");
  try {
    documents.download(nullptr, site.id, permit.id);
    FAIL() << "downloaded without a login";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Unauthorized);
  }

  documents.upload(actor, site.id, permit.id, "ny.pdf", "%PDF-1.7\nny\n");
  documents.remove(actor, site.id, permit.id);
  try {
    documents.download(&actor, site.id, permit.id);
    FAIL() << "a removed document was served";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  // Uploaded, replaced, removed: each entry names the files (entries of one millisecond have no
  // defined order, so compared as a set).
  std::multiset<std::string> documents_seen;
  for (const auto& entry : service_->fullHistory(service_->get(site.id))) {
    for (const auto& change : entry.changes) {
      if (change.field == "registry.permit.field.document") {
        documents_seen.insert(change.old_value + " -> " + change.new_value);
      }
    }
  }
  EXPECT_EQ(documents_seen, (std::multiset<std::string>{" -> Vedtak 2024.pdf (22 byte)",
                                                         "Vedtak 2024.pdf (22 byte) -> ny.pdf (12 byte)",
                                                         "ny.pdf (12 byte) -> "}));
  std::filesystem::remove_all(root);
}

MF_INSTANTIATE_DATABASE_TEST(SiteServiceTest);

}  // namespace
}  // namespace masseflyt::registry::sites
