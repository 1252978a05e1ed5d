#include <gtest/gtest.h>

#include "integrations/brreg/brreg_parser.hpp"
#include "integrations/brreg/fixture_client.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::brreg {
namespace {

std::string_view fixture(std::string_view path) {
  const auto text = FixtureBrregClient::file(path);
  EXPECT_TRUE(text.has_value()) << path;
  return text.value_or("");
}

TEST(BrregParser, ReadsTheRecordedEntity) {
  const auto entity = parseEntity(fixture("enheter/991825827.json"), false);
  EXPECT_EQ(entity.organisation_number, "991825827");
  EXPECT_EQ(entity.name, "DIGITALISERINGSDIREKTORATET");
  EXPECT_EQ(entity.organisation_form_code, "ORGL");
  EXPECT_EQ(entity.organisation_form_description, "Organisasjonsledd");
  ASSERT_TRUE(entity.business_address.has_value());
  EXPECT_EQ(entity.business_address->lines, std::vector<std::string>{"Lørenfaret 1C"});
  EXPECT_EQ(entity.business_address->postal_code, "0585");
  EXPECT_EQ(entity.business_address->postal_place, "OSLO");
  EXPECT_EQ(entity.business_address->municipality_number, "0301");
  ASSERT_TRUE(entity.postal_address.has_value());
  EXPECT_EQ(entity.postal_address->lines, std::vector<std::string>{"Postboks 1382 Vika"});
  ASSERT_EQ(entity.nace_codes.size(), 1u);
  EXPECT_EQ(entity.nace_codes[0].code, "84.110");
  EXPECT_EQ(entity.nace_codes[0].description, "Generell offentlig administrasjon");
  EXPECT_EQ(entity.parent_organisation_number, "932384469");
  EXPECT_EQ(entity.registered_on, "2007-10-15");
  EXPECT_EQ(entity.employees, 433);
  EXPECT_FALSE(entity.registered_in_business_register);
  EXPECT_FALSE(entity.subunit);
  EXPECT_FALSE(entity.flags.bankrupt);
  EXPECT_FALSE(entity.flags.under_liquidation);
  EXPECT_FALSE(entity.flags.under_forced_liquidation);
  EXPECT_FALSE(entity.flags.deleted_on.has_value());
}

TEST(BrregParser, ReadsTheSubunitWithItsLocationAsAddress) {
  const auto entity = parseEntity(fixture("underenheter/924203617.json"), true);
  EXPECT_EQ(entity.organisation_number, "924203617");
  EXPECT_EQ(entity.name, "DIGITALISERINGSDIREKTORATET AVD BRØNNØYSUND");
  EXPECT_TRUE(entity.subunit);
  EXPECT_EQ(entity.organisation_form_code, "BEDR");
  ASSERT_TRUE(entity.business_address.has_value());
  EXPECT_EQ(entity.business_address->postal_place, "BRØNNØYSUND");
  EXPECT_EQ(entity.business_address->municipality_number, "1813");
  EXPECT_EQ(entity.parent_organisation_number, "991825827");
  EXPECT_EQ(entity.employees, 94);
}

TEST(BrregParser, SubunitIsRecognisedEvenFromTheEntityEndpoint) {
  EXPECT_TRUE(parseEntity(fixture("underenheter/924203617.json"), false).subunit);
}

TEST(BrregParser, ReadsTheDeletedEntity) {
  const auto entity = parseEntity(fixture("enheter/821227062.json"), false);
  EXPECT_EQ(entity.organisation_number, "821227062");
  EXPECT_EQ(entity.flags.deleted_on, "2024-11-26");
  EXPECT_EQ(entity.organisation_form_code, "FYLK");
  EXPECT_FALSE(entity.business_address.has_value());
  EXPECT_TRUE(entity.nace_codes.empty());
}

TEST(BrregParser, ReadsTheSearchPage) {
  const auto page = parseSearchPage(fixture("sok/enheter-digitaliseringsdirektoratet.json"));
  ASSERT_EQ(page.entities.size(), 1u);
  EXPECT_EQ(page.entities[0].organisation_number, "991825827");
  EXPECT_EQ(page.entities[0].name, "DIGITALISERINGSDIREKTORATET");
  EXPECT_EQ(page.total_elements, 3);
  EXPECT_EQ(page.total_pages, 3);
  EXPECT_EQ(page.number, 0);
  EXPECT_EQ(page.size, 1);
}

TEST(BrregParser, NoHitsHasNoEmbeddedAndGivesAnEmptyPage) {
  const auto text = fixture("sok/enheter-ingen-treff.json");
  ASSERT_EQ(text.find("_embedded"), std::string_view::npos);
  const auto page = parseSearchPage(text);
  EXPECT_TRUE(page.entities.empty());
  EXPECT_EQ(page.total_elements, 0);
}

TEST(BrregParser, ReadsThe400ErrorBody) {
  const auto error = parseError(fixture("feil/400-naeringskode.json"));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->status, 400);
  EXPECT_EQ(error->message, "Feilaktig forespørsel");
  EXPECT_EQ(error->validations, std::vector<std::string>{"Næringskode 49410 er ugyldig"});
  EXPECT_EQ(error->path, "/enhetsregisteret/api/enheter");
}

TEST(BrregParser, AnEntityIsNotAnErrorBody) {
  EXPECT_FALSE(parseError(fixture("enheter/991825827.json")).has_value());
  EXPECT_FALSE(parseError("not json").has_value());
}

TEST(BrregParser, ReadsCurrentRolesWithNamesButNoBirthDates) {
  const auto roles = parseRoles(*FixtureBrregClient::file("roller/315500117.json"));
  ASSERT_EQ(roles.size(), 4u) << "the resigned board member is left out";
  EXPECT_EQ(roles[0].group, "Daglig leder/ adm.direktør");
  EXPECT_EQ(roles[0].holder, "Berit Byggherre");
  EXPECT_EQ(roles[1].role, "Styrets leder");
  EXPECT_EQ(roles[3].holder, "Norsk Miljølab AS (demo) (315500885)");
  for (const auto& role : roles) EXPECT_EQ(role.holder.find("19"), std::string::npos);
  EXPECT_TRUE(parseRoles(R"({"rollegrupper":[]})").empty());
  EXPECT_TRUE(parseRoles(R"({"rollegrupper":[{"roller":[{"person":{}}]}]})").empty());
  EXPECT_THROW(parseRoles("[1]"), Error);
}

TEST(BrregParser, EveryFixtureParses) {
  int count = 0;
  for (const auto& file : embeddedBrregFixtures()) {
    const std::string_view path = file.path;
    if (!path.ends_with(".json")) continue;
    ++count;
    if (path.starts_with("fixtures/enheter/")) {
      EXPECT_NO_THROW(parseEntity(file.content, false)) << path;
    } else if (path.starts_with("fixtures/underenheter/")) {
      EXPECT_NO_THROW(parseEntity(file.content, true)) << path;
    } else if (path.starts_with("fixtures/sok/")) {
      EXPECT_NO_THROW(parseSearchPage(file.content)) << path;
    } else if (path.starts_with("fixtures/roller/")) {
      EXPECT_FALSE(parseRoles(file.content).empty()) << path;
    } else if (path.starts_with("fixtures/feil/")) {
      EXPECT_TRUE(parseError(file.content).has_value()) << path;
    } else {
      ADD_FAILURE() << "unexpected fixture " << path;
    }
  }
  EXPECT_GE(count, 6);
}

TEST(BrregParser, IgnoresUnknownFieldsAndWrongTypes) {
  const auto entity = parseEntity(
      R"({"organisasjonsnummer":"991825827","navn":"X","nyttFelt":{"a":[1,2]},"konkurs":"ja",)"
      R"("antallAnsatte":"mange","naeringskode1":{"kode":"43.120"}})",
      false);
  EXPECT_EQ(entity.name, "X");
  EXPECT_FALSE(entity.flags.bankrupt);
  EXPECT_FALSE(entity.employees.has_value());
  ASSERT_EQ(entity.nace_codes.size(), 1u);
  EXPECT_EQ(entity.nace_codes[0].description, "");
}

TEST(BrregParser, RefusesBodiesThatAreNotAnEntity) {
  for (const std::string_view body : {"", "[]", "{}", "<html>", R"({"navn":"X"})"}) {
    try {
      parseEntity(body, false);
      ADD_FAILURE() << "accepted: " << body;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
      EXPECT_EQ(error.messageKey(), "brreg.error.invalid_response");
    }
  }
}

}  // namespace
}  // namespace masseflyt::brreg
