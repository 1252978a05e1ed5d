#include "platform/db/optional.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>

#include "platform/db/testing/test_database.hpp"

namespace masseflyt::db {
namespace {

class OptionalConversionTest : public testing::DatabaseTest {};

TEST_P(OptionalConversionTest, RoundTripsNullAndValues) {
  auto lease = db().lease();
  *lease << "CREATE TABLE opt (id INTEGER PRIMARY KEY, n BIGINT NULL, s TEXT NULL, i INTEGER NULL)";

  const std::optional<std::int64_t> big = (std::int64_t{1} << 40) + 7;
  const std::optional<std::string> text = std::string("æøå ÆØÅ");
  const std::optional<int> small = -5;
  const std::optional<std::int64_t> no_number;
  const std::optional<std::string> no_text;
  const std::optional<int> no_int;
  *lease << "INSERT INTO opt (id, n, s, i) VALUES (1, :n, :s, :i)", soci::use(big, "n"),
      soci::use(text, "s"), soci::use(small, "i");
  *lease << "INSERT INTO opt (id, n, s, i) VALUES (2, :n, :s, :i)", soci::use(no_number, "n"),
      soci::use(no_text, "s"), soci::use(no_int, "i");

  std::optional<std::int64_t> n;
  std::optional<std::string> s;
  std::optional<int> i;
  *lease << "SELECT n, s, i FROM opt WHERE id = 1", soci::into(n), soci::into(s), soci::into(i);
  EXPECT_EQ(n, big);
  EXPECT_EQ(s, text);
  EXPECT_EQ(i, small);

  *lease << "SELECT n, s, i FROM opt WHERE id = 2", soci::into(n), soci::into(s), soci::into(i);
  EXPECT_EQ(n, std::nullopt);
  EXPECT_EQ(s, std::nullopt);
  EXPECT_EQ(i, std::nullopt);
}

TEST_P(OptionalConversionTest, Int64BeyondThirtyTwoBitsThroughStaticBinding) {
  auto lease = db().lease();
  const std::int64_t ms = 4102444800123LL;  // 2100-01-01, far above 2^31
  *lease << "INSERT INTO jobs (id, kind, payload, run_at, attempts, created_at) "
            "VALUES ('j', 'k', 'æøå', :ms, 0, :ms)",
      soci::use(ms, "ms");
  std::int64_t run_at = 0;
  std::string payload;
  std::optional<std::int64_t> locked_until = 1;
  *lease << "SELECT run_at, payload, locked_until FROM jobs WHERE id = 'j'", soci::into(run_at),
      soci::into(payload), soci::into(locked_until);
  EXPECT_EQ(run_at, ms);
  EXPECT_EQ(payload, "æøå");
  EXPECT_FALSE(locked_until.has_value());
}

MF_INSTANTIATE_DATABASE_TEST(OptionalConversionTest);

}  // namespace
}  // namespace masseflyt::db
