#include "modules/identity/accounts/domain/policy.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace masseflyt::identity::accounts {
namespace {

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kNow = 1'800'000'000'000;

TEST(SessionPolicy, IdleAndAbsoluteTimeouts) {
  const SessionTimes fresh{kNow, kNow, expiresAtFor(SessionStage::Active, kNow)};
  EXPECT_FALSE(sessionExpired(fresh, kNow + 29 * kMinute));
  EXPECT_TRUE(sessionExpired(fresh, kNow + 30 * kMinute));  // idle
  // Active all day long: still ends 12 hours after login.
  const SessionTimes busy{kNow, kNow + 12 * 60 * kMinute - kMinute, fresh.expires_at};
  EXPECT_FALSE(sessionExpired(busy, kNow + 12 * 60 * kMinute - 1));
  EXPECT_TRUE(sessionExpired(busy, kNow + 12 * 60 * kMinute));
  // Half-done logins and pre-sessions are short-lived.
  EXPECT_EQ(expiresAtFor(SessionStage::Totp, kNow), kNow + 15 * kMinute);
  EXPECT_EQ(expiresAtFor(SessionStage::Anonymous, kNow), kNow + 15 * kMinute);
}

TEST(SessionPolicy, LastSeenIsWrittenAtMostOnceAMinute) {
  const SessionTimes times{kNow, kNow, kNow + kMinute * 600};
  EXPECT_FALSE(lastSeenNeedsRefresh(times, kNow + 59 * kSecond));
  EXPECT_TRUE(lastSeenNeedsRefresh(times, kNow + kMinute));
}

TEST(SessionPolicy, StageNamesRoundTrip) {
  for (const auto stage : {SessionStage::Anonymous, SessionStage::Totp, SessionStage::Enrol,
                           SessionStage::Active}) {
    EXPECT_EQ(parseStage(stageName(stage)), stage);
  }
  EXPECT_FALSE(parseStage("admin").has_value());
}

std::vector<std::int64_t> failuresEverySecond(int count, std::int64_t last) {
  std::vector<std::int64_t> times;
  for (int i = count - 1; i >= 0; --i) times.push_back(last - i * kSecond);
  return times;
}

TEST(Throttle, FirstFiveFailuresAreFree) {
  const auto four = failuresEverySecond(4, kNow);
  EXPECT_TRUE(evaluateThrottle(kAccountThrottle, four, kNow).allowed);
}

TEST(Throttle, DelayGrowsTwofoldAfterTheFifthFailure) {
  const auto five = failuresEverySecond(5, kNow);
  auto decision = evaluateThrottle(kAccountThrottle, five, kNow);
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(decision.retry_after_seconds, 1);
  EXPECT_TRUE(evaluateThrottle(kAccountThrottle, five, kNow + kSecond).allowed);

  const auto eight = failuresEverySecond(8, kNow);
  decision = evaluateThrottle(kAccountThrottle, eight, kNow);
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(decision.retry_after_seconds, 8);  // 2^(8-5)
  EXPECT_FALSE(decision.locked);
  EXPECT_TRUE(evaluateThrottle(kAccountThrottle, eight, kNow + 8 * kSecond).allowed);
}

TEST(Throttle, TwentyFailuresIn15MinutesLockUntilTheOldestLeavesTheWindow) {
  const auto twenty = failuresEverySecond(20, kNow);
  const auto decision = evaluateThrottle(kAccountThrottle, twenty, kNow);
  EXPECT_FALSE(decision.allowed);
  EXPECT_TRUE(decision.locked);
  // The oldest failure was 19 s ago; it leaves the 15-minute window in 15 min - 19 s.
  EXPECT_EQ(decision.retry_after_seconds, 15 * 60 - 19);
}

TEST(Throttle, OldFailuresDoNotCount) {
  const auto old = failuresEverySecond(30, kNow - 16 * kMinute);
  EXPECT_TRUE(evaluateThrottle(kAccountThrottle, old, kNow).allowed);
}

TEST(Throttle, AddressesGetMoreRoomThanAccounts) {
  const auto ten = failuresEverySecond(10, kNow);
  EXPECT_FALSE(evaluateThrottle(kAccountThrottle, ten, kNow).allowed);
  EXPECT_TRUE(evaluateThrottle(kAddressThrottle, ten, kNow).allowed);
}

TEST(Email, NormalisedOrRefused) {
  EXPECT_EQ(normaliseEmail("  Kari.Nordmann@Example.NO "), "kari.nordmann@example.no");
  EXPECT_FALSE(normaliseEmail("").has_value());
  EXPECT_FALSE(normaliseEmail("kari").has_value());
  EXPECT_FALSE(normaliseEmail("kari@localhost").has_value());
  EXPECT_FALSE(normaliseEmail("ka ri@example.no").has_value());
  EXPECT_FALSE(normaliseEmail("a@b@example.no").has_value());
  EXPECT_FALSE(normaliseEmail("@example.no").has_value());
}

TEST(NextPath, OnlySameSiteRelativePaths) {
  EXPECT_EQ(safeNextPath("/konto"), "/konto");
  EXPECT_EQ(safeNextPath("/organisasjoner?side=2"), "/organisasjoner?side=2");
  EXPECT_EQ(safeNextPath(""), "/konto");
  EXPECT_EQ(safeNextPath("https://evil.example/"), "/konto");
  EXPECT_EQ(safeNextPath("//evil.example/"), "/konto");
  EXPECT_EQ(safeNextPath("/\\evil.example/"), "/konto");
  EXPECT_EQ(safeNextPath("/ok\\evil"), "/konto");
  EXPECT_EQ(safeNextPath("/a\r\nSet-Cookie: x=y"), "/konto");
  EXPECT_EQ(safeNextPath("javascript:alert(1)"), "/konto");
  EXPECT_EQ(safeNextPath("evil", "/"), "/");
}

TEST(Secret, GroupedInFours) {
  EXPECT_EQ(groupInFours("ABCDEFGHIJ"), "ABCD EFGH IJ");
  EXPECT_EQ(groupInFours("ABCD"), "ABCD");
  EXPECT_EQ(groupInFours(""), "");
}

}  // namespace
}  // namespace masseflyt::identity::accounts
