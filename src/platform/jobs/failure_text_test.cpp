#include <gtest/gtest.h>

#include <string>

#include "platform/jobs/failure_text.hpp"

namespace masseflyt::jobs {
namespace {

TEST(FailureTextTest, KeepsOrdinaryMessages) {
  EXPECT_EQ(failureText("db.error.connect: timeout after 5000 ms"),
            "db.error.connect: timeout after 5000 ms");
  EXPECT_EQ(failureText("Unexpected token '}' in JSON"), "Unexpected token '}' in JSON");
}

TEST(FailureTextTest, MasksUrlPasswords) {
  EXPECT_EQ(failureText("cannot reach postgresql://app:s3cr3t@db.internal:5432/masseflyt"),
            "cannot reach postgresql://app:***@db.internal:5432/masseflyt");
  EXPECT_EQ(failureText("GET https://user:pw@example.com/x and https://example.com/a:b@c"),
            "GET https://user:***@example.com/x and https://example.com/a:b@c");
}

TEST(FailureTextTest, MasksSecretKeyValuePairsAndBearerTokens) {
  EXPECT_EQ(failureText("host=db password=hunter2 user=app"), "host=db password=*** user=app");
  EXPECT_EQ(failureText("s3?X-Amz-Token=abc&x=1 api_key: 123"),
            "s3?X-Amz-Token=***&x=1 api_key: ***");
  EXPECT_EQ(failureText(R"({"db_password":"p w","ok":1})"), R"({"db_password":"***","ok":1})");
  EXPECT_EQ(failureText("Authorization: Bearer eyJabc.def"), "Authorization: Bearer ***");
  EXPECT_EQ(failureText("sent bearer eyJabc.def to api"), "sent bearer *** to api");
  EXPECT_EQ(failureText("PASSWORD=x"), "PASSWORD=***");
  EXPECT_EQ(failureText("secret='a b' next"), "secret='***' next");
}

TEST(FailureTextTest, ReplacesControlCharacters) {
  EXPECT_EQ(failureText("line one\nline two\ttab\x01"), "line one line two tab ");
}

TEST(FailureTextTest, TruncatesOnACharacterBoundary) {
  const std::string long_text(5000, 'x');
  const auto cut = failureText(long_text);
  EXPECT_LE(cut.size(), kMaxErrorBytes);
  EXPECT_EQ(cut.substr(cut.size() - 3), "\xE2\x80\xA6");

  // "ø" is two bytes; a cut in the middle of one must back up to before it.
  const std::string norwegian = "abcøøøø";           // a b c then 4 × 2 bytes = 11 bytes
  const auto short_cut = failureText(norwegian, 9);  // room for 6 bytes + "…"
  EXPECT_EQ(short_cut, "abcø\xE2\x80\xA6");
  EXPECT_EQ(failureText(norwegian, 11), norwegian);
}

}  // namespace
}  // namespace masseflyt::jobs
