#include "platform/http/rate_limit.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "platform/core/error.hpp"
#include "platform/http/error_mapping.hpp"

namespace masseflyt::http {
namespace {

struct FakeClock {
  std::shared_ptr<std::int64_t> now = std::make_shared<std::int64_t>(1'000'000);
  std::function<std::int64_t()> fn() const {
    auto n = now;
    return [n] { return *n; };
  }
  void advance(std::int64_t ms) const { *now += ms; }
};

TEST(TokenBucketLimiter, AllowsABurstOfTheLimitThenRefuses) {
  FakeClock clock;
  TokenBucketLimiter limiter(clock.fn());
  for (int i = 0; i < 60; ++i) EXPECT_TRUE(limiter.take("k", {60}).allowed) << i;
  const auto refused = limiter.take("k", {60});
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 1);  // 60/min: one token per second
}

TEST(TokenBucketLimiter, RefillsEvenlyOverTheMinute) {
  FakeClock clock;
  TokenBucketLimiter limiter(clock.fn());
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(limiter.take("k", {6}).allowed);
  auto refused = limiter.take("k", {6});
  ASSERT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 10);  // 6/min: one token every 10 s
  clock.advance(9'000);
  refused = limiter.take("k", {6});
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 1);
  clock.advance(1'000);
  EXPECT_TRUE(limiter.take("k", {6}).allowed);
  EXPECT_FALSE(limiter.take("k", {6}).allowed);
  clock.advance(600'000);  // never more than a full bucket
  for (int i = 0; i < 6; ++i) EXPECT_TRUE(limiter.take("k", {6}).allowed);
  EXPECT_FALSE(limiter.take("k", {6}).allowed);
}

TEST(TokenBucketLimiter, KeysAreIndependentAndZeroMeansUnlimited) {
  FakeClock clock;
  TokenBucketLimiter limiter(clock.fn());
  ASSERT_TRUE(limiter.take("a", {1}).allowed);
  EXPECT_FALSE(limiter.take("a", {1}).allowed);
  EXPECT_TRUE(limiter.take("b", {1}).allowed);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.take("c", {0}).allowed);
}

TEST(TokenBucketLimiter, ClockGoingBackwardsGivesNothingExtra) {
  FakeClock clock;
  TokenBucketLimiter limiter(clock.fn());
  ASSERT_TRUE(limiter.take("k", {1}).allowed);
  clock.advance(-30'000);
  EXPECT_FALSE(limiter.take("k", {1}).allowed);
}

TEST(TokenBucketLimiter, BoundedNumberOfKeys) {
  FakeClock clock;
  TokenBucketLimiter limiter(clock.fn(), 10);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.take("k" + std::to_string(i), {5}).allowed);
  // Still works; no key lost its limit within the bound it can keep.
  ASSERT_TRUE(limiter.take("x", {1}).allowed);
  EXPECT_FALSE(limiter.take("x", {1}).allowed);
}

Request apiRequest(std::string path, std::string address) {
  Request request;
  request.method = Method::Post;
  request.path = std::move(path);
  request.audience = Audience::Api;
  request.remote_address = std::move(address);
  return request;
}

TEST(RateLimitMiddleware, RefusesWith429AndRetryAfterAndLeavesPagesAlone) {
  FakeClock clock;
  RateLimitOptions options;
  options.per_ip = {2};
  options.per_client = {100};
  options.token_per_ip = {100};
  options.now_ms = clock.fn();
  const auto middleware = rateLimitMiddleware(options);
  const Next ok = [](Request&) { return Response::text("ok"); };
  auto request = apiRequest("/api/v1/x", "10.0.0.1");
  EXPECT_EQ(middleware(request, ok).status, 200);
  EXPECT_EQ(middleware(request, ok).status, 200);
  try {
    middleware(request, ok);
    FAIL() << "expected 429";
  } catch (const HttpError& error) {
    EXPECT_EQ(error.status(), 429);
    EXPECT_EQ(error.headers().get("Retry-After").value_or(""), "30");
  }
  auto other = apiRequest("/api/v1/x", "10.0.0.2");
  EXPECT_EQ(middleware(other, ok).status, 200);
  auto page = apiRequest("/organisasjoner", "10.0.0.1");
  page.audience = Audience::Page;
  EXPECT_EQ(middleware(page, ok).status, 200);
}

TEST(RateLimitMiddleware, ClientsAreCountedByIdAndTheTokenEndpointIsStricter) {
  FakeClock clock;
  RateLimitOptions options;
  options.per_ip = {100};
  options.per_client = {1};
  options.token_per_ip = {1};
  options.now_ms = clock.fn();
  options.client_key = [](const Request& r) -> std::optional<std::string> {
    if (auto h = r.header("X-Test-Client")) return std::string(*h);
    return std::nullopt;
  };
  const auto middleware = rateLimitMiddleware(options);
  const Next ok = [](Request&) { return Response::text("ok"); };
  auto a = apiRequest("/api/v1/x", "10.0.0.1");
  a.headers.set("X-Test-Client", "a");
  EXPECT_EQ(middleware(a, ok).status, 200);
  EXPECT_THROW(middleware(a, ok), HttpError);
  auto b = apiRequest("/api/v1/x", "10.0.0.1");  // same address, other client
  b.headers.set("X-Test-Client", "b");
  EXPECT_EQ(middleware(b, ok).status, 200);
  auto token = apiRequest("/api/v1/token", "10.0.0.3");
  EXPECT_EQ(middleware(token, ok).status, 200);
  EXPECT_THROW(middleware(token, ok), HttpError);
}

}  // namespace
}  // namespace masseflyt::http
