#include "platform/core/calendar.hpp"

#include <gtest/gtest.h>

namespace masseflyt::calendar {
namespace {

TEST(CalendarTest, ParsesOnlyRealDatesStrictly) {
  EXPECT_TRUE(parseDate("2024-02-29"));
  EXPECT_FALSE(parseDate("2023-02-29"));
  EXPECT_FALSE(parseDate("2024-13-01"));
  EXPECT_FALSE(parseDate("2024-04-31"));
  EXPECT_FALSE(parseDate("2024-1-01"));
  EXPECT_FALSE(parseDate("01.02.2024"));
  EXPECT_FALSE(parseDate("1899-12-31"));
  EXPECT_FALSE(parseDate(""));
  EXPECT_EQ(*parseDate("1970-01-01"), 0);
}

TEST(CalendarTest, FormatsAndShowsDates) {
  EXPECT_EQ(formatDate(*parseDate("2026-11-27") + 35), "2027-01-01");
  EXPECT_EQ(formatDate(*parseDate("2028-02-28") + 1), "2028-02-29");
  EXPECT_EQ(displayDate("2026-11-27"), "27.11.2026");
  EXPECT_EQ(displayDate("2026"), "2026");
  EXPECT_TRUE(parseDate(today()));
}

TEST(CalendarTest, DisplayDayNamesTheUtcDayOfAnInstant) {
  EXPECT_EQ(displayDay(0), "01.01.1970");
  EXPECT_EQ(displayDay(1'795'910'399'999), "28.11.2026");  // 23:59:59.999 UTC
  EXPECT_EQ(displayDay(1'795'910'400'000), "29.11.2026");
  EXPECT_EQ(displayDay(-1), "31.12.1969");
}

}  // namespace
}  // namespace masseflyt::calendar
