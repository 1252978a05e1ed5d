#include "modules/identity/accounts/infra/password_reset_repository.hpp"

#include <gtest/gtest.h>

#include "modules/identity/accounts/infra/account_repository.hpp"
#include "platform/db/testing/test_database.hpp"

namespace masseflyt::identity::accounts::repository {
namespace {

class PasswordResetRepositoryTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    auto lease = db().lease();
    UserRow user;
    user.id = "u1";
    user.email = "kari@example.no";
    user.display_name = "Kari Nordmann";
    user.created_at = 1;
    user.updated_at = 1;
    insertUser(lease, user);
  }
  static PasswordResetRow row(std::string hash, std::int64_t expires_at) {
    return {std::move(hash), "u1", 1000, expires_at, std::nullopt};
  }
};

TEST_P(PasswordResetRepositoryTest, TokenIsClaimedOnceAndOnlyBeforeItExpires) {
  auto lease = db().lease();
  insertPasswordReset(lease, row("h1", 5000));
  insertPasswordReset(lease, row("h2", 5000));
  const auto found = findPasswordReset(lease, "h1");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->user_id, "u1");
  EXPECT_EQ(found->expires_at, 5000);
  EXPECT_FALSE(found->used_at.has_value());
  EXPECT_FALSE(findPasswordReset(lease, "nope").has_value());

  EXPECT_FALSE(claimPasswordReset(lease, "h1", 5000));  // expired at its expiry instant
  EXPECT_TRUE(claimPasswordReset(lease, "h1", 4999));
  EXPECT_FALSE(claimPasswordReset(lease, "h1", 4999));  // never twice
  EXPECT_EQ(findPasswordReset(lease, "h1")->used_at, 4999);
  EXPECT_FALSE(claimPasswordReset(lease, "unknown", 1));
}

TEST_P(PasswordResetRepositoryTest, VoidingAndPruning) {
  auto lease = db().lease();
  insertPasswordReset(lease, row("h1", 5000));
  insertPasswordReset(lease, row("h2", 9000));
  voidPasswordResetsOfUser(lease, "u1", 3000);
  EXPECT_EQ(findPasswordReset(lease, "h2")->used_at, 3000);
  EXPECT_FALSE(claimPasswordReset(lease, "h2", 3001));
  prunePasswordResets(lease, 6000);
  EXPECT_FALSE(findPasswordReset(lease, "h1").has_value());
  EXPECT_TRUE(findPasswordReset(lease, "h2").has_value());
}

MF_INSTANTIATE_DATABASE_TEST(PasswordResetRepositoryTest);

}  // namespace
}  // namespace masseflyt::identity::accounts::repository
