#include "platform/outbound/ttl_cache.hpp"

#include <gtest/gtest.h>

namespace masseflyt::outbound {
namespace {

using namespace std::chrono_literals;

struct FakeClock {
  std::chrono::steady_clock::time_point now{};
};

TEST(TtlCache, ExpiresEntries) {
  FakeClock clock;
  TtlCache<std::optional<int>> cache(10, [&] { return clock.now; });
  cache.put("a", 1, 60s);
  cache.put("missing", std::nullopt, 10s);
  ASSERT_TRUE(cache.get("a"));
  EXPECT_EQ(**cache.get("a"), 1);
  ASSERT_TRUE(cache.get("missing")) << "a cached 'not found' is an answer too";
  EXPECT_FALSE(cache.get("missing")->has_value());
  clock.now += 11s;
  EXPECT_FALSE(cache.get("missing"));
  EXPECT_TRUE(cache.get("a"));
  clock.now += 60s;
  EXPECT_FALSE(cache.get("a"));
}

TEST(TtlCache, StaysWithinItsBoundDroppingTheEntryClosestToExpiry) {
  FakeClock clock;
  TtlCache<int> cache(2, [&] { return clock.now; });
  cache.put("short", 1, 10s);
  cache.put("long", 2, 100s);
  cache.put("new", 3, 50s);
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_FALSE(cache.get("short"));
  EXPECT_TRUE(cache.get("long"));
  EXPECT_TRUE(cache.get("new"));
  TtlCache<int> off(0);
  off.put("x", 1, 10s);
  EXPECT_FALSE(off.get("x"));
}

}  // namespace
}  // namespace masseflyt::outbound
