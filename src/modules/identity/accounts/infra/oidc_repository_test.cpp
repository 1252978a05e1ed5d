#include "modules/identity/accounts/infra/oidc_repository.hpp"

#include <gtest/gtest.h>

#include "platform/db/testing/test_database.hpp"

namespace masseflyt::identity::accounts::repository {
namespace {

class OidcRepositoryTest : public db::testing::DatabaseTest {
 protected:
  static PendingOidcLogin pending(std::string state_hash, std::int64_t expires_at) {
    PendingOidcLogin row;
    row.state_hash = std::move(state_hash);
    row.nonce = "nonce-1";
    row.code_verifier = "verifier-1";
    row.next = "/konto";
    row.created_at = 1000;
    row.expires_at = expires_at;
    return row;
  }
  static UserRow user(std::string id, std::string email) {
    UserRow row;
    row.id = std::move(id);
    row.email = std::move(email);
    row.display_name = "Kari Nordmann";
    row.created_at = 1;
    row.updated_at = 1;
    return row;
  }
};

TEST_P(OidcRepositoryTest, PendingLoginIsTakenOnce) {
  auto lease = db().lease();
  insertPendingOidcLogin(lease, pending("h1", 5000));
  const auto taken = takePendingOidcLogin(lease, "h1", 2000);
  ASSERT_TRUE(taken);
  EXPECT_EQ(taken->nonce, "nonce-1");
  EXPECT_EQ(taken->code_verifier, "verifier-1");
  EXPECT_EQ(taken->next, "/konto");
  EXPECT_EQ(taken->expires_at, 5000);
  EXPECT_FALSE(takePendingOidcLogin(lease, "h1", 2000));  // replay
  EXPECT_FALSE(takePendingOidcLogin(lease, "unknown", 2000));
}

TEST_P(OidcRepositoryTest, ExpiredPendingLoginIsRefusedAndDeleted) {
  auto lease = db().lease();
  insertPendingOidcLogin(lease, pending("h1", 5000));
  EXPECT_FALSE(takePendingOidcLogin(lease, "h1", 5000));
  insertPendingOidcLogin(lease, pending("h1", 5000));  // the row is gone: same key again works
  EXPECT_TRUE(takePendingOidcLogin(lease, "h1", 4999));
}

TEST_P(OidcRepositoryTest, DeletesOnlyExpiredPendingLogins) {
  auto lease = db().lease();
  insertPendingOidcLogin(lease, pending("old", 3000));
  insertPendingOidcLogin(lease, pending("new", 9000));
  EXPECT_EQ(deleteExpiredOidcLogins(lease, 5000), 1);
  EXPECT_FALSE(takePendingOidcLogin(lease, "old", 1000));
  EXPECT_TRUE(takePendingOidcLogin(lease, "new", 5000));
}

TEST_P(OidcRepositoryTest, DuplicateStateHashIsRefused) {
  auto lease = db().lease();
  insertPendingOidcLogin(lease, pending("h1", 5000));
  EXPECT_THROW(insertPendingOidcLogin(lease, pending("h1", 5000)), std::exception);
}

TEST_P(OidcRepositoryTest, LinksSubjectOnceAndFindsByIt) {
  auto lease = db().lease();
  insertUser(lease, user("u1", "kari@example.no"));
  EXPECT_FALSE(hasOidcLink(lease, "u1"));
  EXPECT_FALSE(findUserByOidcSubject(lease, "https://idporten.no", "sub-1"));
  EXPECT_TRUE(linkOidcSubject(lease, "u1", "https://idporten.no", "sub-1", 10));
  EXPECT_TRUE(hasOidcLink(lease, "u1"));
  const auto found = findUserByOidcSubject(lease, "https://idporten.no", "sub-1");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, "u1");
  EXPECT_EQ(found->updated_at, 10);
  // The same subject at another issuer is another person.
  EXPECT_FALSE(findUserByOidcSubject(lease, "https://login.example", "sub-1"));
  // An existing link is never replaced.
  EXPECT_FALSE(linkOidcSubject(lease, "u1", "https://login.example", "sub-2", 20));
  EXPECT_EQ(findUserByOidcSubject(lease, "https://idporten.no", "sub-1")->id, "u1");
}

TEST_P(OidcRepositoryTest, OneSubjectBelongsToOneUser) {
  auto lease = db().lease();
  insertUser(lease, user("u1", "kari@example.no"));
  insertUser(lease, user("u2", "ola@example.no"));
  ASSERT_TRUE(linkOidcSubject(lease, "u1", "https://idporten.no", "sub-1", 10));
  EXPECT_THROW(linkOidcSubject(lease, "u2", "https://idporten.no", "sub-1", 10), std::exception);
}

MF_INSTANTIATE_DATABASE_TEST(OidcRepositoryTest);

}  // namespace
}  // namespace masseflyt::identity::accounts::repository
