#include "modules/identity/accounts/app/address_hash.hpp"

#include <gtest/gtest.h>

#include <soci/soci.h>

#include "modules/identity/accounts/app/login.hpp"
#include "platform/db/migrator.hpp"
#include "platform/db/testing/test_database.hpp"

namespace masseflyt::identity::accounts {
namespace {

class AddressHashTest : public db::testing::DatabaseTest {};

TEST_P(AddressHashTest, EveryLoadOfOneDatabaseGivesTheSameKey) {
  loadAddressHashKey(db());
  const auto first = hashAddress("192.0.2.10");
  loadAddressHashKey(db());
  EXPECT_EQ(hashAddress("192.0.2.10"), first);
  auto lease = db().lease();
  int keys = 0;
  lease.session() << "SELECT COUNT(*) FROM account_secrets", soci::into(keys);
  EXPECT_EQ(keys, 1);
}

TEST_P(AddressHashTest, TheHashIsKeyedAndPerUse) {
  loadAddressHashKey(db());
  const auto hashed = hashAddress("192.0.2.10");
  EXPECT_EQ(hashed.size(), 64u);
  EXPECT_NE(hashed, hashAddress("192.0.2.11"));
  // The throttle key of the same address is unrelated to the stored hash.
  EXPECT_EQ(addressThrottleKey("192.0.2.10").find(hashed), std::string::npos);
  // Another database (another deployment) has another key.
  db::testing::ScratchDatabase other_scratch(engine());
  auto other = db::Database::open({.url = other_scratch.url(), .pool_size = 1});
  db::migrate(*other, db::embeddedMigrations());
  loadAddressHashKey(*other);
  EXPECT_NE(hashAddress("192.0.2.10"), hashed);
  EXPECT_TRUE(hashAddress("").empty());
}

MF_INSTANTIATE_DATABASE_TEST(AddressHashTest);

}  // namespace
}  // namespace masseflyt::identity::accounts
