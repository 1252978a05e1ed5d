#include <gtest/gtest.h>

#include <set>

#include "modules/registry/carriers/domain/vehicle.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::carriers {
namespace {

TEST(Plate, NormalisesSpacesHyphensAndCase) {
  EXPECT_EQ(normalisePlate("ab 12345"), "AB12345");
  EXPECT_EQ(normalisePlate(" Ab-12345 "), "AB12345");
  EXPECT_EQ(normalisePlate("dt\t61001"), "DT61001");
}

TEST(Plate, AcceptsOrdinaryNorwegianPlates) {
  EXPECT_EQ(checkPlate("ab 12345").plate, "AB12345");
  EXPECT_EQ(checkPlate("EK39085").plate, "EK39085");
  EXPECT_EQ(checkPlate("ab 1234").plate, "AB1234");
}

TEST(Plate, RejectsOtherShapesWithANorwegianMessage) {
  for (const auto* bad : {"12345", "ABC", "A12345", "AB123", "AB123456", "AB 01234", "ABC12345",
                          "AB12A45", "ÆØ12345", "AB12345; DROP"}) {
    const auto check = checkPlate(bad);
    EXPECT_FALSE(check.valid()) << bad;
    EXPECT_EQ(check.message_key, "registry.vehicle.plate.format") << bad;
    EXPECT_TRUE(i18n::catalog().contains(check.message_key));
  }
  EXPECT_EQ(checkPlate("  ").message_key, "registry.vehicle.plate.required");
  EXPECT_EQ(checkPlate(std::string(40, 'A')).message_key, "registry.vehicle.plate.format");
}

TEST(Plate, FormatsWithASpace) { EXPECT_EQ(formatPlate("AB12345"), "AB 12345"); }

TEST(Lists, ServicesAndFuelsAreDataWithNorwegianLabels) {
  std::set<std::string_view> services;
  for (const auto& s : carrierServices()) {
    services.insert(s.code);
    EXPECT_TRUE(i18n::catalog().contains(s.label_key)) << s.label_key;
  }
  EXPECT_EQ(services, (std::set<std::string_view>{"tipp", "semitrailer", "krok", "lekter", "maskin"}));
  EXPECT_TRUE(isCarrierService("krok"));
  EXPECT_FALSE(isCarrierService("fly"));
  EXPECT_FALSE(isCarrierService(""));
  std::set<std::string_view> fuel_codes;
  for (const auto& f : fuels()) {
    fuel_codes.insert(f.code);
    EXPECT_TRUE(i18n::catalog().contains(f.label_key)) << f.label_key;
  }
  EXPECT_EQ(fuel_codes, (std::set<std::string_view>{"diesel", "hvo100", "biogass", "elektrisk",
                                                    "hydrogen", "annet"}));
  EXPECT_FALSE(isFuel("bensin"));
}

TEST(Lists, SuggestsFuelFromTheRegisterCode) {
  EXPECT_EQ(suggestedFuel("2"), "diesel");
  EXPECT_EQ(suggestedFuel("5"), "elektrisk");
  EXPECT_EQ(suggestedFuel("7"), "biogass");
  EXPECT_EQ(suggestedFuel(""), "diesel");
}

TEST(EuroClass, LabelsHeavyAndLightCodes) {
  EXPECT_EQ(euroClassLabel("6T"), "Euro VI");
  EXPECT_EQ(euroClassLabel("5T"), "Euro V");
  EXPECT_EQ(euroClassLabel("6L"), "Euro 6");
  EXPECT_EQ(euroClassLabel("0"), "Nullutslipp");
  EXPECT_EQ(euroClassLabel("EEV"), "EEV");
  EXPECT_EQ(euroClassLabel(""), "");
  EXPECT_EQ(euroClassLabel("9Z"), "9Z");
}

TEST(VehicleStatus, TransitionsFollowTheApprovalRules) {
  using S = VehicleStatus;
  using A = VehicleAction;
  EXPECT_EQ(transition(S::Pending, A::Approve), S::Approved);
  EXPECT_FALSE(transition(S::Approved, A::Approve));
  EXPECT_FALSE(transition(S::Deactivated, A::Approve)) << "a deactivated vehicle is reactivated first";
  EXPECT_EQ(transition(S::Pending, A::Deactivate), S::Deactivated);
  EXPECT_EQ(transition(S::Approved, A::Deactivate), S::Deactivated);
  EXPECT_FALSE(transition(S::Deactivated, A::Deactivate));
  EXPECT_EQ(transition(S::Deactivated, A::Reactivate), S::Pending) << "must be approved again";
  EXPECT_FALSE(transition(S::Approved, A::Reactivate));
  EXPECT_FALSE(transition(S::Pending, A::Reactivate));
}

TEST(VehicleStatus, CodesRoundTrip) {
  for (const auto status : {VehicleStatus::Pending, VehicleStatus::Approved, VehicleStatus::Deactivated}) {
    EXPECT_EQ(parseVehicleStatus(vehicleStatusCode(status)), status);
    EXPECT_EQ(parseVehicleStatus(vehicleStatusApiCode(status)), status);
    EXPECT_TRUE(i18n::catalog().contains("registry.vehicle.status." + std::string(vehicleStatusCode(status))));
  }
  EXPECT_FALSE(parseVehicleStatus("ukjent"));
  EXPECT_EQ(parseVehicleAction("godkjenn"), VehicleAction::Approve);
  EXPECT_FALSE(parseVehicleAction("slett"));
}

TEST(Codes, JoinAndSplitForLikeFilters) {
  EXPECT_EQ(joinCodes({"tipp", "krok"}), ",tipp,krok,");
  EXPECT_EQ(joinCodes({}), "");
  EXPECT_EQ(splitCodes(",tipp,krok,"), (std::vector<std::string>{"tipp", "krok"}));
  EXPECT_TRUE(splitCodes("").empty());
}

TEST(Search, LowerCasesNorwegianLetters) { EXPECT_EQ(searchText("ÆØÅ Transport AS"), "æøå transport as"); }

}  // namespace
}  // namespace masseflyt::registry::carriers
