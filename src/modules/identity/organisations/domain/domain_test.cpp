#include <gtest/gtest.h>

#include "modules/identity/organisations/domain/organisation_number.hpp"
#include "modules/identity/organisations/domain/register_status.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::identity::organisations {
namespace {

TEST(OrganisationNumber, AcceptsRealNumbersFromTheRegister) {
  // From the recorded Enhetsregisteret responses: entity, its parent, subunit, deleted entity.
  for (const auto* orgnr : {"991825827", "932384469", "924203617", "821227062"}) {
    const auto check = checkOrganisationNumber(orgnr);
    ASSERT_TRUE(check.valid()) << orgnr << ": " << check.error_key;
    EXPECT_EQ(*check.number, orgnr);
  }
}

TEST(OrganisationNumber, StripsSpaces) {
  EXPECT_EQ(checkOrganisationNumber("991 825 827").number, "991825827");
  EXPECT_EQ(checkOrganisationNumber("  991825827 ").number, "991825827");
  EXPECT_EQ(checkOrganisationNumber("991\xC2\xA0" "825\t827").number, "991825827");
}

TEST(OrganisationNumber, CheckDigitFollowsMod11) {
  // 9,9,1,8,2,5,8,2 · 3,2,7,6,5,4,3,2 = 27+18+7+48+10+20+24+4 = 158; 158 mod 11 = 4; 11-4 = 7.
  EXPECT_EQ(organisationNumberCheckDigit("99182582"), 7);
  // Remainder 0 gives check digit 0 (not 11).
  EXPECT_EQ(organisationNumberCheckDigit("00000000"), 0);
  EXPECT_TRUE(checkOrganisationNumber("000000000").valid());
  // Remainder 1 would need check digit 10: no such number exists.
  EXPECT_EQ(organisationNumberCheckDigit("10000013"), std::nullopt);
}

TEST(OrganisationNumber, NamesEachFailureInNorwegian) {
  EXPECT_EQ(checkOrganisationNumber("").error_key, "organisations.orgnr.empty");
  EXPECT_EQ(checkOrganisationNumber("   ").error_key, "organisations.orgnr.empty");
  EXPECT_EQ(checkOrganisationNumber("99182582X").error_key, "organisations.orgnr.not_digits");
  EXPECT_EQ(checkOrganisationNumber("991-825-827").error_key, "organisations.orgnr.not_digits");
  EXPECT_EQ(checkOrganisationNumber("99182582").error_key, "organisations.orgnr.length");
  EXPECT_EQ(checkOrganisationNumber("9918258270").error_key, "organisations.orgnr.length");
  EXPECT_EQ(checkOrganisationNumber("991825828").error_key, "organisations.orgnr.check_digit");
  for (int last = 0; last <= 9; ++last) {
    EXPECT_EQ(checkOrganisationNumber("10000013" + std::to_string(last)).error_key,
              "organisations.orgnr.impossible");
  }
  for (const auto* key : {"organisations.orgnr.empty", "organisations.orgnr.not_digits",
                          "organisations.orgnr.length", "organisations.orgnr.check_digit",
                          "organisations.orgnr.impossible"}) {
    EXPECT_TRUE(i18n::catalog().contains(key)) << key;
  }
}

TEST(OrganisationNumber, EveryWrongLastDigitIsRefused) {
  for (int last = 0; last <= 9; ++last) {
    const std::string candidate = "99182582" + std::to_string(last);
    EXPECT_EQ(checkOrganisationNumber(candidate).valid(), last == 7) << candidate;
  }
}

TEST(OrganisationNumber, RequireThrowsValidationWithTheField) {
  EXPECT_EQ(requireOrganisationNumber("991 825 827"), "991825827");
  try {
    requireOrganisationNumber("123", "orgnr");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Validation);
    ASSERT_EQ(error.fields().size(), 1u);
    EXPECT_EQ(error.fields()[0].field, "orgnr");
    EXPECT_EQ(error.fields()[0].message_key, "organisations.orgnr.length");
  }
}

TEST(OrganisationNumber, Formats) {
  EXPECT_EQ(formatOrganisationNumber("991825827"), "991 825 827");
  EXPECT_EQ(formatOrganisationNumber("12"), "12");
}

TEST(RegisterStatusRules, ActiveCanTrade) {
  const auto result = assessRegisterStatus({});
  EXPECT_EQ(result.status, RegisterStatus::Active);
  EXPECT_TRUE(result.can_trade);
}

TEST(RegisterStatusRules, EachBlockingFlagStopsTradingWithAReason) {
  RegisterFlags bankrupt;
  bankrupt.bankrupt = true;
  RegisterFlags liquidation;
  liquidation.under_liquidation = true;
  RegisterFlags forced;
  forced.under_forced_liquidation = true;
  RegisterFlags deleted;
  deleted.deleted_on = "2024-11-26";
  RegisterFlags gone;
  gone.gone = true;

  EXPECT_EQ(assessRegisterStatus(bankrupt).status, RegisterStatus::Bankrupt);
  EXPECT_EQ(assessRegisterStatus(liquidation).status, RegisterStatus::Liquidation);
  EXPECT_EQ(assessRegisterStatus(forced).status, RegisterStatus::Liquidation);
  EXPECT_EQ(assessRegisterStatus(deleted).status, RegisterStatus::Deleted);
  EXPECT_EQ(assessRegisterStatus(gone).status, RegisterStatus::Deleted);
  for (const auto& flags : {bankrupt, liquidation, forced, deleted, gone}) {
    const auto result = assessRegisterStatus(flags);
    EXPECT_FALSE(result.can_trade);
    EXPECT_TRUE(i18n::catalog().contains(result.reason_key)) << result.reason_key;
  }
  EXPECT_NE(assessRegisterStatus(liquidation).reason_key, assessRegisterStatus(forced).reason_key);
}

TEST(RegisterStatusRules, TheMostFinalStateIsTheReason) {
  RegisterFlags all;
  all.bankrupt = all.under_liquidation = all.under_forced_liquidation = true;
  EXPECT_EQ(assessRegisterStatus(all).status, RegisterStatus::Bankrupt);
  all.deleted_on = "2024-01-01";
  EXPECT_EQ(assessRegisterStatus(all).status, RegisterStatus::Deleted);
}

TEST(RegisterStatusRules, CodesRoundTrip) {
  for (const auto status : {RegisterStatus::Active, RegisterStatus::Bankrupt,
                            RegisterStatus::Liquidation, RegisterStatus::Deleted}) {
    EXPECT_EQ(parseRegisterStatus(registerStatusCode(status)), status);
    EXPECT_TRUE(i18n::catalog().contains(registerStatusReasonKey(status)));
    EXPECT_TRUE(i18n::catalog().contains(registerStatusLabelKey(status)));
  }
  EXPECT_EQ(parseRegisterStatus("ukjent"), std::nullopt);
  EXPECT_TRUE(canTrade(RegisterStatus::Active));
  EXPECT_FALSE(canTrade(RegisterStatus::Deleted));
}

}  // namespace
}  // namespace masseflyt::identity::organisations
