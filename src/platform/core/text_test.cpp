#include "platform/core/text.hpp"

#include <gtest/gtest.h>

namespace masseflyt::text {
namespace {

TEST(Text, FoldCaseKnowsNorwegianLetters) {
  EXPECT_EQ(foldCase("BÆRUM Øst ÅS É"), "bærum øst ås é");
  EXPECT_EQ(foldCase("×"), "×");  // U+00D7 has no small letter
  EXPECT_EQ(foldCase("abc 123"), "abc 123");
}

TEST(Text, LikeEscapeEscapesWildcardsAndTheEscape) {
  EXPECT_EQ(likeEscape(R"(50% a_b \x)"), R"(50\% a\_b \\x)");
}

TEST(Text, PercentEncodeKeepsOnlyUnreserved) {
  EXPECT_EQ(percentEncode("a b&c=æ/"), "a%20b%26c%3D%C3%A6%2F");
  EXPECT_EQ(percentEncode("A-z_0.9~"), "A-z_0.9~");
}

TEST(Text, Trim) {
  EXPECT_EQ(trim("  a b \t\n"), "a b");
  EXPECT_EQ(trim(" \t "), "");
}

TEST(Text, GlobEscapeMakesWildcardsLiteral) {
  EXPECT_EQ(globEscape("masse 42"), "masse 42");
  EXPECT_EQ(globEscape("5*3?[a]"), "5[*]3[?][[]a]");
  EXPECT_EQ(globEscape(""), "");
}

}  // namespace
}  // namespace masseflyt::text
