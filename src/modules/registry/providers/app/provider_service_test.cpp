#include <gtest/gtest.h>

#include <functional>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/registry/providers/app/provider_service.hpp"
#include "modules/registry/providers/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"

namespace masseflyt::registry::providers {
namespace {

class ProviderServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    auth::registerPermissions(permissions());
    lab_ = *identity::organisations::ensureDemoOrganisation(db(), brreg_, "315500885");
    other_ = *identity::organisations::ensureDemoOrganisation(db(), brreg_, "315900018");
    service_ = std::make_unique<ProviderService>(db(), brreg_);
  }

  auth::Principal person(std::string_view role, bool verified = true) const {
    auth::Principal p;
    p.user_id = "user-" + std::string(role);
    p.memberships.push_back({lab_.id, lab_.organisation_number, lab_.name, std::string(role), verified});
    return p;
  }

  static ProviderInput validInput() {
    ProviderInput input;
    input.services = {"kjemiske_analyser"};
    input.accreditation_scheme = "Norsk akkreditering";
    input.accreditation_number = "TEST 901";
    input.municipalities = {"0301"};
    input.contact_name = "Kari Kvalitet";
    return input;
  }

  static ErrorKind kindOf(const std::function<void()>& action) {
    try {
      action();
    } catch (const Error& error) {
      return error.kind();
    }
    ADD_FAILURE() << "no error";
    return ErrorKind::Internal;
  }

  const brreg::FixtureBrregClient brreg_;
  identity::organisations::OrganisationRecord lab_, other_;
  std::unique_ptr<ProviderService> service_;
};

TEST_P(ProviderServiceTest, QualityControllerRegistersAndEditsWithHistory) {
  const auto controller = person("quality_controller");
  ASSERT_EQ(service_->registrable(controller).size(), 1u);
  const auto provider = service_->registerProvider(controller, "315500885", validInput());
  EXPECT_EQ(provider.name, lab_.name);
  EXPECT_TRUE(service_->registrable(controller).empty()) << "already a provider";
  EXPECT_EQ(kindOf([&] { service_->registerProvider(controller, "315500885", validInput()); }),
            ErrorKind::Conflict);

  auto input = validInput();
  input.services = {"kjemiske_analyser", "mottakskontroll"};
  input.accreditation_number = "TEST 902";
  const auto updated = service_->updateProvider(controller, "315500885", input);
  EXPECT_EQ(updated.accreditation_number, "TEST 902");
  const auto history = service_->history(updated);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_FALSE(history[0].changes.empty());
  EXPECT_FALSE(history[1].changes.empty());
}

TEST_P(ProviderServiceTest, OnlyVerifiedMembersWithTheRightRoleMayWrite) {
  EXPECT_EQ(kindOf([&] { service_->registerProvider(person("driver"), "315500885", validInput()); }),
            ErrorKind::Forbidden);
  EXPECT_EQ(kindOf([&] { service_->registerProvider(person("quality_controller", false), "315500885",
                                                    validInput()); }),
            ErrorKind::Forbidden);
  EXPECT_TRUE(service_->registrable(person("quality_controller", false)).empty());
  EXPECT_EQ(kindOf([&] { service_->registerProvider(person("org_admin"), "315900018", validInput()); }),
            ErrorKind::Forbidden)
      << "a member of one organisation cannot act for another";
  EXPECT_EQ(kindOf([&] { service_->registerProvider(person("org_admin"), "999999999", validInput()); }),
            ErrorKind::Validation);
  EXPECT_FALSE(service_->find("315500885").has_value()) << "nothing saved";
}

TEST_P(ProviderServiceTest, BadInputSavesNothing) {
  auto input = validInput();
  input.contact_email = "ikke-epost";
  EXPECT_EQ(kindOf([&] { service_->registerProvider(person("representative"), "315500885", input); }),
            ErrorKind::Validation);
  EXPECT_FALSE(service_->find("315500885").has_value());
  service_->registerProvider(person("representative"), "315500885", validInput());
  input = validInput();
  input.services = {};
  EXPECT_EQ(kindOf([&] { service_->updateProvider(person("representative"), "315500885", input); }),
            ErrorKind::Validation);
  EXPECT_EQ(service_->get("315500885").services, (std::vector<std::string>{"kjemiske_analyser"}));
  EXPECT_EQ(kindOf([&] { service_->get("315900018"); }), ErrorKind::NotFound);
}

TEST_P(ProviderServiceTest, DemoSeederIsIdempotent) {
  EXPECT_GE(seedDemoProviders(db(), brreg_), 4);
  EXPECT_EQ(seedDemoProviders(db(), brreg_), 0);
  const auto page = service_->list({}, ProviderSort::Name, 0, 50);
  EXPECT_GE(page.total, 4);
  ProviderFilter accredited;
  accredited.accredited_only = true;
  EXPECT_GE(service_->list(accredited, ProviderSort::Name, 0, 50).total, 2);
  EXPECT_TRUE(service_->get("315500885").is_demo);
}

MF_INSTANTIATE_DATABASE_TEST(ProviderServiceTest);

}  // namespace
}  // namespace masseflyt::registry::providers
