#include "platform/geo/municipalities.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace masseflyt::geo {
namespace {

TEST(Municipalities, RegionHasBaerumAndUniqueValidNumbers) {
  const auto* baerum = findMunicipality("3201");
  ASSERT_NE(baerum, nullptr);
  EXPECT_EQ(baerum->name, "Bærum");
  std::set<std::string> seen;
  for (const auto& m : regionMunicipalities()) {
    EXPECT_TRUE(validMunicipalityNumber(m.number)) << m.number;
    EXPECT_TRUE(seen.insert(std::string(m.number)).second) << m.number;
  }
  EXPECT_EQ(findMunicipality("0219"), nullptr);  // Bærum's number before 2020
}

TEST(Municipalities, NumberFormat) {
  EXPECT_TRUE(validMunicipalityNumber("0301"));
  EXPECT_FALSE(validMunicipalityNumber("301"));
  EXPECT_FALSE(validMunicipalityNumber("03O1"));
  EXPECT_FALSE(validMunicipalityNumber("32011"));
}

}  // namespace
}  // namespace masseflyt::geo
