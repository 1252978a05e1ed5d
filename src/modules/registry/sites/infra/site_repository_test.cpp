#include "modules/registry/sites/infra/site_repository.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::sites {
namespace {

class SiteRepositoryTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    const auto owner = identity::organisations::ensureDemoOrganisation(
        db(), brreg::FixtureBrregClient(), "315600049");
    ASSERT_TRUE(owner);
    owner_id_ = owner->id;
  }

  Site site(std::string name, std::string kind, std::string municipality, double lat, double lon,
            std::vector<std::string> fractions, std::optional<std::int64_t> remaining_kg,
            std::int64_t updated_at) {
    Site s;
    s.id = db::newUuidV7();
    s.organisation_id = owner_id_;
    s.kind = std::move(kind);
    s.name = std::move(name);
    s.description = "Beskrivelse";
    s.lat = lat;
    s.lon = lon;
    s.municipality_number = std::move(municipality);
    s.fraction_groups = std::move(fractions);
    s.capacity_kg_per_year = 500'000'000;
    s.remaining_kg = remaining_kg;
    s.created_at = 1;
    s.updated_at = updated_at;
    auto lease = db().lease();
    repository::insertSite(lease, s);
    return s;
  }

  void permit(const Site& s, std::string from, std::optional<std::string> to) {
    Permit p;
    p.id = db::newUuidV7();
    p.site_id = s.id;
    p.type = "deponi";
    p.authority = "Statsforvalteren";
    p.valid_from = std::move(from);
    p.valid_to = std::move(to);
    p.fraction_groups = {"stein"};
    p.max_condition_class = 2;
    auto lease = db().lease();
    repository::insertPermit(lease, p);
  }

  std::vector<std::string> names(const SiteFilter& filter, SiteSort sort = SiteSort::Name,
                                 std::int64_t offset = 0, std::int64_t limit = 100) {
    auto lease = db().lease();
    std::vector<std::string> out;
    for (const auto& s : repository::listSites(lease, filter, sort, offset, limit)) out.push_back(s.name);
    return out;
  }

  std::string owner_id_;
};

TEST_P(SiteRepositoryTest, RoundTripsEveryField) {
  Site s = site("Alfa deponi", "deponi_inert", "3201", 59.9, 10.5, {"stein", "jord"}, 1000, 5);
  s.area_geojson = R"({"type":"Polygon","coordinates":[[[10.5,59.9],[10.6,59.9],[10.6,60.0],[10.5,59.9]]]})";
  s.contact_email = "a@b.no";
  s.fee_ore_per_tonne = 8550;
  s.publish_fees = true;
  s.name = "Alfa deponi Æ";
  {
    auto lease = db().lease();
    repository::updateSite(lease, s);
  }
  auto lease = db().lease();
  const auto found = repository::findSite(lease, s.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Alfa deponi Æ");
  EXPECT_EQ(found->fraction_groups, (std::vector<std::string>{"stein", "jord"}));
  EXPECT_EQ(found->area_geojson, s.area_geojson);
  EXPECT_EQ(found->fee_ore_per_tonne, 8550);
  EXPECT_TRUE(found->publish_fees);
  EXPECT_EQ(found->remaining_kg, 1000);
  EXPECT_DOUBLE_EQ(found->lat, 59.9);
  EXPECT_FALSE(repository::findSite(lease, "ukjent"));
}

TEST_P(SiteRepositoryTest, FiltersByKindMunicipalityFractionCapacityAndText) {
  site("Alfa deponi", "deponi_inert", "3201", 59.90, 10.50, {"stein", "jord"}, 1'000'000, 1);
  site("Beta pukkverk", "pukkverk", "3203", 59.80, 10.40, {"stein"}, 0, 2);
  site("Gamma mottak", "massemottak", "3201", 59.91, 10.52, {"jord", "leire"}, std::nullopt, 3);
  SiteFilter f;
  f.kinds = {"deponi_inert", "massemottak"};
  EXPECT_EQ(names(f), (std::vector<std::string>{"Alfa deponi", "Gamma mottak"}));
  f = {};
  f.municipality_number = "3203";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Beta pukkverk"}));
  f = {};
  f.fraction_group = "stein";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Alfa deponi", "Beta pukkverk"}));
  f.fraction_group = "ste";  // a prefix of a key is not that key
  EXPECT_TRUE(names(f).empty());
  f = {};
  f.min_remaining_kg = 1;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Alfa deponi"}));
  f.min_remaining_kg = 2'000'000;
  EXPECT_TRUE(names(f).empty());
  f = {};
  f.search = "PUKK";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Beta pukkverk"}));
  f.search = "100%";
  EXPECT_TRUE(names(f).empty());
  auto lease = db().lease();
  f = {};
  f.municipality_number = "3201";
  EXPECT_EQ(repository::countSites(lease, f), 2);
}

TEST_P(SiteRepositoryTest, PermitValidOnADate) {
  const auto open = site("Alfa", "deponi_inert", "3201", 59.9, 10.5, {"stein"}, 1, 1);
  const auto expired = site("Beta", "deponi_inert", "3201", 59.9, 10.5, {"stein"}, 1, 1);
  const auto future = site("Gamma", "deponi_inert", "3201", 59.9, 10.5, {"stein"}, 1, 1);
  site("Delta", "deponi_inert", "3201", 59.9, 10.5, {"stein"}, 1, 1);  // no permit
  permit(open, "2020-01-01", std::nullopt);
  permit(expired, "2020-01-01", "2025-06-30");
  permit(future, "2027-01-01", "2030-12-31");
  SiteFilter f;
  f.valid_on = "2025-06-30";  // last day of the expired permit still counts
  EXPECT_EQ(names(f), (std::vector<std::string>{"Alfa", "Beta"}));
  f.valid_on = "2026-01-01";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Alfa"}));
  f.valid_on = "2028-01-01";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Alfa", "Gamma"}));
  f.valid_on = "2019-12-31";
  EXPECT_TRUE(names(f).empty());
  auto lease = db().lease();
  const auto permits = repository::permitsForSites(lease, {open.id, expired.id, "ukjent"});
  EXPECT_EQ(permits.size(), 2u);
  EXPECT_EQ(permits.at(expired.id).front().valid_to, "2025-06-30");
  EXPECT_EQ(permits.at(open.id).front().max_condition_class, 2);
}

TEST_P(SiteRepositoryTest, SortsAndPaginates) {
  site("Charlie", "pukkverk", "3203", 59.9, 10.5, {}, 10, 30);
  site("alfa", "pukkverk", "0301", 59.9, 10.5, {}, std::nullopt, 10);
  site("Bravo", "pukkverk", "3201", 59.9, 10.5, {}, 500, 20);
  SiteFilter all;
  EXPECT_EQ(names(all, SiteSort::Name), (std::vector<std::string>{"alfa", "Bravo", "Charlie"}));
  EXPECT_EQ(names(all, SiteSort::Municipality), (std::vector<std::string>{"alfa", "Bravo", "Charlie"}));
  EXPECT_EQ(names(all, SiteSort::Capacity), (std::vector<std::string>{"Bravo", "Charlie", "alfa"}));
  EXPECT_EQ(names(all, SiteSort::Updated), (std::vector<std::string>{"Charlie", "Bravo", "alfa"}));
  EXPECT_EQ(names(all, SiteSort::Name, 1, 1), (std::vector<std::string>{"Bravo"}));
  auto lease = db().lease();
  const auto first = repository::listSitesAfter(lease, all, std::nullopt, 2);
  ASSERT_EQ(first.size(), 2u);
  const auto rest = repository::listSitesAfter(lease, all, first.back().id, 2);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_GT(rest.front().id, first.back().id);
}

TEST_P(SiteRepositoryTest, BoundingBoxPrefilter) {
  site("Sentrum", "pukkverk", "3201", 59.8909, 10.5278, {}, 1, 1);
  site("Nabo 3 km nord", "pukkverk", "3201", 59.9179, 10.5278, {}, 1, 1);
  site("Nabo 4 km øst", "pukkverk", "3201", 59.8909, 10.5995, {}, 1, 1);
  site("Langt unna", "pukkverk", "0301", 59.9139, 10.7522, {}, 1, 1);
  auto lease = db().lease();
  auto found = repository::sitesInBox(lease, 59.8909, 10.5278, 5000);
  std::vector<std::string> got;
  for (const auto& s : found) got.push_back(s.name);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"Nabo 3 km nord", "Nabo 4 km øst", "Sentrum"}));
}

TEST_P(SiteRepositoryTest, PermitDocumentIsWrittenOnItsOwn) {
  const auto s = site("Deponi", "deponi_inert", "3201", 59.9, 10.5, {"stein"}, 1, 1);
  permit(s, "2024-01-01", std::nullopt);
  auto lease = db().lease();
  auto p = repository::permitsForSite(lease, s.id).at(0);
  EXPECT_FALSE(p.document.has_value());

  const PermitDocument document{.file_key = std::string(64, 'a'), .name = "Vedtak Bærum.pdf",
                                .size_bytes = 1'234'567, .uploaded_at = 1'790'000'000'123};
  repository::setPermitDocument(lease, p.id, document, 1'790'000'000'124);
  p = *repository::findPermit(lease, p.id);
  ASSERT_TRUE(p.document.has_value());
  EXPECT_EQ(p.document->file_key, std::string(64, 'a'));
  EXPECT_EQ(p.document->name, "Vedtak Bærum.pdf");
  EXPECT_EQ(p.document->size_bytes, 1'234'567);
  EXPECT_EQ(p.document->uploaded_at, 1'790'000'000'123);
  EXPECT_EQ(p.updated_at, 1'790'000'000'124);

  // An edit of the other fields made from a read before the upload keeps the document.
  Permit stale = p;
  stale.document.reset();
  stale.authority = "Bærum kommune";
  repository::updatePermit(lease, stale);
  p = *repository::findPermit(lease, p.id);
  EXPECT_EQ(p.authority, "Bærum kommune");
  ASSERT_TRUE(p.document.has_value());
  EXPECT_EQ(p.document->name, "Vedtak Bærum.pdf");

  // Listing several sites' permits reads the document too.
  EXPECT_TRUE(repository::permitsForSites(lease, std::vector<std::string>{s.id})[s.id].at(0).document.has_value());

  repository::setPermitDocument(lease, p.id, std::nullopt, 1'790'000'000'200);
  EXPECT_FALSE(repository::findPermit(lease, p.id)->document.has_value());
}

MF_INSTANTIATE_DATABASE_TEST(SiteRepositoryTest);

}  // namespace
}  // namespace masseflyt::registry::sites
