#include "modules/identity/accounts/infra/account_repository.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "platform/db/testing/test_database.hpp"

namespace masseflyt::identity::accounts::repository {
namespace {

class AccountRepositoryTest : public db::testing::DatabaseTest {
 protected:
  UserRow user(std::string id, std::string email) {
    UserRow row;
    row.id = std::move(id);
    row.email = std::move(email);
    row.display_name = "Kari Nordmann";
    row.password_hash = "$argon2id$x";
    row.created_at = 1;
    row.updated_at = 1;
    return row;
  }
  SessionRow session(std::string id_hash, std::optional<std::string> user_id) {
    SessionRow row;
    row.id_hash = std::move(id_hash);
    row.user_id = std::move(user_id);
    row.stage = "active";
    row.csrf_token = "csrf";
    row.created_at = 1000;
    row.last_seen_at = 1000;
    row.expires_at = 5000;
    return row;
  }
};

TEST_P(AccountRepositoryTest, UsersByEmailAndId) {
  auto lease = db().lease();
  insertUser(lease, user("u1", "kari@example.no"));
  const auto found = findUserByEmail(lease, "kari@example.no");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, "u1");
  EXPECT_EQ(found->display_name, "Kari Nordmann");
  EXPECT_FALSE(found->totp_secret.has_value());
  EXPECT_FALSE(found->phone.has_value());
  EXPECT_EQ(found->status, "active");
  EXPECT_TRUE(findUserById(lease, "u1").has_value());
  EXPECT_FALSE(findUserByEmail(lease, "ola@example.no").has_value());
  EXPECT_THROW(insertUser(lease, user("u2", "kari@example.no")), std::exception);  // unique e-mail
}

TEST_P(AccountRepositoryTest, TotpStepIsClaimedOnlyOnce) {
  auto lease = db().lease();
  insertUser(lease, user("u1", "kari@example.no"));
  setTotpSecret(lease, "u1", "JBSWY3DPEHPK3PXP", 100, 2);
  EXPECT_EQ(findUserById(lease, "u1")->totp_secret, "JBSWY3DPEHPK3PXP");
  EXPECT_FALSE(claimTotpStep(lease, "u1", 100));
  EXPECT_FALSE(claimTotpStep(lease, "u1", 99));
  EXPECT_TRUE(claimTotpStep(lease, "u1", 101));
  EXPECT_FALSE(claimTotpStep(lease, "u1", 101));
  EXPECT_EQ(findUserById(lease, "u1")->totp_last_step, 101);
}

TEST_P(AccountRepositoryTest, PlatformRoles) {
  auto lease = db().lease();
  insertUser(lease, user("u1", "kari@example.no"));
  EXPECT_TRUE(platformRoles(lease, "u1").empty());
  EXPECT_TRUE(addPlatformRole(lease, "u1", "tilsyn"));
  EXPECT_FALSE(addPlatformRole(lease, "u1", "tilsyn"));
  EXPECT_TRUE(addPlatformRole(lease, "u1", "administrator"));
  EXPECT_EQ(platformRoles(lease, "u1"), (std::vector<std::string>{"administrator", "tilsyn"}));
  EXPECT_THROW(addPlatformRole(lease, "u1", "superuser"), std::exception);  // CHECK constraint
}

TEST_P(AccountRepositoryTest, MembershipsWithOrganisationVerifiedAndPendingOnly) {
  auto lease = db().lease();
  insertUser(lease, user("u1", "kari@example.no"));
  *lease << "INSERT INTO organisations (id, organisasjonsnummer, name, search_name, register_status,"
            " created_at, updated_at) VALUES ('o1', '974760673', 'Bærum kommune', 'bærum kommune',"
            " 'aktiv', 1, 1)";
  const auto member = [&](const char* id, const char* role, const char* status) {
    *lease << "INSERT INTO memberships (id, user_id, organisation_id, role, status, requested_at) "
              "VALUES (:id, 'u1', 'o1', :role, :status, 1)",
        soci::use(std::string(id)), soci::use(std::string(role)), soci::use(std::string(status));
  };
  member("m1", "org_admin", "verified");
  member("m2", "representative", "pending");
  member("m3", "driver", "rejected");
  const auto list = memberships(lease, "u1");
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].role, "org_admin");
  EXPECT_TRUE(list[0].verified);
  EXPECT_EQ(list[0].organisation_name, "Bærum kommune");
  EXPECT_EQ(list[0].organisation_number, "974760673");
  EXPECT_EQ(list[1].role, "representative");
  EXPECT_FALSE(list[1].verified);
}

TEST_P(AccountRepositoryTest, SessionsLifecycle) {
  auto lease = db().lease();
  insertUser(lease, user("u1", "kari@example.no"));
  insertSession(lease, session("h1", std::string("u1")));
  insertSession(lease, session("h2", std::string("u1")));
  insertSession(lease, session("pre", std::nullopt));

  auto found = findSession(lease, "h1");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->user_id, "u1");
  EXPECT_EQ(found->csrf_token, "csrf");
  EXPECT_FALSE(found->step_up_at.has_value());
  EXPECT_FALSE(findSession(lease, "pre")->user_id.has_value());

  touchSession(lease, "h1", 2000);
  setStepUp(lease, "h1", 2100);
  setPendingTotpSecret(lease, "h1", std::string("JBSWY3DP"));
  found = findSession(lease, "h1");
  EXPECT_EQ(found->last_seen_at, 2000);
  EXPECT_EQ(found->step_up_at, 2100);
  EXPECT_EQ(found->pending_totp_secret, "JBSWY3DP");
  setPendingTotpSecret(lease, "h1", std::nullopt);
  EXPECT_FALSE(findSession(lease, "h1")->pending_totp_secret.has_value());

  EXPECT_EQ(deleteSessionsOfUser(lease, "u1"), 2);
  EXPECT_FALSE(findSession(lease, "h1").has_value());
  EXPECT_TRUE(findSession(lease, "pre").has_value());

  // Expired by absolute end (5000) or idleness.
  EXPECT_EQ(deleteExpiredSessions(lease, 4000, 1000), 1);  // last_seen 1000 <= 3000
  EXPECT_FALSE(findSession(lease, "pre").has_value());
}

TEST_P(AccountRepositoryTest, FailureCountersPerKey) {
  auto lease = db().lease();
  for (std::int64_t at : {100, 200, 300}) recordFailure(lease, "a:x", at);
  recordFailure(lease, "i:y", 250);
  EXPECT_EQ(failuresSince(lease, "a:x", 150), (std::vector<std::int64_t>{200, 300}));
  EXPECT_EQ(failuresSince(lease, "i:y", 0), (std::vector<std::int64_t>{250}));
  pruneFailures(lease, 201);
  EXPECT_EQ(failuresSince(lease, "a:x", 0), (std::vector<std::int64_t>{300}));
  clearFailures(lease, "a:x");
  EXPECT_TRUE(failuresSince(lease, "a:x", 0).empty());
  EXPECT_EQ(failuresSince(lease, "i:y", 0).size(), 1U);
}

MF_INSTANTIATE_DATABASE_TEST(AccountRepositoryTest);

}  // namespace
}  // namespace masseflyt::identity::accounts::repository
