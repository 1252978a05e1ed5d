#include <gtest/gtest.h>

#include "modules/registry/common/rules.hpp"

namespace masseflyt::registry::common {
namespace {

TEST(RegistryCommon, CodesJoinAndSplit) {
  EXPECT_EQ(joinCodes({"tipp", "krok"}), ",tipp,krok,");
  EXPECT_EQ(joinCodes({}), "");
  EXPECT_EQ(splitCodes(",tipp,krok,"), (std::vector<std::string>{"tipp", "krok"}));
  EXPECT_TRUE(splitCodes("").empty());
  EXPECT_EQ(likeEscape("50%_a\\"), "50\\%\\_a\\\\");
}

TEST(RegistryCommon, SearchTextLowerCasesNorwegianLetters) {
  EXPECT_EQ(searchText("ÆØÅ Lab AS"), "æøå lab as");
}

TEST(RegistryCommon, CountsAndNumbers) {
  bool ok = false;
  EXPECT_EQ(parseCount("1 200", 5000, ok), 1200);
  EXPECT_TRUE(ok);
  EXPECT_FALSE(parseCount("", 10, ok).has_value());
  EXPECT_TRUE(ok);
  parseCount("mange", 10, ok);
  EXPECT_FALSE(ok);
  parseCount("11", 10, ok);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(isOrganisationNumber("315500885"));
  EXPECT_FALSE(isOrganisationNumber("31550088"));
  EXPECT_FALSE(isOrganisationNumber("31550088x"));
  EXPECT_EQ(formatOrgnr("315500885"), "315 500 885");
}

TEST(RegistryCommon, MunicipalitiesAreCheckedSortedAndDeduplicated) {
  std::vector<FieldError> errors;
  EXPECT_EQ(validateMunicipalities({"3201", "0301", "3201", ""}, "kommuner", "x.error", errors),
            (std::vector<std::string>{"0301", "3201"}));
  EXPECT_TRUE(errors.empty());
  validateMunicipalities({"9999"}, "kommuner", "x.error", errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "kommuner");
  EXPECT_EQ(municipalityName("3201"), "Bærum");
}

TEST(RegistryCommon, ContactIsTrimmedAndChecked) {
  std::vector<FieldError> errors;
  const auto ok = validateContact({" Kari ", "+47 400 00 000", "kari@example.no"}, "p", errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(ok.name, "Kari");
  validateContact({"", "12", "ikke-epost"}, "p", errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "kontakt_telefon");
  EXPECT_EQ(errors[0].message_key, "p.error.contact_phone");
  EXPECT_EQ(errors[1].field, "kontakt_epost");
}

}  // namespace
}  // namespace masseflyt::registry::common
