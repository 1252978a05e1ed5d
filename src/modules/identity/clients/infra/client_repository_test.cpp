#include "modules/identity/clients/infra/client_repository.hpp"

#include <gtest/gtest.h>

#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::clients {
namespace {

class ClientRepositoryTest : public db::testing::DatabaseTest {
 protected:
  ApiClientRecord client(const std::string& organisation, std::int64_t created_at) {
    ApiClientRecord c;
    c.id = db::newUuidV7();
    c.organisation_id = organisation;
    c.name = "Fagsystem «Grus» æøå";
    c.scopes = {"identity.members.read", "identity.api_clients.manage"};
    c.secret_hash = "hash-" + c.id;
    c.status = "active";
    c.created_at = created_at;
    c.created_by = "user-1";
    c.secret_rotated_at = created_at;
    return c;
  }
};

TEST_P(ClientRepositoryTest, StoresFindsAndListsClientsPerOrganisationNewestFirst) {
  auto lease = db().lease();
  const auto older = client("org-a", 1000);
  const auto newer = client("org-a", 2000);
  const auto other = client("org-b", 3000);
  repository::insertClient(lease, older);
  repository::insertClient(lease, newer);
  repository::insertClient(lease, other);
  const auto found = repository::findClient(lease, older.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->name, older.name);
  EXPECT_EQ(found->scopes, older.scopes);
  EXPECT_EQ(found->secret_hash, older.secret_hash);
  EXPECT_TRUE(found->active());
  EXPECT_FALSE(found->last_used_at.has_value());
  EXPECT_FALSE(repository::findClient(lease, "nope").has_value());
  const auto list = repository::listClients(lease, "org-a");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, newer.id);
  EXPECT_EQ(list[1].id, older.id);
  EXPECT_TRUE(repository::listClients(lease, "org-c").empty());
}

TEST_P(ClientRepositoryTest, RotationAndRevocationAreFencedOnActive) {
  auto lease = db().lease();
  const auto c = client("org-a", 1000);
  repository::insertClient(lease, c);
  EXPECT_TRUE(repository::replaceSecret(lease, c.id, "new-hash", 5000));
  auto found = repository::findClient(lease, c.id);
  EXPECT_EQ(found->secret_hash, "new-hash");
  EXPECT_EQ(found->secret_rotated_at, 5000);
  repository::touchClient(lease, c.id, 6000);
  EXPECT_EQ(repository::findClient(lease, c.id)->last_used_at.value(), 6000);
  EXPECT_TRUE(repository::revokeClient(lease, c.id, "user-2", 7000));
  EXPECT_FALSE(repository::revokeClient(lease, c.id, "user-3", 8000));  // once only
  EXPECT_FALSE(repository::replaceSecret(lease, c.id, "again", 9000));
  found = repository::findClient(lease, c.id);
  EXPECT_EQ(found->status, "revoked");
  EXPECT_EQ(found->revoked_at.value(), 7000);
  EXPECT_EQ(found->revoked_by.value(), "user-2");
  EXPECT_EQ(found->secret_hash, "new-hash");
  // Kept for history.
  EXPECT_EQ(repository::listClients(lease, "org-a").size(), 1u);
}

TEST_P(ClientRepositoryTest, KeysRotateAndOldOnesStayRetired) {
  auto lease = db().lease();
  SigningKeyRecord first{"kid-1", "ES256", R"({"kty":"EC"})", "plain:{}", "active", 1000, {}};
  SigningKeyRecord second{"kid-2", "ES256", R"({"kty":"EC"})", "aesgcm:xyz", "active", 2000, {}};
  repository::insertKey(lease, first);
  repository::insertKey(lease, second);
  EXPECT_EQ(repository::retireOtherKeys(lease, "kid-2", 3000), 1);
  EXPECT_EQ(repository::retireOtherKeys(lease, "kid-2", 4000), 0);
  const auto keys = repository::listKeys(lease);
  ASSERT_EQ(keys.size(), 2u);
  EXPECT_EQ(keys[0].kid, "kid-2");
  EXPECT_EQ(keys[0].status, "active");
  EXPECT_FALSE(keys[0].retired_at.has_value());
  EXPECT_EQ(keys[0].protected_private, "aesgcm:xyz");
  EXPECT_EQ(keys[1].kid, "kid-1");
  EXPECT_EQ(keys[1].status, "retired");
  EXPECT_EQ(keys[1].retired_at.value(), 3000);
}

MF_INSTANTIATE_DATABASE_TEST(ClientRepositoryTest);

}  // namespace
}  // namespace masseflyt::identity::clients
