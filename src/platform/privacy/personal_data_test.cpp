#include "platform/privacy/personal_data.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <algorithm>

#include "platform/db/testing/test_database.hpp"

namespace masseflyt::privacy {
namespace {

class PersonalDataTest : public db::testing::DatabaseTest {};

TEST_P(PersonalDataTest, RunsEveryRegisteredEraserInNameOrderInsideTheCallersTransaction) {
  {
    auto lease = db().lease();
    *lease << "CREATE TABLE erasure_probe (name TEXT NOT NULL, user_id TEXT NOT NULL)";
  }
  std::vector<std::string> order;
  const auto probe = [&order](std::string name) {
    return PersonalDataPart{
        [name](db::Database::Lease&, const std::string& user_id) {
          return "{\"part\":\"" + name + "\",\"user\":\"" + user_id + "\"}";
        },
        [&order, name](db::Database::Lease& lease, const std::string& user_id) {
          order.push_back(name);
          *lease << "INSERT INTO erasure_probe (name, user_id) VALUES (:name, :user_id)", soci::use(name, "name"),
              soci::use(user_id, "user_id");
        }};
  };
  registerPart("test.b", probe("b"));
  registerPart("test.a", probe("first a"));
  registerPart("test.a", probe("a"));  // a second registration replaces the first
  const auto names = partNames();
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

TEST_P(PersonalDataTest, ExportsEveryRegisteredPartInNameOrder) {
  const auto part = [](std::string text) {
    return PersonalDataPart{[text](db::Database::Lease&, const std::string& user_id) { return text + user_id; },
                            [](db::Database::Lease&, const std::string&) {}};
  };
  registerPart("test.y", part("y:"));
  registerPart("test.x", part("x:"));
  auto lease = db().lease();
  const auto exported = exportEverywhere(lease, "person-2");
  const auto x = std::find(exported.begin(), exported.end(), std::pair<std::string, std::string>{"test.x", "x:person-2"});
  const auto y = std::find(exported.begin(), exported.end(), std::pair<std::string, std::string>{"test.y", "y:person-2"});
  ASSERT_NE(x, exported.end());
  ASSERT_NE(y, exported.end());
  EXPECT_LT(x, y);
}

MF_INSTANTIATE_DATABASE_TEST(PersonalDataTest);

}  // namespace
}  // namespace masseflyt::privacy
