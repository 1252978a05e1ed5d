#include "platform/audit/oslo_time.hpp"
#include "platform/core/timestamp.hpp"

#include <gtest/gtest.h>

namespace masseflyt::audit {
namespace {

TEST(OsloTime, WinterIsUtcPlusOneSummerPlusTwo) {
  EXPECT_EQ(formatOsloTime(1768478400000), "15.01.2026 13:00:00");  // 2026-01-15T12:00Z
  EXPECT_EQ(formatOsloTime(1782907200000), "01.07.2026 14:00:00");  // 2026-07-01T12:00Z
}

TEST(OsloTime, ChangesOverAtOneUtcOnTheLastSundays) {
  EXPECT_EQ(formatOsloTime(1774745999000), "29.03.2026 01:59:59");
  EXPECT_EQ(formatOsloTime(1774746000000), "29.03.2026 03:00:00");
  EXPECT_EQ(formatOsloTime(1792889999000), "25.10.2026 02:59:59");
  EXPECT_EQ(formatOsloTime(1792890000000), "25.10.2026 02:00:00");
}

TEST(OsloTime, MidnightOfADate) {
  EXPECT_EQ(osloMidnightEpochMs("2026-07-01"), 1782856800000);  // 2026-06-30T22:00Z
  EXPECT_EQ(osloMidnightEpochMs("2026-01-01"), 1767222000000);  // 2025-12-31T23:00Z
  EXPECT_EQ(osloMidnightEpochMs("2026-03-29"), 1774738800000);  // still CET at midnight
  EXPECT_EQ(osloMidnightEpochMs("2026-03-30"), 1774821600000);  // CEST
}

TEST(OsloTime, RejectsWhatIsNotARealDate) {
  EXPECT_FALSE(osloMidnightEpochMs("2026-02-30"));
  EXPECT_FALSE(osloMidnightEpochMs("2026-1-01"));
  EXPECT_FALSE(osloMidnightEpochMs("abcd-ef-gh"));
  EXPECT_FALSE(osloMidnightEpochMs("2026-13-01"));
  EXPECT_FALSE(osloMidnightEpochMs("+026-01-01"));
  EXPECT_FALSE(osloMidnightEpochMs(""));
}

TEST(OsloTime, DateAndIso) {
  EXPECT_EQ(osloDate(1782856800000), "2026-07-01");
  EXPECT_EQ(osloDate(1782856799999), "2026-06-30");
  EXPECT_EQ(isoUtc(1768478400123), "2026-01-15T12:00:00.123Z");
}

}  // namespace
}  // namespace masseflyt::audit
