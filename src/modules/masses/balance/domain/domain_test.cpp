#include <gtest/gtest.h>

#include <numeric>

#include "modules/masses/balance/domain/balance.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::masses::balance {
namespace {

std::int64_t sum(const std::map<Quarter, std::int64_t>& spread) {
  std::int64_t total = 0;
  for (const auto& [q, kg] : spread) total += kg;
  return total;
}

TEST(Quarters, KeysLabelsAndDates) {
  EXPECT_EQ(quarterKey({2026, 3}), "2026-K3");
  EXPECT_EQ(parseQuarterKey("2026-K3"), (Quarter{2026, 3}));
  EXPECT_FALSE(parseQuarterKey("2026-K5").has_value());
  EXPECT_FALSE(parseQuarterKey("2026K3").has_value());
  EXPECT_FALSE(parseQuarterKey("20x6-K1").has_value());
  EXPECT_EQ(quarterLabel({2027, 1}), "1. kv. 2027");
  EXPECT_EQ(quarterOfDate("2026-12-31"), (Quarter{2026, 4}));
  EXPECT_EQ(quarterOfDate("2026-04"), (Quarter{2026, 2}));
  EXPECT_FALSE(quarterOfDate("2026-02-30").has_value());
  EXPECT_FALSE(quarterOfDate("2026-13-01").has_value());
  EXPECT_EQ((Quarter{2026, 4}).next(), (Quarter{2027, 1}));
  EXPECT_EQ((Quarter{2026, 2}).plus(24), (Quarter{2032, 2}));
  EXPECT_EQ(daysFromDate("1970-01-01"), 0);
  EXPECT_EQ(daysFromDate("2024-03-01").value() - daysFromDate("2024-02-28").value(), 2);  // leap year
  EXPECT_EQ(lastDay({2026, 1}) - firstDay({2026, 1}) + 1, 90);
  EXPECT_EQ(lastDay({2024, 1}) - firstDay({2024, 1}) + 1, 91);
}

TEST(Apportion, ExactSumsAndDeterministicRemainder) {
  EXPECT_EQ(apportion(10, {1, 1, 1}), (std::vector<std::int64_t>{4, 3, 3}));  // tie → earliest
  EXPECT_EQ(apportion(11, {1, 1, 1}), (std::vector<std::int64_t>{4, 4, 3}));
  EXPECT_EQ(apportion(100, {0, 3, 1}), (std::vector<std::int64_t>{0, 75, 25}));
  EXPECT_EQ(apportion(7, {2, 5}), (std::vector<std::int64_t>{2, 5}));
  EXPECT_TRUE(apportion(5, {0, 0}).empty());
  const auto big = apportion(9'000'000'000'000'000'000, {1, 2, 3, 4, 5, 6, 7});
  EXPECT_EQ(std::accumulate(big.begin(), big.end(), std::int64_t{0}), 9'000'000'000'000'000'000);
}

TEST(Distribute, EvenlyByDaysOverWholeQuarters) {
  // A whole year: 90, 91, 92, 92 days of 365.
  const auto spread = distribute(365'000, "2026-01-01", "2026-12-31", {});
  ASSERT_EQ(spread.size(), 4u);
  EXPECT_EQ(spread.at({2026, 1}), 90'000);
  EXPECT_EQ(spread.at({2026, 2}), 91'000);
  EXPECT_EQ(spread.at({2026, 3}), 92'000);
  EXPECT_EQ(spread.at({2026, 4}), 92'000);
}

TEST(Distribute, PartialQuartersAndRemainderKeepTheSum) {
  // 10 days in Q1 (22–31 March) and 1 day in Q2: 1000 kg → 909.09 / 90.9 → 909 + 91.
  const auto spread = distribute(1'000, "2026-03-22", "2026-04-01", {});
  EXPECT_EQ(spread.at({2026, 1}), 909);
  EXPECT_EQ(spread.at({2026, 2}), 91);
  for (std::int64_t kg : std::initializer_list<std::int64_t>{1, 2, 7, 999'999'999'999, 27'000'000}) {
    EXPECT_EQ(sum(distribute(kg, "2026-02-17", "2032-11-03", {})), kg) << kg;
  }
  // One day: all of it in that quarter.
  EXPECT_EQ(distribute(5, "2027-05-05", "2027-05-05", {}).at({2027, 2}), 5);
  // 1 kg over four quarters: the remainder goes to exactly one quarter, the one with most days.
  const auto one = distribute(1, "2026-01-01", "2026-12-31", {});
  EXPECT_EQ(sum(one), 1);
  EXPECT_EQ(one.at({2026, 3}), 1);  // 92 days ties with Q4; the earlier wins
}

TEST(Distribute, PhasesWinOverThePeriod) {
  const std::vector<Phase> phases{{"2026-01-01", 100}, {"2026-02-01", 200}, {"2026-07-01", 700}};
  const auto spread = distribute(1'000, "2026-01-01", "2026-12-31", phases);
  ASSERT_EQ(spread.size(), 2u);
  EXPECT_EQ(spread.at({2026, 1}), 300);
  EXPECT_EQ(spread.at({2026, 3}), 700);
  // Quarter granularity (first month of the quarter).
  const auto quarterly = distribute(90, "2027-01-01", "2027-12-31", {{"2027-04-01", 30}, {"2027-10-01", 60}});
  EXPECT_EQ(quarterly.at({2027, 2}), 30);
  EXPECT_EQ(quarterly.at({2027, 4}), 60);
  // Phases that do not sum to the quantity are scaled, and the sum is still exact.
  const auto scaled = distribute(1'000, "2026-01-01", "2026-12-31", {{"2026-01-01", 1}, {"2026-04-01", 2}});
  EXPECT_EQ(scaled.at({2026, 1}), 333);
  EXPECT_EQ(scaled.at({2026, 2}), 667);
  // All-zero phases fall back to the days.
  EXPECT_EQ(sum(distribute(1'000, "2026-01-01", "2026-06-30", {{"2026-01-01", 0}})), 1'000);
}

TEST(Distribute, BrokenPeriodsAreRefused) {
  for (auto [from, to] : {std::pair{"2026-05-01", "2026-04-30"}, std::pair{"2026-02-30", "2026-03-01"},
                          std::pair{"", "2026-01-01"}}) {
    try {
      distribute(10, from, to, {});
      ADD_FAILURE() << from << " " << to;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Validation);
      EXPECT_EQ(error.messageKey(), "masses.balance.error.period");
    }
  }
  EXPECT_THROW(distribute(10, "2026-01-01", "2026-12-31", {{"mars", 10}}), Error);
}

TEST(ComputeBalance, AddsKindsPerGroupAndQuarterWithinTheWindow) {
  const std::vector<ListingAmount> listings{
      {.id = "a", .kind = "overskudd", .fraction_group = "stein", .kg = 365'000,
       .period_from = "2026-01-01", .period_to = "2026-12-31", .phases = {}},
      {.id = "b", .kind = "behov", .fraction_group = "stein", .kg = 100'000,
       .period_from = "2026-04-01", .period_to = "2026-06-30", .phases = {}},
      {.id = "c", .kind = "kapasitet", .fraction_group = "jord", .kg = 50'000,
       .period_from = "2026-01-01", .period_to = "2026-03-31", .phases = {}},
      {.id = "d", .kind = "overskudd", .fraction_group = "grus", .kg = 10,
       .period_from = "2030-01-01", .period_to = "2030-03-31", .phases = {}},  // outside the window
      {.id = "e", .kind = "ukjent", .fraction_group = "stein", .kg = 10,
       .period_from = "2026-01-01", .period_to = "2026-03-31", .phases = {}},
      {.id = "f", .kind = "behov", .fraction_group = "stein", .kg = 10,
       .period_from = "2026-04-01", .period_to = "2026-01-01", .phases = {}},  // broken: skipped
  };
  const auto b = computeBalance(listings, {2026, 2}, 3, {"stein", "grus", "jord"});
  ASSERT_EQ(b.quarters.size(), 3u);
  EXPECT_EQ(b.quarters[0], (Quarter{2026, 2}));
  EXPECT_EQ(b.listings, 2);  // a and b (c lies in Q1, before the window)
  ASSERT_EQ(b.groups.size(), 1u);
  EXPECT_EQ(b.groups[0].group, "stein");
  EXPECT_EQ(b.groups[0].quarters[0].surplus_kg, 91'000);
  EXPECT_EQ(b.groups[0].quarters[0].need_kg, 100'000);
  EXPECT_EQ(b.groups[0].quarters[0].net(), -9'000);
  EXPECT_EQ(b.groups[0].quarters[1].surplus_kg, 92'000);
  EXPECT_EQ(b.groups[0].total.surplus_kg, 91'000 + 92'000 + 92'000);
  EXPECT_EQ(b.total.need_kg, 100'000);
  EXPECT_EQ(b.totals[2].surplus_kg, 92'000);

  const auto from_q1 = computeBalance(listings, {2026, 1}, 1, {"stein", "grus", "jord"});
  ASSERT_EQ(from_q1.groups.size(), 2u);
  EXPECT_EQ(from_q1.groups[1].group, "jord");
  EXPECT_EQ(from_q1.groups[1].quarters[0].capacity_kg, 50'000);
}

TEST(ComputeBalance, CountsOnlyTheQuartersAListingIsLimitedTo) {
  ListingAmount capacity{.id = "dsa", .kind = "kapasitet", .fraction_group = "alunskifer", .kg = 400,
                         .period_from = "2026-01-01", .period_to = "2026-12-31", .phases = {},
                         .site_id = "s", .fraction_key = "alunskifer", .counted_quarters = std::set<Quarter>{{2026, 1}, {2026, 2}}};
  const auto limited = computeBalance({capacity}, {2026, 1}, 4, {"alunskifer"});
  ASSERT_EQ(limited.groups.size(), 1u);
  EXPECT_GT(limited.groups[0].quarters[1].capacity_kg, 0);
  EXPECT_EQ(limited.groups[0].quarters[2].capacity_kg, 0);
  EXPECT_EQ(limited.groups[0].quarters[3].capacity_kg, 0);
  EXPECT_EQ(limited.total.capacity_kg, limited.groups[0].quarters[0].capacity_kg + limited.groups[0].quarters[1].capacity_kg);
  EXPECT_EQ(limited.listings, 1);

  capacity.counted_quarters = std::set<Quarter>{};  // no permit at all: nothing counts
  const auto none = computeBalance({capacity}, {2026, 1}, 4, {"alunskifer"});
  EXPECT_TRUE(none.groups.empty());
  EXPECT_EQ(none.listings, 0);
}

}  // namespace
}  // namespace masseflyt::masses::balance
