// Filters are built with designated initializers naming only the fields a test sets.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <gtest/gtest.h>

#include "modules/registry/carriers/infra/carrier_repository.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::carriers {
namespace {

class CarrierRepositoryTest : public db::testing::DatabaseTest {
 protected:
  CarrierRecord addCarrier(db::Database::Lease& lease, const std::string& number, const std::string& name,
                           std::vector<std::string> services, std::vector<std::string> municipalities) {
    CarrierRecord c;
    c.id = db::newUuidV7();
    c.organisation_id = db::newUuidV7();
    c.organisation_number = number;
    c.name = name;
    c.services = std::move(services);
    c.municipalities = std::move(municipalities);
    c.vehicle_count = 4;
    c.contact_name = "Kari";
    c.created_at = c.updated_at = 1000;
    repository::insertCarrier(lease, c);
    return c;
  }

  VehicleRecord addVehicle(db::Database::Lease& lease, const CarrierRecord& carrier, const std::string& plate,
                           const std::string& fuel, VehicleStatus status, const std::string& euro = "6T") {
    VehicleRecord v;
    v.id = db::newUuidV7();
    v.carrier_id = carrier.id;
    v.registration_number = plate;
    v.make = "VOLVO";
    v.euro_class = euro;
    v.permitted_total_weight_kg = 32000;
    v.fuel = fuel;
    v.status = status;
    v.works_for = {"org-1", "org-2"};
    v.created_at = v.updated_at = 2000;
    repository::insertVehicle(lease, v);
    return v;
  }
};

TEST_P(CarrierRepositoryTest, StoresAndFindsCarriersWithTheirLists) {
  auto lease = db().lease();
  const auto stored = addCarrier(lease, "315800013", "Sandvika Tipptransport AS (demo)", {"tipp", "krok"}, {"3201", "0301"});
  const auto found = repository::findCarrierByNumber(lease, "315800013");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, stored.id);
  EXPECT_EQ(found->services, (std::vector<std::string>{"tipp", "krok"}));
  EXPECT_EQ(found->municipalities, (std::vector<std::string>{"3201", "0301"}));
  EXPECT_EQ(found->vehicle_count, 4);
  EXPECT_FALSE(found->tonnes_per_day.has_value());
  EXPECT_TRUE(repository::findCarrierById(lease, stored.id).has_value());
  EXPECT_FALSE(repository::findCarrierByNumber(lease, "999999999").has_value());
}

TEST_P(CarrierRepositoryTest, FiltersByServiceMunicipalityFuelAndText) {
  auto lease = db().lease();
  const auto a = addCarrier(lease, "315800013", "Sandvika Tipp AS", {"tipp"}, {"3201"});
  const auto b = addCarrier(lease, "315800080", "Ålesund Krok AS", {"krok", "tipp"}, {"0301", "3203"});
  addCarrier(lease, "315800153", "Lekter AS", {"lekter"}, {"0301"});
  addVehicle(lease, a, "DS70001", "elektrisk", VehicleStatus::Approved);
  addVehicle(lease, b, "DK70001", "elektrisk", VehicleStatus::Pending);
  addVehicle(lease, b, "DK70002", "hvo100", VehicleStatus::Approved);

  const auto names = [&](const CarrierFilter& filter) {
    std::vector<std::string> out;
    for (const auto& c : repository::listCarriers(lease, filter, CarrierSort::Name, 0, 50)) out.push_back(c.name);
    return out;
  };
  EXPECT_EQ(names({.service = "tipp"}), (std::vector<std::string>{"Sandvika Tipp AS", "Ålesund Krok AS"}));
  EXPECT_EQ(names({.municipality = "0301"}), (std::vector<std::string>{"Lekter AS", "Ålesund Krok AS"}));
  EXPECT_EQ(names({.fuel = "elektrisk"}), (std::vector<std::string>{"Sandvika Tipp AS"})) << "pending vehicles do not count";
  EXPECT_EQ(names({.fuel = "hvo100"}), (std::vector<std::string>{"Ålesund Krok AS"}));
  EXPECT_EQ(names({.search = "ålesund"}), (std::vector<std::string>{"Ålesund Krok AS"}));
  EXPECT_EQ(names({.search = "315800"}).size(), 3u);
  EXPECT_EQ(names({.search = "50%"}).size(), 0u) << "LIKE wildcards are escaped";
  EXPECT_EQ(repository::countCarriers(lease, {.service = "tipp"}), 2);
  EXPECT_EQ(repository::countCarriers(lease, {}), 3);

  const auto listed = repository::listCarriers(lease, {}, CarrierSort::Vehicles, 0, 50);
  ASSERT_EQ(listed.size(), 3u);
  EXPECT_EQ(listed[0].approved_vehicles, 1);
  EXPECT_TRUE(listed[0].has_electric || listed[0].has_hvo);
  EXPECT_EQ(repository::listCarriers(lease, {}, CarrierSort::NameDesc, 0, 1).front().name, "Ålesund Krok AS");
}

TEST_P(CarrierRepositoryTest, KeysetPagesByOrganisationNumber) {
  auto lease = db().lease();
  addCarrier(lease, "315800080", "B", {"tipp"}, {});
  addCarrier(lease, "315800013", "A", {"tipp"}, {});
  addCarrier(lease, "315800153", "C", {"tipp"}, {});
  const auto first = repository::listCarriersAfter(lease, {}, std::nullopt, 2);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].organisation_number, "315800013");
  const auto rest = repository::listCarriersAfter(lease, {}, first.back().organisation_number, 2);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].organisation_number, "315800153");
}

TEST_P(CarrierRepositoryTest, UpdatesTheProfile) {
  auto lease = db().lease();
  auto c = addCarrier(lease, "315800013", "A", {"tipp"}, {"3201"});
  c.services = {"krok"};
  c.tonnes_per_day = 500;
  c.description = "Ny";
  c.updated_at = 5000;
  repository::updateCarrier(lease, c);
  const auto found = repository::findCarrierByNumber(lease, "315800013");
  EXPECT_EQ(found->services, (std::vector<std::string>{"krok"}));
  EXPECT_EQ(found->tonnes_per_day, 500);
  EXPECT_EQ(found->description, "Ny");
  EXPECT_EQ(found->updated_at, 5000);
}

TEST_P(CarrierRepositoryTest, VehiclesAndTheirStatusFence) {
  auto lease = db().lease();
  const auto c = addCarrier(lease, "315800013", "A", {"tipp"}, {});
  const auto v = addVehicle(lease, c, "DS70001", "diesel", VehicleStatus::Pending, "5T");
  const auto found = repository::findVehicle(lease, v.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->carrier_organisation_number, "315800013");
  EXPECT_EQ(found->euro_class, "5T");
  EXPECT_EQ(found->permitted_total_weight_kg, 32000);
  EXPECT_FALSE(found->payload_kg.has_value());
  EXPECT_EQ(found->works_for, (std::vector<std::string>{"org-1", "org-2"}));
  EXPECT_TRUE(repository::findVehicleByPlate(lease, c.id, "DS70001").has_value());
  EXPECT_TRUE(repository::updateVehicleStatus(lease, v.id, VehicleStatus::Pending, VehicleStatus::Approved, 3000, ""));
  EXPECT_FALSE(repository::updateVehicleStatus(lease, v.id, VehicleStatus::Pending, VehicleStatus::Approved, 3000, ""))
      << "a second decision on the same state loses";
  const auto approved = repository::findVehicle(lease, v.id);
  EXPECT_EQ(approved->status, VehicleStatus::Approved);
  EXPECT_EQ(approved->status_changed_at, 3000);
  EXPECT_FALSE(approved->status_changed_by.has_value());
}

TEST_P(CarrierRepositoryTest, VehicleListsHidePendingUnlessAsked) {
  auto lease = db().lease();
  const auto c = addCarrier(lease, "315800013", "A", {"tipp"}, {});
  const auto d = addCarrier(lease, "315800080", "B", {"tipp"}, {});
  addVehicle(lease, c, "DS70002", "diesel", VehicleStatus::Pending);
  addVehicle(lease, c, "DS70001", "elektrisk", VehicleStatus::Approved, "0");
  addVehicle(lease, d, "DK70001", "hvo100", VehicleStatus::Approved);
  EXPECT_EQ(repository::listCarrierVehicles(lease, c.id, false).size(), 1u);
  const auto all = repository::listCarrierVehicles(lease, c.id, true);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].status, VehicleStatus::Approved) << "approved first";
  EXPECT_EQ(repository::listVehiclesAfter(lease, {}, std::nullopt, 10).size(), 2u);
  EXPECT_EQ(repository::listVehiclesAfter(lease, {.euro_class = "0"}, std::nullopt, 10).size(), 1u);
  EXPECT_EQ(repository::listVehiclesAfter(lease, {.fuel = "hvo100"}, std::nullopt, 10).size(), 1u);
  EXPECT_EQ(repository::listVehiclesAfter(lease, {.carrier_organisation_number = "315800013"}, std::nullopt, 10).size(), 1u);
  const auto page = repository::listVehiclesAfter(lease, {}, std::nullopt, 1);
  ASSERT_EQ(page.size(), 1u);
  const auto next = repository::listVehiclesAfter(lease, {}, page[0].id, 10);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_NE(next[0].id, page[0].id);
}

MF_INSTANTIATE_DATABASE_TEST(CarrierRepositoryTest);

}  // namespace
}  // namespace masseflyt::registry::carriers
