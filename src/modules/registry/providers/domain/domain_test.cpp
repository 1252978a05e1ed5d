#include <gtest/gtest.h>

#include <functional>

#include "modules/registry/providers/domain/provider.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::providers {
namespace {

ProviderInput validInput() {
  ProviderInput input;
  input.services = {"mottakskontroll", "kjemiske_analyser"};
  input.accreditation_scheme = " Norsk akkreditering ";
  input.accreditation_number = "TEST 012";
  input.municipalities = {"3201", "0301", "3201"};
  input.contact_name = "Kari Kvalitet";
  input.contact_phone = "+47 400 00 000";
  input.contact_email = "kari@example.no";
  input.description = "Laboratorium";
  return input;
}

std::vector<std::string> errorFields(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Validation);
    std::vector<std::string> fields;
    for (const auto& field : error.fields()) {
      EXPECT_TRUE(i18n::catalog().contains(field.message_key)) << field.message_key;
      fields.push_back(field.field);
    }
    return fields;
  }
  ADD_FAILURE() << "no validation error";
  return {};
}

TEST(ProviderServices, DataListHasLabelsInTheCatalog) {
  ASSERT_EQ(providerServices().size(), 6u);
  for (const auto& service : providerServices()) {
    EXPECT_TRUE(i18n::catalog().contains(service.label_key)) << service.label_key;
    EXPECT_TRUE(isProviderService(service.code));
  }
  EXPECT_FALSE(isProviderService("tipp"));
  EXPECT_EQ(i18n::t("registry.provider.service.bergteknisk_testing"), "Bergteknisk testing (LA, MDE)");
}

TEST(ProviderValidation, ValidInputIsNormalised) {
  const auto record = validateProviderInput(validInput());
  EXPECT_EQ(record.services, (std::vector<std::string>{"kjemiske_analyser", "mottakskontroll"}))
      << "in the order of the data list";
  EXPECT_EQ(record.municipalities, (std::vector<std::string>{"0301", "3201"}));
  EXPECT_EQ(record.accreditation_scheme, "Norsk akkreditering");
  EXPECT_TRUE(record.accredited());
  EXPECT_EQ(record.accreditationText(), "Norsk akkreditering TEST 012");
}

TEST(ProviderValidation, AccreditationIsOptionalButComesInPairs) {
  auto input = validInput();
  input.accreditation_scheme.clear();
  input.accreditation_number.clear();
  const auto record = validateProviderInput(input);
  EXPECT_FALSE(record.accredited());
  EXPECT_EQ(record.accreditationText(), "");

  input = validInput();
  input.accreditation_scheme.clear();
  EXPECT_EQ(errorFields([&] { validateProviderInput(input); }),
            (std::vector<std::string>{"akkreditering_ordning"}));
  input = validInput();
  input.accreditation_number.clear();
  EXPECT_EQ(errorFields([&] { validateProviderInput(input); }),
            (std::vector<std::string>{"akkreditering_nummer"}));
  input = validInput();
  input.accreditation_number = "TEST <012>";
  EXPECT_EQ(errorFields([&] { validateProviderInput(input); }),
            (std::vector<std::string>{"akkreditering_nummer"}));
}

TEST(ProviderValidation, EveryBadFieldIsReported) {
  ProviderInput input;
  input.services = {"fly"};
  input.municipalities = {"9999"};
  input.contact_phone = "12";
  input.contact_email = "ikke-epost";
  input.description = std::string(4001, 'x');
  EXPECT_EQ(errorFields([&] { validateProviderInput(input); }),
            (std::vector<std::string>{"tjenester", "kommuner", "kontakt_telefon", "kontakt_epost",
                                      "beskrivelse"}));
  input = validInput();
  input.services = {};
  EXPECT_EQ(errorFields([&] { validateProviderInput(input); }), (std::vector<std::string>{"tjenester"}));
}

}  // namespace
}  // namespace masseflyt::registry::providers
