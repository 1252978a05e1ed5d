#include "platform/crypto/random.hpp"

#include <gtest/gtest.h>

#include <set>

#include "platform/crypto/encoding.hpp"

namespace masseflyt::crypto {
namespace {

TEST(RandomTest, ReturnsRequestedNumberOfBytes) {
  EXPECT_EQ(randomBytes(0).size(), 0U);
  EXPECT_EQ(randomBytes(1).size(), 1U);
  EXPECT_EQ(randomBytes(64).size(), 64U);
}

TEST(RandomTest, CallsDiffer) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    seen.insert(randomBytes(16));
  }
  EXPECT_EQ(seen.size(), 100U);
}

TEST(RandomTest, TokenIsUnpaddedBase64UrlOfRequestedBytes) {
  const std::string token = randomToken();
  EXPECT_EQ(token.size(), 43U);
  EXPECT_EQ(
      token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
      std::string::npos);
  const auto decoded = base64UrlDecode(token);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->size(), 32U);
  EXPECT_EQ(randomToken(16).size(), 22U);
  EXPECT_NE(randomToken(), randomToken());
}

}  // namespace
}  // namespace masseflyt::crypto
