#include <gtest/gtest.h>

#include <cstdlib>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/domain/organisation_number.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::brreg {
namespace {

using identity::organisations::assessRegisterStatus;
using identity::organisations::checkOrganisationNumber;
using identity::organisations::RegisterStatus;

TEST(FixtureBrregClient, FindsTheEntity) {
  const FixtureBrregClient client;
  const auto entity = client.lookup("991825827");
  ASSERT_TRUE(entity.has_value());
  EXPECT_EQ(entity->name, "DIGITALISERINGSDIREKTORATET");
  EXPECT_FALSE(entity->subunit);
}

TEST(FixtureBrregClient, FallsBackToSubunits) {
  const FixtureBrregClient client;
  const auto entity = client.lookup("924203617");
  ASSERT_TRUE(entity.has_value());
  EXPECT_TRUE(entity->subunit);
}

TEST(FixtureBrregClient, DeletedEntityCannotTrade) {
  const FixtureBrregClient client;
  const auto entity = client.lookup("821227062");
  ASSERT_TRUE(entity.has_value());
  EXPECT_EQ(assessRegisterStatus(entity->flags).status, RegisterStatus::Deleted);
}

TEST(FixtureBrregClient, UnknownNumberIsNotFound) {
  const FixtureBrregClient client;
  EXPECT_FALSE(client.lookup("974760673").has_value());
}

TEST(FixtureBrregClient, DemoCompaniesAreMarkedAndValid) {
  const FixtureBrregClient client;
  const auto companies = client.demoCompanies();
  EXPECT_GE(companies.size(), 8u);
  bool transport = false;
  for (const auto& company : companies) {
    EXPECT_TRUE(company.name.ends_with(" (demo)")) << company.name;
    EXPECT_TRUE(checkOrganisationNumber(company.organisation_number).valid())
        << company.organisation_number;
    // Enhetsregisteret issues numbers starting with 8 or 9; the demo ones cannot collide.
    EXPECT_EQ(company.organisation_number[0], '3') << company.organisation_number;
    for (const auto& code : company.nace_codes) transport = transport || code.code == "49.410";
  }
  EXPECT_TRUE(transport) << "a transport company with NACE 49.410";
}

TEST(FixtureBrregClient, EveryFixtureNumberIsAValidOrganisationNumber) {
  for (const auto& orgnr : {"991825827", "924203617", "821227062", "932384469"}) {
    EXPECT_TRUE(checkOrganisationNumber(orgnr).valid()) << orgnr;
  }
}

TEST(BrregMode, FixtureByDefaultLiveOnRequestAndUnknownModesRefused) {
  EXPECT_NE(dynamic_cast<const FixtureBrregClient*>(clientForMode("").get()), nullptr);
  EXPECT_NE(dynamic_cast<const FixtureBrregClient*>(clientForMode("fixture").get()), nullptr);
  EXPECT_EQ(dynamic_cast<const FixtureBrregClient*>(clientForMode("live").get()), nullptr);
  try {
    clientForMode("prod");
    ADD_FAILURE() << "accepted mode prod";
  } catch (const Error& error) {
    EXPECT_EQ(error.messageKey(), "brreg.error.mode");
  }
}

TEST(FixtureBrregClient, SearchesNamesLikeTheRegister) {
  const FixtureBrregClient client;
  const auto fornebu = client.searchByName("fornebu", 20);
  ASSERT_GE(fornebu.size(), 2u);
  for (const auto& hit : fornebu) {
    EXPECT_NE(hit.name.find("Fornebu"), std::string::npos) << hit.name;
    EXPECT_FALSE(hit.subunit);
  }
  const auto exact = client.searchByName("  FORNEBU byutvikling ", 20);
  ASSERT_EQ(exact.size(), 1u);
  EXPECT_EQ(exact[0].organisation_number, "315500117");
  EXPECT_FALSE(client.searchByName("bærum MASSE", 20).empty()) << "æøå fold too";
  EXPECT_TRUE(client.searchByName("finnes ikke her", 20).empty());
  EXPECT_EQ(client.searchByName("demo", 2).size(), 2u);
  EXPECT_THROW(client.searchByName("ab", 20), Error);
}

TEST(FixtureBrregClient, AnswersRolesFromRecordedFilesOnly) {
  const FixtureBrregClient client;
  EXPECT_EQ(client.roles("315500443").front().holder, "Rune Representant");
  EXPECT_TRUE(client.roles("991825827").empty());
}

}  // namespace
}  // namespace masseflyt::brreg
