#include "platform/api/pagination.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "platform/core/error.hpp"

namespace masseflyt::api {
namespace {

http::Request requestWithQuery(std::string query) {
  http::Request request;
  request.path = "/api/v1/test";
  request.query = std::move(query);
  return request;
}

TEST(Cursor, RoundTripsAnySortKeyIncludingBinaryAndNorwegianLetters) {
  const std::vector<std::string> keys = {"",        "a",        "ab", "abc", "2026-01-01|0190b1c2",
                                         "Bærum|ø", std::string("\0\xff", 2)};
  for (const auto& key : keys) {
    const auto cursor = encodeCursor(key);
    EXPECT_EQ(cursor.find_first_of("+/="), std::string::npos) << cursor;
    ASSERT_EQ(decodeCursor(cursor), key);
  }
}

TEST(Cursor, RejectsTextThisServerDidNotIssue) {
  EXPECT_EQ(decodeCursor(""), std::nullopt);
  EXPECT_EQ(decodeCursor("not a cursor"), std::nullopt);
  EXPECT_EQ(decodeCursor("YWJj"), std::nullopt);  // "abc" without the version prefix
  EXPECT_EQ(decodeCursor(std::string(600, 'A')), std::nullopt);
}

TEST(Cursor, OffsetCursorsRoundTripAndRejectAnythingElse) {
  const auto key = decodeCursor(encodeOffsetCursor(150));
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(offsetFromCursorKey(*key), 150);
  EXPECT_EQ(offsetFromCursorKey("o0"), 0);
  EXPECT_EQ(offsetFromCursorKey("o9999999999"), 9'999'999'999);
  for (const char* bad : {"", "o", "0", "o-1", "o+1", "o1a", "o99999999999", "p10", "01a2b3c4"}) {
    EXPECT_EQ(offsetFromCursorKey(bad), std::nullopt) << bad;
  }
}

TEST(PageRequest, UsesDefaultsWithoutParameters) {
  const auto page = parsePageRequest(requestWithQuery(""), {25, 100});
  EXPECT_EQ(page.limit, 25u);
  EXPECT_FALSE(page.after.has_value());
}

TEST(PageRequest, ReadsLimitAndCursor) {
  const auto page = parsePageRequest(requestWithQuery("limit=10&cursor=" + encodeCursor("k")));
  EXPECT_EQ(page.limit, 10u);
  EXPECT_EQ(page.after, "k");
}

TEST(PageRequest, ReportsEveryBadParameterAtOnce) {
  try {
    parsePageRequest(requestWithQuery("limit=0&cursor=%%%"));
    FAIL() << "expected a validation error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Validation);
    ASSERT_EQ(error.fields().size(), 2u);
    EXPECT_EQ(error.fields()[0].field, "limit");
    EXPECT_EQ(error.fields()[1].field, "cursor");
  }
}

TEST(PageRequest, RejectsLimitAboveMaximumAndNonNumbers) {
  for (const char* query : {"limit=201", "limit=abc", "limit=5x", "limit=-1", "limit="}) {
    EXPECT_THROW(parsePageRequest(requestWithQuery(query)), Error) << query;
  }
}

}  // namespace
}  // namespace masseflyt::api
