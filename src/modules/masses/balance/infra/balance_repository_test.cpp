#include "modules/masses/balance/infra/balance_repository.hpp"

#include <gtest/gtest.h>

#include <soci/soci.h>

#include "modules/masses/balance/app/balance_service.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::masses::balance {
namespace {

// The listings part owns the tables; this test writes rows with its own SQL so it depends on the
// schema only (src/modules/masses/listings/migrations/0001_listings.sql).
constexpr const char* kInsertListing =
    "INSERT INTO masses_listings (id, kind, status, organisation_id, project_id, title, search_text, "
    "fraction_key, fraction_group, catalog_version, entered_unit, entered_kg, quantity_kg, density_kg_per_m3, "
    "swell_permille, placed_permille, factor_source, period_from, period_to, price_kind, lat, lon, "
    "municipality_number, place_name, created_at, updated_at) VALUES (:id, :kind, :status, 'org', :project, "
    "'Test', 'test', 'sprengstein', :grp, '2026-1', 'tonn', :kg, :kg2, 2700, 1600, 1400, 'test', :pfrom, :pto, "
    "'ingen', 59.9, 10.5, :municipality, 'Sandvika', 1, 1)";

constexpr const char* kInsertPhase =
    "INSERT INTO masses_listing_phases (listing_id, period_start, granularity, quantity_kg) "
    "VALUES (:id, :start, :granularity, :kg)";

class BalanceRepositoryTest : public db::testing::DatabaseTest {
 protected:
  std::string listing(std::string kind, std::string status, std::string group, std::int64_t kg, std::string from,
                      std::string to, std::string municipality = "3201", std::string project = "") {
    std::string id = db::newUuidV7();
    auto lease = db().lease();
    soci::indicator project_indicator = project.empty() ? soci::i_null : soci::i_ok;
    *lease << kInsertListing, soci::use(id, "id"), soci::use(kind, "kind"), soci::use(status, "status"),
        soci::use(project, project_indicator, "project"), soci::use(group, "grp"), soci::use(kg, "kg"),
        soci::use(kg, "kg2"), soci::use(from, "pfrom"), soci::use(to, "pto"),
        soci::use(municipality, "municipality");
    return id;
  }

  void phase(const std::string& id, std::string start, std::string granularity, std::int64_t kg) {
    auto lease = db().lease();
    *lease << kInsertPhase, soci::use(id, "id"), soci::use(start, "start"), soci::use(granularity, "granularity"),
        soci::use(kg, "kg");
  }

  std::vector<ListingAmount> amounts(BalanceFilter filter) {
    auto lease = db().lease();
    return repository::listingAmounts(lease, filter);
  }
};

TEST_P(BalanceRepositoryTest, CountsPublishedAndPartlyReservedListingsOverlappingTheWindow) {
  const auto published = listing("overskudd", "publisert", "stein", 365'000, "2026-01-01", "2026-12-31");
  const auto reserved = listing("behov", "delvis_reservert", "stein", 100'000, "2026-04-01", "2026-06-30");
  listing("overskudd", "utkast", "stein", 1, "2026-01-01", "2026-12-31");
  listing("overskudd", "oppfylt", "stein", 1, "2026-01-01", "2026-12-31");
  listing("overskudd", "trukket", "stein", 1, "2026-01-01", "2026-12-31");
  listing("kapasitet", "publisert", "jord", 5, "2030-01-01", "2030-12-31");  // after the window
  listing("kapasitet", "publisert", "jord", 5, "2025-01-01", "2025-12-31");  // before the window

  const auto rows = amounts({.from = {2026, 2}, .count = 4});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].id, published);  // ids are time-ordered
  EXPECT_EQ(rows[0].kind, "overskudd");
  EXPECT_EQ(rows[0].kg, 365'000);
  EXPECT_EQ(rows[0].period_from, "2026-01-01");
  EXPECT_EQ(rows[1].id, reserved);
  EXPECT_EQ(rows[1].fraction_group, "stein");
  EXPECT_EQ(rows[0].fraction_key, "sprengstein");
  EXPECT_EQ(rows[0].site_id, "");  // NULL site: a listing at a point or a project
}

TEST_P(BalanceRepositoryTest, FiltersByMunicipalityGroupAndProjects) {
  const std::string project_a = db::newUuidV7();
  const std::string project_b = db::newUuidV7();
  const auto a = listing("overskudd", "publisert", "stein", 10, "2026-01-01", "2026-03-31", "3201", project_a);
  const auto b = listing("behov", "publisert", "grus", 10, "2026-01-01", "2026-03-31", "0301", project_b);
  const auto c = listing("behov", "publisert", "stein", 10, "2026-01-01", "2026-03-31", "3201");
  const Quarter q1{2026, 1};
  EXPECT_EQ(amounts({.municipality_number = "3201", .from = q1, .count = 1}).size(), 2u);
  const auto oslo = amounts({.municipality_number = "0301", .from = q1, .count = 1});
  ASSERT_EQ(oslo.size(), 1u);
  EXPECT_EQ(oslo[0].id, b);
  const auto rock = amounts({.fraction_group = "stein", .from = q1, .count = 1});
  ASSERT_EQ(rock.size(), 2u);
  EXPECT_EQ(rock[1].id, c);
  const auto projects = amounts({.project_ids = {project_a, project_b}, .from = q1, .count = 1});
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].id, a);
  EXPECT_EQ(amounts({.project_ids = {db::newUuidV7()}, .from = q1, .count = 1}).size(), 0u);
}

TEST_P(BalanceRepositoryTest, ReadsPhasesAndTheBalanceUsesThem) {
  const auto tunnel = listing("overskudd", "publisert", "stein", 1'000'000, "2026-01-01", "2027-12-31");
  phase(tunnel, "2026-01-01", "kvartal", 100'000);
  phase(tunnel, "2027-10-01", "kvartal", 600'000);
  phase(tunnel, "2027-11-01", "maned", 300'000);
  listing("behov", "publisert", "stein", 90'000, "2027-10-01", "2027-12-31");
  const auto rows = amounts({.from = {2026, 1}, .count = 8});
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].phases.size(), 3u);
  EXPECT_EQ(rows[0].phases[1].period_start, "2027-10-01");
  EXPECT_TRUE(rows[1].phases.empty());

  auto report = computeReport(db(), {.from = {2026, 1}, .count = 8});
  ASSERT_EQ(report.balance.groups.size(), 1u);
  const auto& stein = report.balance.groups[0].quarters;
  EXPECT_EQ(stein[0].surplus_kg, 100'000);
  EXPECT_EQ(stein[1].surplus_kg, 0);
  EXPECT_EQ(stein[7].surplus_kg, 900'000);
  EXPECT_EQ(stein[7].need_kg, 90'000);
  EXPECT_EQ(stein[7].net(), 810'000);
  EXPECT_EQ(report.balance.total.surplus_kg, 1'000'000);
  EXPECT_EQ(report.scope_text, "Hele regionen");
  const std::string csv = balanceCsv(report);
  EXPECT_NE(csv.find("2027-K4;stein;Stein og berg;900;90;0;810\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("2027-K4;alle;"), std::string::npos);
}

MF_INSTANTIATE_DATABASE_TEST(BalanceRepositoryTest);

}  // namespace
}  // namespace masseflyt::masses::balance
