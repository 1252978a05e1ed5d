#include "platform/crypto/totp.hpp"

#include <gtest/gtest.h>

#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"

namespace masseflyt::crypto {
namespace {

// The SHA-1 seed used by RFC 4226 Appendix D and RFC 6238 Appendix B.
const std::string kSeed = "12345678901234567890";

TEST(TotpTest, Rfc4226HotpVectors) {
  const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
  for (std::uint64_t counter = 0; counter < 10; ++counter) {
    EXPECT_EQ(detail::hotpCode(kSeed, counter, 6), expected[counter]) << counter;
  }
}

struct Rfc6238Vector {
  std::int64_t time;
  const char* code;
};

// RFC 6238 Appendix B, SHA1 rows (8 digits).
constexpr Rfc6238Vector kVectors[] = {
    {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
    {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
};

TEST(TotpTest, Rfc6238Sha1VectorsWithEightDigits) {
  for (const auto& v : kVectors) {
    EXPECT_EQ(detail::hotpCode(kSeed, static_cast<std::uint64_t>(v.time / 30), 8), v.code)
        << v.time;
  }
}

TEST(TotpTest, SixDigitCodeIsTheLowDigitsOfTheVector) {
  for (const auto& v : kVectors) {
    const std::string eight = v.code;
    EXPECT_EQ(totpCode(kSeed, v.time), eight.substr(2)) << v.time;
    EXPECT_EQ(verifyTotp(kSeed, eight.substr(2), v.time), v.time / 30) << v.time;
  }
}

TEST(TotpTest, CodeIsStableWithinAStep) {
  EXPECT_EQ(totpCode(kSeed, 1111111110), totpCode(kSeed, 1111111119));
  EXPECT_EQ(totpCode(kSeed, 0), "755224");
  EXPECT_THROW(totpCode(kSeed, -1), Error);
}

TEST(TotpTest, WindowAcceptsOneStepEitherSide) {
  const std::int64_t now = 1111111111;
  const std::int64_t step = now / 30;
  EXPECT_EQ(verifyTotp(kSeed, totpCode(kSeed, now - 30), now), step - 1);
  EXPECT_EQ(verifyTotp(kSeed, totpCode(kSeed, now + 30), now), step + 1);
  EXPECT_FALSE(verifyTotp(kSeed, totpCode(kSeed, now - 60), now).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, totpCode(kSeed, now + 60), now).has_value());
  EXPECT_EQ(verifyTotp(kSeed, totpCode(kSeed, now - 60), now, 2), step - 2);
  EXPECT_FALSE(verifyTotp(kSeed, totpCode(kSeed, now - 30), now, 0).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, totpCode(kSeed, now - 30), now, -5).has_value());
}

TEST(TotpTest, CodeFormatIsStrict) {
  const std::int64_t now = 59;  // code 287082
  EXPECT_EQ(verifyTotp(kSeed, "287082", now), 1);
  EXPECT_EQ(verifyTotp(kSeed, "287 082", now), 1);
  EXPECT_EQ(verifyTotp(kSeed, " 287082 ", now), 1);
  EXPECT_FALSE(verifyTotp(kSeed, "94287082", now).has_value());  // 8 digits
  EXPECT_FALSE(verifyTotp(kSeed, "87082", now).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, "", now).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, "287-082", now).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, "28708a", now).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, "+87082", now).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, "２87082", now).has_value());  // full-width digit
  EXPECT_FALSE(verifyTotp(kSeed, "287082\n", now).has_value());
  EXPECT_FALSE(verifyTotp("", "287082", now).has_value());
  EXPECT_FALSE(verifyTotp(kSeed, "287082", -1).has_value());
}

TEST(TotpTest, NewSecretIsTwentyRandomBytes) {
  const std::string a = newTotpSecret();
  EXPECT_EQ(a.size(), 20U);
  EXPECT_NE(a, newTotpSecret());
  EXPECT_EQ(base32Encode(a).size(), 32U);
}

TEST(TotpTest, OtpauthUri) {
  EXPECT_EQ(otpauthUri("Masseflyt", "ola@example.no", kSeed),
            "otpauth://totp/Masseflyt:ola%40example.no?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            "&issuer=Masseflyt&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(otpauthUri("Masseflyt Test & Co", "Åse Ø:x", "f"),
            "otpauth://totp/Masseflyt%20Test%20%26%20Co:%C3%85se%20%C3%98%3Ax?secret=MY"
            "&issuer=Masseflyt%20Test%20%26%20Co&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace masseflyt::crypto
