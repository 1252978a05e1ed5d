#include "platform/privacy/erasure.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <algorithm>

#include "platform/db/testing/test_database.hpp"

namespace masseflyt::privacy {
namespace {

class ErasureTest : public db::testing::DatabaseTest {};

TEST_P(ErasureTest, RunsEveryRegisteredEraserInNameOrderInsideTheCallersTransaction) {
  {
    auto lease = db().lease();
    *lease << "CREATE TABLE erasure_probe (name TEXT NOT NULL, user_id TEXT NOT NULL)";
  }
  std::vector<std::string> order;
  const auto probe = [&order](std::string name) {
    return [&order, name](db::Database::Lease& lease, const std::string& user_id) {
      order.push_back(name);
      *lease << "INSERT INTO erasure_probe (name, user_id) VALUES (:name, :user_id)", soci::use(name, "name"),
          soci::use(user_id, "user_id");
    };
  };
  registerEraser("test.b", probe("b"));
  registerEraser("test.a", probe("first a"));
  registerEraser("test.a", probe("a"));  // a second registration replaces the first
  const auto names = eraserNames();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(std::count(names.begin(), names.end(), "test.a"), 1);

  auto lease = db().lease();
  {
    db::Transaction transaction(lease);
    eraseEverywhere(lease, "person-1");
  }  // not committed: the erasers' writes roll back with the caller's transaction
  std::int64_t rows = -1;
  *lease << "SELECT COUNT(*) FROM erasure_probe", soci::into(rows);
  EXPECT_EQ(rows, 0);
  order.clear();
  {
    db::Transaction transaction(lease);
    eraseEverywhere(lease, "person-1");
    transaction.commit();
  }
  EXPECT_EQ(order, (std::vector<std::string>{"a", "b"}));
  *lease << "SELECT COUNT(*) FROM erasure_probe WHERE user_id = 'person-1'", soci::into(rows);
  EXPECT_EQ(rows, 2);
}

MF_INSTANTIATE_DATABASE_TEST(ErasureTest);

}  // namespace
}  // namespace masseflyt::privacy
