#include <gtest/gtest.h>

#include <numeric>

#include "modules/masses/listings/domain/listing.hpp"

namespace masseflyt::masses::listings {
namespace {

ListingInput surplusInput() {
  ListingInput in;
  in.kind = "overskudd";
  in.title = "Sprengstein fra tunnel";
  in.fraction_key = "sprengstein";
  in.unit = "m3";
  in.quantity = "10 000";
  in.volume_state = "fast";
  in.period_from = "2027-01-01";
  in.period_to = "2027-12-31";
  return in;
}

bool hasField(const Error& error, std::string_view field, std::string_view key = {}) {
  for (const auto& f : error.fields()) {
    if (f.field == field && (key.empty() || f.message_key == key)) return true;
  }
  return false;
}

Error invalid(const ListingInput& in) {
  Listing listing;
  try {
    applyListingInput(in, listing);
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Validation);
    EXPECT_TRUE(listing.title.empty()) << "nothing is changed on error";
    return error;
  }
  ADD_FAILURE() << "expected a validation error";
  return Error(ErrorKind::Internal, "none");
}

TEST(ListingStatus, MachineAllowsOnlyTheDocumentedSteps) {
  EXPECT_TRUE(allowed(Status::Draft, Action::Publish));
  EXPECT_TRUE(allowed(Status::Draft, Action::Withdraw));
  EXPECT_FALSE(allowed(Status::Draft, Action::Fulfil));
  EXPECT_FALSE(allowed(Status::Draft, Action::Reserve));
  EXPECT_FALSE(allowed(Status::Published, Action::Publish));
  EXPECT_TRUE(allowed(Status::Published, Action::Reserve));
  EXPECT_TRUE(allowed(Status::PartlyReserved, Action::Fulfil));
  for (auto action : {Action::Edit, Action::Publish, Action::Withdraw, Action::Fulfil, Action::Reserve}) {
    EXPECT_FALSE(allowed(Status::Fulfilled, action));
    EXPECT_FALSE(allowed(Status::Withdrawn, action));
  }
  EXPECT_THROW(requireAllowed(Status::Withdrawn, Action::Publish), Error);
}

TEST(ListingStatus, ReservingMovesBetweenPublishedPartlyAndFulfilled) {
  Listing l;
  l.quantity_kg = 1000;
  EXPECT_EQ(statusAfterReserve(l, 0), Status::Published);
  EXPECT_EQ(statusAfterReserve(l, 400), Status::PartlyReserved);
  EXPECT_EQ(statusAfterReserve(l, 1000), Status::Fulfilled);
  EXPECT_THROW(statusAfterReserve(l, 1001), Error);
  EXPECT_THROW(statusAfterReserve(l, -1), Error);
  l.reserved_kg = 400;
  EXPECT_EQ(remainingKg(l), 600);
  // Marked fulfilled (or withdrawn) with only part reserved: nothing remains to offer.
  l.status = Status::Fulfilled;
  EXPECT_EQ(remainingKg(l), 0);
  l.status = Status::Withdrawn;
  EXPECT_EQ(remainingKg(l), 0);
}

TEST(ListingKeys, RoundTrip) {
  for (auto k : {Kind::Surplus, Kind::Need, Kind::Capacity}) EXPECT_EQ(parseKind(kindKey(k)), k);
  for (auto s : {Status::Draft, Status::Published, Status::PartlyReserved, Status::Fulfilled, Status::Withdrawn}) {
    EXPECT_EQ(parseStatus(statusKey(s)), s);
  }
  EXPECT_EQ(parsePriceKind("betaler_for_mottak"), PriceKind::PaysForReceipt);
  EXPECT_FALSE(parseKind("salg"));
}

TEST(ListingInputTest, SolidCubicMetresOfBlastedRockConvertWithCatalogFactors) {
  Listing l;
  applyListingInput(surplusInput(), l);
  const auto* rock = fractions::catalog().find("sprengstein");
  ASSERT_NE(rock, nullptr);
  EXPECT_EQ(l.kind, Kind::Surplus);
  EXPECT_EQ(l.entered.unit, fractions::Unit::CubicMetres);
  EXPECT_EQ(l.entered.dm3, 10'000'000);
  EXPECT_EQ(l.quantity_kg, std::int64_t{10'000} * rock->factors.density_kg_per_m3);
  EXPECT_EQ(l.factors.density_kg_per_m3, rock->factors.density_kg_per_m3);
  EXPECT_FALSE(l.factors_overridden);
  EXPECT_EQ(l.fraction_group, "stein");
  EXPECT_EQ(l.catalog_version, fractions::catalog().version);
  const auto all = converted(l);
  EXPECT_EQ(all.solid_dm3, 10'000'000);
  EXPECT_EQ(all.loose_dm3, std::int64_t{10'000} * rock->factors.swell_permille);
}

TEST(ListingInputTest, FactorOverrideNeedsADocumentedSource) {
  auto in = surplusInput();
  in.density = "2 500";
  EXPECT_TRUE(hasField(invalid(in), "faktor_kilde", "masses.listing.error.factor_source"));
  in.factor_source = "Egen veiing av 40 lass, mars 2026";
  Listing l;
  applyListingInput(in, l);
  EXPECT_TRUE(l.factors_overridden);
  EXPECT_EQ(l.factors.density_kg_per_m3, 2500);
  EXPECT_EQ(l.quantity_kg, 25'000'000);
  EXPECT_EQ(l.factors.source, "Egen veiing av 40 lass, mars 2026");
  in.swell = "9";
  EXPECT_TRUE(hasField(invalid(in), "svellfaktor"));
}

TEST(ListingInputTest, PeriodQuantityAndKindAreChecked) {
  auto in = surplusInput();
  in.period_from = "2028-01-01";
  EXPECT_TRUE(hasField(invalid(in), "periode_til", "masses.listing.error.period_order"));
  in = surplusInput();
  in.quantity = "0";
  EXPECT_TRUE(hasField(invalid(in), "mengde"));
  in.quantity = "-5";
  EXPECT_TRUE(hasField(invalid(in), "mengde"));
  in = surplusInput();
  in.kind = "salg";
  in.fraction_key = "gull";
  in.period_to = "2027-02-30";
  const auto error = invalid(in);
  EXPECT_TRUE(hasField(error, "type"));
  EXPECT_TRUE(hasField(error, "fraksjon"));
  EXPECT_TRUE(hasField(error, "periode_til", "masses.listing.error.date"));
  in = surplusInput();
  in.unit = "m3";
  in.volume_state = "smeltet";
  EXPECT_TRUE(hasField(invalid(in), "volumtilstand"));
}

TEST(ListingInputTest, PriceRules) {
  auto in = surplusInput();
  in.price_kind = "per_tonn";
  EXPECT_TRUE(hasField(invalid(in), "pris", "masses.listing.error.price_required"));
  in.price = "45,50";
  Listing l;
  applyListingInput(in, l);
  EXPECT_EQ(l.price_ore, 4550);
  in.price_kind = "gratis";
  EXPECT_TRUE(hasField(invalid(in), "pris", "masses.listing.error.price_not_allowed"));
  in.price = "";
  applyListingInput(in, l);
  EXPECT_EQ(l.price_kind, PriceKind::Free);
  EXPECT_FALSE(l.price_ore);
  in.price_kind = "bytte";
  EXPECT_TRUE(hasField(invalid(in), "pris_type"));
}

TEST(ListingInputTest, PhasedProfileMustSumToTheQuantityAndSplitsExactly) {
  auto in = surplusInput();
  in.phase_granularity = "kvartal";
  in.phases = {{"2027-01", "3 000"}, {"2027-04", "3 000"}, {"2027-07", "3 000"}};
  EXPECT_TRUE(hasField(invalid(in), "faser", "masses.listing.error.phase_sum"));
  in.phases.push_back({"2027-10", "1 000"});
  Listing l;
  applyListingInput(in, l);
  ASSERT_EQ(l.phases.size(), 4u);
  std::int64_t sum = 0;
  for (const auto& p : l.phases) sum += p.quantity_kg;
  EXPECT_EQ(sum, l.quantity_kg);
  EXPECT_EQ(l.phases.front().period_start, "2027-01-01");
  in.phases[1].first = "2027-05";  // not the first month of a quarter
  EXPECT_TRUE(hasField(invalid(in), "faser"));
  in.phases[1].first = "2029-04";  // outside the period
  EXPECT_TRUE(hasField(invalid(in), "faser"));
}

TEST(ListingInputTest, DistributeNeverDrifts) {
  const auto parts = distribute(1000, {1, 1, 1});
  EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), std::int64_t{0}), 1000);
  EXPECT_EQ(parts, (std::vector<std::int64_t>{334, 333, 333}));
}

TEST(ListingInputTest, InputFromListingRoundTrips) {
  auto in = surplusInput();
  in.price_kind = "per_m3";
  in.price = "12,5";
  in.density = "2400";
  in.factor_source = "Egen veiing 2026";
  in.phase_granularity = "maned";
  in.phases = {{"2027-01", "4 000"}, {"2027-02", "6 000"}};
  Listing first;
  applyListingInput(in, first);
  Listing second;
  applyListingInput(inputFromListing(first), second);
  EXPECT_EQ(second.quantity_kg, first.quantity_kg);
  EXPECT_EQ(second.price_ore, 1250);
  EXPECT_EQ(second.factors.density_kg_per_m3, 2400);
  ASSERT_EQ(second.phases.size(), 2u);
  EXPECT_EQ(second.phases[1].quantity_kg, first.phases[1].quantity_kg);
  EXPECT_EQ(thousandthsText(1'200'500), "1200,5");
}

TEST(ListingParse, Thousandths) {
  EXPECT_EQ(parseThousandths("10 000"), 10'000'000);
  EXPECT_EQ(parseThousandths("1200,5"), 1'200'500);
  EXPECT_EQ(parseThousandths("0.25"), 250);
  EXPECT_FALSE(parseThousandths("1,2345"));
  EXPECT_FALSE(parseThousandths("ti"));
  EXPECT_FALSE(parseThousandths(""));
  EXPECT_FALSE(parseThousandths("-1"));
  EXPECT_FALSE(parseThousandths("99999999999999999999"));
  EXPECT_EQ(parseKroner("85,50"), 8550);
  EXPECT_FALSE(parseKroner("85,505"));
}

TEST(ListingDsa, AlumShaleCapacityNeedsADsaSite) {
  const auto* alum = fractions::catalog().find("alunskifer");
  const auto* rock = fractions::catalog().find("sprengstein");
  ASSERT_NE(alum, nullptr);
  ASSERT_NE(rock, nullptr);
  EXPECT_TRUE(requiresDsa(*alum));
  EXPECT_FALSE(dsaAllows(Kind::Capacity, *alum, false));
  EXPECT_TRUE(dsaAllows(Kind::Capacity, *alum, true));
  EXPECT_TRUE(dsaAllows(Kind::Surplus, *alum, false));
  EXPECT_TRUE(dsaAllows(Kind::Capacity, *rock, false));
}

TEST(ListingSearch, MatchesAppliesEveryFilter) {
  Listing l;
  applyListingInput(surplusInput(), l);
  l.status = Status::Published;
  l.municipality_number = "3201";
  l.place_name = "Fornebu";
  ListingFilter f;
  EXPECT_TRUE(matches(l, f, std::nullopt));
  f.period_from = "2027-06-01";
  f.period_to = "2027-06-30";
  EXPECT_TRUE(matches(l, f, std::nullopt));
  f.period_from = "2028-01-01";
  f.period_to = "2028-03-31";
  EXPECT_FALSE(matches(l, f, std::nullopt));
  f = {};
  f.near_lat = 59.9;
  f.near_lon = 10.6;
  f.radius_m = 10'000;
  EXPECT_TRUE(matches(l, f, 8'000.0));
  EXPECT_FALSE(matches(l, f, 20'000.0));
  f = {};
  f.kinds = {Kind::Need};
  EXPECT_FALSE(matches(l, f, std::nullopt));
  f = {};
  f.min_kg = l.quantity_kg + 1;
  EXPECT_FALSE(matches(l, f, std::nullopt));
  f = {};
  f.search = "FORNEBU";
  EXPECT_TRUE(matches(l, f, std::nullopt));
  // The fraction's name counts, as in the SQL search, even when the title does not say it.
  l.title = "Masse fra byggegrop";
  f.search = fractions::catalog().find(l.fraction_key)->name;
  EXPECT_TRUE(matches(l, f, std::nullopt));
  f.search = "finnes ikke";
  EXPECT_FALSE(matches(l, f, std::nullopt));
  l.status = Status::Draft;
  EXPECT_FALSE(matches(l, {}, std::nullopt));
  EXPECT_TRUE(periodsOverlap("2027-01-01", "2027-03-31", "2027-03-31", "2027-05-01"));
  EXPECT_FALSE(periodsOverlap("2027-01-01", "2027-03-31", "2027-04-01", "2027-05-01"));
}

}  // namespace
}  // namespace masseflyt::masses::listings
