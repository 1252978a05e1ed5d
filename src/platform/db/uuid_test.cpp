#include "platform/db/uuid.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

namespace masseflyt::db {
namespace {

TEST(UuidV7, HasVersionAndVariantInCanonicalForm) {
  const std::regex kForm("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  for (int i = 0; i < 1000; ++i) {
    const auto id = newUuidV7();
    ASSERT_TRUE(std::regex_match(id, kForm)) << id;
  }
}

TEST(UuidV7, PrefixIsCurrentEpochMilliseconds) {
  const auto before = nowEpochMs();
  const auto id = newUuidV7();
  const auto after = nowEpochMs();
  const std::string hex = id.substr(0, 8) + id.substr(9, 4);
  const auto ms = static_cast<std::int64_t>(std::stoull(hex, nullptr, 16));
  EXPECT_GE(ms, before);
  // The in-millisecond counter may borrow one millisecond ahead.
  EXPECT_LE(ms, after + 1);
}

TEST(UuidV7, UniqueAndSortedWithinProcess) {
  std::set<std::string> seen;
  std::string previous;
  for (int i = 0; i < 20000; ++i) {
    auto id = newUuidV7();
    ASSERT_GT(id, previous);
    ASSERT_TRUE(seen.insert(id).second);
    previous = std::move(id);
  }
}

TEST(NowEpochMs, IsAfter2024AndBefore2100) {
  EXPECT_GT(nowEpochMs(), 1704067200000LL);
  EXPECT_LT(nowEpochMs(), 4102444800000LL);
}

}  // namespace
}  // namespace masseflyt::db

namespace masseflyt::db {
namespace {

TEST(UuidTest, RecognisesOnlyTheIdsThePlatformMakes) {
  EXPECT_TRUE(isUuid(newUuidV7()));
  EXPECT_TRUE(isUuid("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
  EXPECT_FALSE(isUuid("0193A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B"));  // upper case is not ours
  EXPECT_FALSE(isUuid("0193a1b2c3d47e5f8a9b0c1d2e3f4a5b"));
  EXPECT_FALSE(isUuid("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5"));
  EXPECT_FALSE(isUuid("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g"));
  EXPECT_FALSE(isUuid("../../etc/passwd"));
  EXPECT_FALSE(isUuid(""));
}

}  // namespace
}  // namespace masseflyt::db
