// Filters are built with designated initializers naming only the fields a test sets.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <gtest/gtest.h>

#include "integrations/brreg/fixture_client.hpp"
#include "integrations/vegvesen/fixture_client.hpp"
#include "modules/registry/carriers/app/carrier_service.hpp"
#include "modules/registry/carriers/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/projects/app/project_service.hpp"

namespace masseflyt::registry::carriers {
namespace {

class CarrierServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    auth::registerPermissions(permissions());
    organisation_ = *identity::organisations::ensureDemoOrganisation(db(), brreg_, "315800013");
    other_ = *identity::organisations::ensureDemoOrganisation(db(), brreg_, "315800080");
    developer_ = *identity::organisations::ensureDemoOrganisation(db(), brreg_, "315500117");
    service_ = std::make_unique<CarrierService>(db(), brreg_, vehicles_);
  }

  auth::Principal person(std::string_view role, bool verified = true,
                         const std::string* organisation_id = nullptr) const {
    auth::Principal p;
    p.user_id = "user-" + std::string(role);
    p.memberships.push_back({organisation_id != nullptr ? *organisation_id : organisation_.id,
                             organisation_.organisation_number, organisation_.name, std::string(role),
                             verified});
    return p;
  }

  CarrierInput validInput() const {
    CarrierInput input;
    input.services = {"tipp", "krok"};
    input.municipalities = {"3201", "0301"};
    input.vehicle_count = "12";
    input.tonnes_per_day = "1 200";
    input.contact_name = "Kari Nordmann";
    input.contact_phone = "+47 400 00 000";
    input.contact_email = "kari@example.no";
    input.description = "Tipptransport";
    return input;
  }

  const brreg::FixtureBrregClient brreg_;
  const vegvesen::FixtureVehicleRegister vehicles_;
  identity::organisations::OrganisationRecord organisation_, other_, developer_;
  std::unique_ptr<CarrierService> service_;
};

void expectFieldError(const std::function<void()>& action, const std::string& field) {
  try {
    action();
    ADD_FAILURE() << "no error for " << field;
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Validation);
    bool found = false;
    for (const auto& f : error.fields()) found = found || f.field == field;
    EXPECT_TRUE(found) << field << " / " << error.messageKey();
  }
}

TEST_P(CarrierServiceTest, DispatcherRegistersTheCarrierWithHistory) {
  const auto dispatcher = person("dispatcher");
  const auto carrier = service_->registerCarrier(dispatcher, "315800013", validInput());
  EXPECT_EQ(carrier.name, organisation_.name);
  EXPECT_EQ(carrier.services, (std::vector<std::string>{"tipp", "krok"}));
  EXPECT_EQ(carrier.municipalities, (std::vector<std::string>{"0301", "3201"}));
  EXPECT_EQ(carrier.tonnes_per_day, 1200);
  const auto history = service_->history("carrier", carrier.id);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].action, "created");
  EXPECT_FALSE(history[0].changes.empty());
  try {
    service_->registerCarrier(dispatcher, "315800013", validInput());
    ADD_FAILURE();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Conflict);
  }
}

TEST_P(CarrierServiceTest, OnlyVerifiedMembersWithTheRightRoleMayRegister) {
  EXPECT_THROW(service_->registerCarrier(person("driver"), "315800013", validInput()), Error);
  EXPECT_THROW(service_->registerCarrier(person("dispatcher", false), "315800013", validInput()), Error);
  EXPECT_THROW(service_->registerCarrier(person("org_admin"), "315800080", validInput()), Error)
      << "a member of one organisation cannot act for another";
  EXPECT_FALSE(service_->find("315800013").has_value()) << "nothing saved";
  expectFieldError([&] { service_->registerCarrier(person("org_admin"), "999999999", validInput()); },
                   "organisasjonsnummer");
}

TEST_P(CarrierServiceTest, BadInputGivesFieldErrorsAndSavesNothing) {
  const auto admin = person("org_admin");
  auto input = validInput();
  input.services = {"fly"};
  expectFieldError([&] { service_->registerCarrier(admin, "315800013", input); }, "tjenester");
  input = validInput();
  input.services = {};
  expectFieldError([&] { service_->registerCarrier(admin, "315800013", input); }, "tjenester");
  input = validInput();
  input.municipalities = {"9999"};
  expectFieldError([&] { service_->registerCarrier(admin, "315800013", input); }, "kommuner");
  input = validInput();
  input.vehicle_count = "mange";
  expectFieldError([&] { service_->registerCarrier(admin, "315800013", input); }, "antall_kjoretoy");
  input = validInput();
  input.contact_email = "ikke-epost";
  expectFieldError([&] { service_->registerCarrier(admin, "315800013", input); }, "kontakt_epost");
  input = validInput();
  input.contact_phone = "12";
  expectFieldError([&] { service_->registerCarrier(admin, "315800013", input); }, "kontakt_telefon");
  EXPECT_FALSE(service_->find("315800013").has_value());
}

TEST_P(CarrierServiceTest, UpdateRecordsOnlyChangedFields) {
  const auto admin = person("org_admin");
  service_->registerCarrier(admin, "315800013", validInput());
  auto input = validInput();
  input.tonnes_per_day = "800";
  const auto updated = service_->updateCarrier(admin, "315800013", input);
  EXPECT_EQ(updated.tonnes_per_day, 800);
  const auto history = service_->history("carrier", updated.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].action, "updated");
  ASSERT_EQ(history[0].changes.size(), 1u);
  EXPECT_EQ(history[0].changes[0].field, "registry.carrier.field.tonnes_per_day");
  EXPECT_EQ(history[0].changes[0].old_value, "1200");
  EXPECT_THROW(service_->updateCarrier(person("driver"), "315800013", input), Error);
}

TEST_P(CarrierServiceTest, VehicleFromThePlateIsPendingUntilTheAdminApproves) {
  const auto dispatcher = person("dispatcher");
  service_->registerCarrier(dispatcher, "315800013", validInput());
  const auto vehicle = service_->addVehicle(dispatcher, "315800013",
                                            {.registration_number = "dt 61001", .fuel = "hvo100",
                                             .works_for = {"315500117"}});
  EXPECT_EQ(vehicle.registration_number, "DT61001");
  EXPECT_EQ(vehicle.euro_class, "6T");
  EXPECT_EQ(vehicle.permitted_total_weight_kg, 32000);
  EXPECT_EQ(vehicle.register_source, "vegvesen.source.fixture");
  EXPECT_EQ(vehicle.status, VehicleStatus::Pending);
  EXPECT_EQ(vehicle.works_for, (std::vector<std::string>{developer_.id}));
  const auto carrier = service_->get("315800013");
  EXPECT_TRUE(service_->carrierVehicles(carrier, false).empty()) << "pending is not public";
  EXPECT_EQ(service_->carrierVehicles(carrier, true).size(), 1u);

  EXPECT_THROW(service_->decide(dispatcher, vehicle.id, VehicleAction::Approve), Error)
      << "a dispatcher adds, the admin approves";
  const auto approved = service_->decide(person("org_admin"), vehicle.id, VehicleAction::Approve);
  EXPECT_EQ(approved.status, VehicleStatus::Approved);
  EXPECT_EQ(service_->carrierVehicles(carrier, false).size(), 1u);
  try {
    service_->decide(person("org_admin"), vehicle.id, VehicleAction::Approve);
    ADD_FAILURE();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Conflict);
  }
  const auto deactivated = service_->decide(person("org_admin"), vehicle.id, VehicleAction::Deactivate);
  EXPECT_EQ(deactivated.status, VehicleStatus::Deactivated);
  const auto history = service_->history("vehicle", vehicle.id);
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0].action, "deactivated");
  EXPECT_EQ(history[1].action, "approved");
  EXPECT_EQ(history[2].action, "created");
}

TEST_P(CarrierServiceTest, InvalidPlateNeverReachesTheRegister) {
  const auto dispatcher = person("dispatcher");
  service_->registerCarrier(dispatcher, "315800013", validInput());
  const auto before = vehicles_.lookups();
  expectFieldError([&] { service_->lookupVehicle("12345"); }, "kjennemerke");
  expectFieldError([&] { service_->addVehicle(dispatcher, "315800013", {.registration_number = "ABC", .fuel = "diesel", .works_for = {}}); },
                   "kjennemerke");
  EXPECT_EQ(vehicles_.lookups(), before);
  expectFieldError([&] { service_->addVehicle(dispatcher, "315800013", {.registration_number = "DT99999", .fuel = "diesel", .works_for = {}}); },
                   "kjennemerke");
  expectFieldError([&] { service_->addVehicle(dispatcher, "315800013", {.registration_number = "DT61001", .fuel = "kull", .works_for = {}}); },
                   "drivstoff");
  expectFieldError([&] {
    service_->addVehicle(dispatcher, "315800013", {.registration_number = "DT61001", .fuel = "diesel", .works_for = {"123"}});
  }, "arbeider_for");
  EXPECT_TRUE(service_->carrierVehicles(service_->get("315800013"), true).empty());
}

TEST_P(CarrierServiceTest, PendingMemberCannotAddVehicles) {
  service_->registerCarrier(person("org_admin"), "315800013", validInput());
  try {
    service_->addVehicle(person("dispatcher", false), "315800013", {.registration_number = "DT61001", .fuel = "diesel", .works_for = {}});
    ADD_FAILURE();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Forbidden);
  }
}

TEST_P(CarrierServiceTest, RegistrableListsOnlyOwnNonCarrierOrganisations) {
  const auto admin = person("org_admin");
  ASSERT_EQ(service_->registrable(admin).size(), 1u);
  service_->registerCarrier(admin, "315800013", validInput());
  EXPECT_TRUE(service_->registrable(admin).empty());
  EXPECT_TRUE(service_->registrable(person("driver")).empty());
}

TEST_P(CarrierServiceTest, DemoSeederIsDeterministicAndIdempotent) {
  EXPECT_EQ(seedDemoCarriers(db(), brreg_), 11);
  EXPECT_EQ(seedDemoCarriers(db(), brreg_), 0);
  const auto page = service_->list({}, CarrierSort::Name, 0, 100);
  EXPECT_GE(page.total, 10);
  std::int64_t approved = 0;
  std::size_t all = 0;
  for (const auto& c : page.items) {
    approved += c.approved_vehicles;
    all += service_->carrierVehicles(c, true).size();
  }
  EXPECT_GE(all, 40u);
  EXPECT_GT(approved, static_cast<std::int64_t>(all) / 2) << "mostly approved";
  EXPECT_GE(service_->list({.fuel = "elektrisk"}, CarrierSort::Name, 0, 100).total, 2);
  EXPECT_TRUE(service_->find("315500664").has_value()) << "the demo transport company is a carrier";
}

TEST_P(CarrierServiceTest, VehicleIsLinkedToProjectsByItsCarrierOnly) {
  const auto dispatcher = person("dispatcher");
  service_->registerCarrier(dispatcher, "315800013", validInput());
  const auto vehicle = service_->addVehicle(dispatcher, "315800013",
                                            {.registration_number = "DT61001", .fuel = "diesel", .works_for = {}});
  auth::registerPermissions(projects::permissions());
  auth::Principal developer;
  developer.user_id = "user-developer";
  developer.memberships.push_back({developer_.id, developer_.organisation_number, developer_.name,
                                   "representative", true});
  projects::ProjectInput project;
  project.name = "Tunnelprosjekt";
  project.developer_orgnr = developer_.organisation_number;
  project.phase = "bygging";
  project.lat = "59.9";
  project.lon = "10.5";
  project.municipality_number = "3201";
  const std::string project_id = projects::ProjectService(db(), brreg_).create(developer, project).id;

  auto linked = service_->linkProject(dispatcher, vehicle.id, project_id);
  EXPECT_EQ(linked.projects, std::vector<std::string>{project_id});
  linked = service_->linkProject(dispatcher, vehicle.id, project_id);  // twice: no change
  EXPECT_EQ(linked.projects.size(), 1u);
  EXPECT_EQ(service_->findVehicle(vehicle.id)->projects, std::vector<std::string>{project_id});
  EXPECT_EQ(service_->history("vehicle", vehicle.id).size(), 2u);  // created + one link

  expectFieldError([&] { service_->linkProject(dispatcher, vehicle.id, "finnes-ikke"); }, "prosjekt");
  const std::string other_id = other_.id;
  const auto outsider = person("dispatcher", true, &other_id);
  EXPECT_THROW(service_->linkProject(outsider, vehicle.id, project_id), Error);
  EXPECT_THROW(service_->unlinkProject(person("dispatcher", false), vehicle.id, project_id), Error);

  EXPECT_TRUE(service_->unlinkProject(dispatcher, vehicle.id, project_id).projects.empty());
  EXPECT_TRUE(service_->unlinkProject(dispatcher, vehicle.id, project_id).projects.empty());
  EXPECT_EQ(service_->history("vehicle", vehicle.id).size(), 3u);
}

MF_INSTANTIATE_DATABASE_TEST(CarrierServiceTest);

}  // namespace
}  // namespace masseflyt::registry::carriers
