#include <gtest/gtest.h>

#include <soci/soci.h>


#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/listings/app/listing_service.hpp"
#include "modules/masses/listings/infra/listing_repository.hpp"
#include "modules/masses/listings/testing/fake_places.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/jobs/job_repository.hpp"

namespace masseflyt::masses::listings {
namespace {

using testing::FakePlaces;

class ListingServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    const auto org = identity::organisations::ensureDemoOrganisation(db(), brreg::FixtureBrregClient(), "315600049");
    ASSERT_TRUE(org);
    owner_ = {org->id, org->organisation_number, org->name};
    places_.owners[owner_.id] = owner_;
    // Fornebu as the origin; one site 8 km away (Kolsås-ish), one 20 km away, one DSA site.
    places_.sites["site-near"] = {"site-near", "Nær", {owner_.id}, "3201", "", 59.9140, 10.4970};
    places_.sites["site-dsa"] = {"site-dsa", "DSA-deponi", {owner_.id}, "3205", "", 60.0300, 11.1000};
    places_.sites["site-plain"] = {"site-plain", "Vanlig", {owner_.id}, "3205", "", 59.9750, 11.0350};
    places_.dsa_site = "site-dsa";
    service_ = std::make_unique<ListingService>(db(), places_);
    actor_.user_id = "person-1";
    actor_.display_name = "Test Person";
    actor_.memberships.push_back({owner_.id, owner_.organisation_number, owner_.name, "representative", true});
  }

  ListingInput input(std::string kind, std::string fraction, std::string tonnes, std::string from, std::string to) {
    ListingInput in;
    in.kind = std::move(kind);
    in.title = "Test " + fraction;
    in.fraction_key = std::move(fraction);
    in.unit = "tonn";
    in.quantity = std::move(tonnes);
    in.period_from = std::move(from);
    in.period_to = std::move(to);
    return in;
  }

  Listing at(double lat, double lon, const ListingInput& in, bool publish = true) {
    PlaceInput place;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", lat);
    place.lat = buffer;
    std::snprintf(buffer, sizeof buffer, "%.6f", lon);
    place.lon = buffer;
    place.municipality_number = "3201";
    return service_->create(actor_, owner_.organisation_number, place, in, publish);
  }

  FakePlaces places_;
  Owner owner_;
  auth::Principal actor_;
  std::unique_ptr<ListingService> service_;
};

constexpr double kFornebuLat = 59.8960, kFornebuLon = 10.6180;

TEST_P(ListingServiceTest, DistanceAndPeriodSearchRanksTheNearerNeedFirst) {
  // 8 km and 20 km west/north-west of Fornebu, same quarter; a third in another year.
  const auto near = at(59.9300, 10.4850, input("behov", "sprengstein", "5000", "2027-04-01", "2027-06-30"));
  const auto far = at(59.9700, 10.3000, input("behov", "sprengstein", "5000", "2027-05-01", "2027-09-30"));
  at(59.9300, 10.4850, input("behov", "sprengstein", "5000", "2029-01-01", "2029-03-31"));
  at(59.9300, 10.4850, input("overskudd", "sprengstein", "5000", "2027-04-01", "2027-06-30"));
  ListingFilter filter;
  filter.kinds = {Kind::Need};
  filter.period_from = "2027-04-01";
  filter.period_to = "2027-06-30";
  filter.near_lat = kFornebuLat;
  filter.near_lon = kFornebuLon;
  filter.radius_m = 30'000;
  const auto page = service_->search(filter, SortOrder::Distance, 0, 10);
  ASSERT_EQ(page.total, 2);
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0].listing.id, near.id);
  EXPECT_EQ(page.items[1].listing.id, far.id);
  EXPECT_NEAR(*page.items[0].distance_m, 8'000, 1'000);
  EXPECT_NEAR(*page.items[1].distance_m, 20'000, 1'500);
  filter.radius_m = 10'000;
  EXPECT_EQ(service_->search(filter, SortOrder::Distance, 0, 10).total, 1);
}

TEST_P(ListingServiceTest, NearestFirstWithoutARadiusWidensUntilThePageIsFull) {
  // Nothing within 10 km of Fornebu: about 30 km (Drammen) and 135 km (Lillehammer) away.
  const auto drammen = at(59.7440, 10.2045, input("behov", "pukk", "100", "2027-01-01", "2027-12-31"));
  const auto lillehammer = at(61.1153, 10.4662, input("behov", "pukk", "100", "2027-01-01", "2027-12-31"));
  ListingFilter filter;
  filter.near_lat = kFornebuLat;
  filter.near_lon = kFornebuLon;
  const auto first = service_->search(filter, SortOrder::Distance, 0, 1);
  EXPECT_EQ(first.total, 2);
  ASSERT_EQ(first.items.size(), 1u);
  EXPECT_EQ(first.items[0].listing.id, drammen.id);
  const auto second = service_->search(filter, SortOrder::Distance, 1, 1);
  ASSERT_EQ(second.items.size(), 1u);
  EXPECT_EQ(second.items[0].listing.id, lillehammer.id);
  EXPECT_NEAR(*second.items[0].distance_m, 136'000, 10'000);
}

TEST_P(ListingServiceTest, QuantityRangeUsesTheRemainingQuantity) {
  const auto big = at(59.9, 10.6, input("overskudd", "pukk", "10000", "2026-01-01", "2026-12-31"));
  at(59.9, 10.6, input("overskudd", "pukk", "500", "2026-01-01", "2026-12-31"));
  ListingFilter filter;
  filter.min_kg = 1'000'000;
  auto page = service_->search(filter, SortOrder::QuantityDesc, 0, 10);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].listing.id, big.id);
  service_->reserve(actor_, big.id, 9'500'000);
  page = service_->search(filter, SortOrder::QuantityDesc, 0, 10);
  EXPECT_EQ(page.total, 0) << "only 500 t remain";
  filter = {};
  filter.max_kg = 600'000;
  EXPECT_EQ(service_->search(filter, SortOrder::Date, 0, 10).total, 2);
  const auto reserved = service_->get(big.id, nullptr);
  EXPECT_EQ(reserved.listing.status, Status::PartlyReserved);
  EXPECT_EQ(remainingKg(reserved.listing), 500'000);
}

TEST_P(ListingServiceTest, DsaRuleRefusesAndHidesCapacityWithoutPermit) {
  PlaceInput plain;
  plain.site_id = "site-plain";
  try {
    service_->create(actor_, owner_.id, plain, input("kapasitet", "alunskifer", "1000", "2026-01-01", "2030-12-31"), true);
    FAIL() << "alum shale capacity at a site without DSA permit must be refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    ASSERT_FALSE(e.fields().empty());
    EXPECT_EQ(e.fields()[0].message_key, "masses.listing.error.dsa");
  }
  PlaceInput dsa;
  dsa.site_id = "site-dsa";
  const auto ok = service_->create(actor_, owner_.id, dsa, input("kapasitet", "alunskifer", "1000", "2026-01-01", "2030-12-31"), true);
  // Rock capacity at the plain site is fine.
  service_->create(actor_, owner_.id, plain, input("kapasitet", "sprengstein", "1000", "2026-01-01", "2030-12-31"), true);
  ListingFilter filter;
  filter.kinds = {Kind::Capacity};
  filter.fraction_keys = {"alunskifer"};
  auto page = service_->search(filter, SortOrder::Date, 0, 10);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].listing.id, ok.id);
  // The permit lapses: the capacity no longer shows up for alum shale.
  places_.dsa_site.clear();
  EXPECT_EQ(service_->search(filter, SortOrder::Date, 0, 10).total, 0);
  filter.fraction_keys.clear();
  EXPECT_EQ(service_->search(filter, SortOrder::Date, 0, 10).total, 1);
}

TEST_P(ListingServiceTest, DraftsArePrivateAndHistoryIsWritten) {
  const auto draft = at(59.9, 10.6, input("overskudd", "sprengstein", "100", "2026-01-01", "2026-12-31"), false);
  EXPECT_EQ(service_->search({}, SortOrder::Date, 0, 10).total, 0);
  EXPECT_THROW(service_->get(draft.id, nullptr), Error);
  EXPECT_NO_THROW(service_->get(draft.id, &actor_));
  service_->publish(actor_, draft.id);
  EXPECT_EQ(service_->search({}, SortOrder::Date, 0, 10).total, 1);
  service_->withdraw(actor_, draft.id);
  EXPECT_EQ(service_->search({}, SortOrder::Date, 0, 10).total, 0);
  EXPECT_THROW(service_->publish(actor_, draft.id), Error);
  const auto entries = service_->history(draft.id);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].action, "withdrawn");
  EXPECT_EQ(entries[2].action, "created");
}

TEST_P(ListingServiceTest, OthersMayNotWriteAndBadInputStoresNothing) {
  auth::Principal stranger;
  stranger.user_id = "x";
  PlaceInput place{"", "site-near", "", "", "", ""};
  try {
    service_->create(stranger, owner_.id, place, input("overskudd", "sprengstein", "100", "2026-01-01", "2026-12-31"), true);
    FAIL() << "a stranger may not create";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Forbidden);
  }
  try {
    service_->create(actor_, owner_.id, place, input("overskudd", "sprengstein", "0", "2026-12-31", "2026-01-01"), true);
    FAIL() << "bad input must be refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    EXPECT_GE(e.fields().size(), 2u);
  }
  ListingFilter all;
  all.statuses = {Status::Draft, Status::Published};
  EXPECT_EQ(service_->search(all, SortOrder::Date, 0, 10).total, 0);
}

TEST_P(ListingServiceTest, PlanLineUpsertUpdatesTheSameListing) {
  places_.projects["p1"] = {"p1", "Prosjekt", {owner_.id}, "3201", "", 59.9, 10.6};
  Listing l;
  ListingInput in = input("overskudd", "sprengstein", "1000", "2027-01-01", "2027-12-31");
  applyListingInput(in, l);
  l.status = Status::Published;
  l.organisation_id = owner_.id;
  l.project_id = "p1";
  l.plan_line_id = "line-1";
  l.lat = 59.9;
  l.lon = 10.6;
  l.municipality_number = "3201";
  l.place_name = "Prosjekt";
  const auto id = service_->upsertTrusted(l, "Plan");
  l.quantity_kg = 2'000'000;
  l.entered.kg = 2'000'000;
  EXPECT_EQ(service_->upsertTrusted(l, "Plan"), id);
  const auto stored = service_->get(id, nullptr);
  EXPECT_EQ(stored.listing.quantity_kg, 2'000'000);
  EXPECT_EQ(service_->history(id).size(), 2u);
  // Saved searches hear of it once, when it first became public, not on every republication.
  auto lease = db().lease();
  EXPECT_EQ(jobs::repository::countQueued(lease, std::string(kPublishedJobKind), publishedJobPayload(id)), 1);
}

// The text search is served by an index on each engine (migration 0003); it must still match a
// substring literally, wildcard characters included, and follow edits of the text.
TEST_P(ListingServiceTest, TextSearchMatchesSubstringsLiterallyAndFollowsEdits) {
  auto in = input("overskudd", "sprengstein", "100", "2027-01-01", "2027-12-31");
  in.title = "Blokker 5*3 m fra Tunnel_Øst 100%";
  const auto listing = at(kFornebuLat, kFornebuLon, in);
  at(kFornebuLat, kFornebuLon, input("behov", "leire", "100", "2027-01-01", "2027-12-31"));
  const auto found = [&](std::string text) {
    ListingFilter f;
    f.search = std::move(text);
    const auto page = service_->search(f, SortOrder::Newest, 0, 10);
    EXPECT_EQ(page.total, static_cast<std::int64_t>(page.items.size()));
    std::vector<std::string> ids;
    for (const auto& item : page.items) ids.push_back(item.listing.id);
    return ids;
  };
  const std::vector<std::string> just{listing.id};
  EXPECT_EQ(found("5*3"), just);
  EXPECT_TRUE(found("5x3").empty());  // '*' is a character here, not a wildcard
  EXPECT_EQ(found("tunnel_øst"), just);
  EXPECT_TRUE(found("tunnelxøst").empty());
  EXPECT_EQ(found("100%"), just);
  EXPECT_EQ(found("BLOKKER"), just);
  EXPECT_EQ(found("5*"), just);  // shorter than a trigram: still found
  EXPECT_EQ(found("[*]").size(), 0u);

  PlaceInput place;
  place.lat = "59.896000";
  place.lon = "10.618000";
  place.municipality_number = "3201";
  in.title = "Knuste blokker";
  service_->update(actor_, listing.id, place, in);
  EXPECT_TRUE(found("5*3").empty());
  EXPECT_EQ(found("knuste"), just);
  service_->reserve(actor_, listing.id, 1000);  // a save that keeps the text
  EXPECT_EQ(found("knuste"), just);

  // The index is really there (the test cluster may create pg_trgm, as a database owner may).
  auto lease = db().lease();
  int indexes = 0;
  lease.session() << (db().engine() == db::Engine::Sqlite
                          ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'masses_listings_text'"
                          : "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'masses_listings_search_text'"),
      soci::into(indexes);
  EXPECT_EQ(indexes, 1);
}

MF_INSTANTIATE_DATABASE_TEST(ListingServiceTest);

}  // namespace
}  // namespace masseflyt::masses::listings
