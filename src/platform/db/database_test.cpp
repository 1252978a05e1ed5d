#include <gtest/gtest.h>
#include <soci/soci.h>

#include <atomic>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/db/database.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::db {
namespace {

using testing::DatabaseTest;

class DatabasePoolTest : public DatabaseTest {};

TEST_P(DatabasePoolTest, PingsAndReportsEngine) {
  EXPECT_EQ(db().engine(), GetParam());
  EXPECT_TRUE(db().ping());
}

TEST_P(DatabasePoolTest, LeaseTimesOutWhenPoolIsExhaustedAndRecoversOnGiveBack) {
  auto small = Database::open(
      {.url = url(), .pool_size = 2, .lease_timeout = std::chrono::milliseconds(100)});
  {
    auto a = small->lease();
    auto b = small->lease();
    try {
      auto c = small->lease();
      FAIL() << "expected pool timeout";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Unavailable);
      EXPECT_EQ(e.messageKey(), "db.error.pool_timeout");
    }
    EXPECT_FALSE(small->ping());
  }
  EXPECT_TRUE(small->ping());
  auto again = small->lease();
  int one = 0;
  *again << "SELECT 1", soci::into(one);
  EXPECT_EQ(one, 1);
}

TEST_P(DatabasePoolTest, ConcurrentLeasesShareThePool) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        auto lease = db().lease();
        Transaction tx(lease);
        const std::string id = newUuidV7();
        const std::int64_t now = nowEpochMs();
        *lease << "INSERT INTO jobs (id, kind, payload, run_at, attempts, created_at) "
                  "VALUES (:id, 'test', '{}', :now, 0, :now)",
            soci::use(id, "id"), soci::use(now, "now");
        tx.commit();
        ++ok;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(ok.load(), 160);
  auto lease = db().lease();
  std::int64_t count = 0;
  *lease << "SELECT COUNT(*) FROM jobs", soci::into(count);
  EXPECT_EQ(count, 160);
}

TEST_P(DatabasePoolTest, ForeignKeysAreEnforcedOnEveryConnection) {
  {
    auto lease = db().lease();
    *lease << "CREATE TABLE parent (id TEXT PRIMARY KEY)";
    *lease << "CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT NOT NULL REFERENCES "
              "parent(id))";
  }
  // Hold every pooled connection at once so each one is checked, not just the first free one.
  std::vector<Database::Lease> leases;
  for (int i = 0; i < 4; ++i) leases.push_back(db().lease());
  for (auto& lease : leases) {
    EXPECT_THROW((*lease << "INSERT INTO child (id, parent_id) VALUES ('c', 'missing')"),
                 soci::soci_error);
  }
}

TEST_P(DatabasePoolTest, TransactionRollsBackUnlessCommitted) {
  auto lease = db().lease();
  {
    Transaction tx(lease);
    *lease << "INSERT INTO jobs (id, kind, payload, run_at, attempts, created_at) "
              "VALUES ('x', 'k', '', 0, 0, 0)";
  }
  std::int64_t count = -1;
  *lease << "SELECT COUNT(*) FROM jobs", soci::into(count);
  EXPECT_EQ(count, 0);
}

MF_INSTANTIATE_DATABASE_TEST(DatabasePoolTest);

TEST(DatabaseSqlite, UsesWalAndCreatesParentDirectory) {
  testing::ScratchDatabase scratch(Engine::Sqlite);
  const std::string url = scratch.url().substr(0, scratch.url().rfind('/')) + "/nested dir/x.db";
  auto db = Database::open({.url = url});
  auto lease = db->lease();
  std::string mode;
  int foreign_keys = 0;
  int synchronous = 0;
  *lease << "PRAGMA journal_mode", soci::into(mode);
  *lease << "PRAGMA foreign_keys", soci::into(foreign_keys);
  *lease << "PRAGMA synchronous", soci::into(synchronous);
  EXPECT_EQ(mode, "wal");
  EXPECT_EQ(foreign_keys, 1);
  EXPECT_EQ(synchronous, 1);  // NORMAL
}

TEST(DatabaseOpen, RejectsUnknownUrlScheme) {
  try {
    Database::open({.url = "mysql://u:pw@h/db"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.messageKey(), "db.error.url");
    EXPECT_EQ(std::string(e.what()).find("pw@"), std::string::npos);
  }
}

TEST(DatabaseOpen, ConnectFailureIsUnavailableWithPasswordMasked) {
  try {
    // Port 1 on loopback refuses at once.
    Database::open({.url = "postgresql://app:topsecret@127.0.0.1:1/mf?connect_timeout=2"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(e.messageKey(), "db.error.connect");
    EXPECT_EQ(std::string(e.what()).find("topsecret"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("app:***@"), std::string::npos) << e.what();
  }
}

TEST(DatabasePostgres, ReconnectsAfterConnectionsAreKilled) {
  testing::ScratchDatabase scratch(Engine::Postgres);
  auto db = Database::open({.url = scratch.url(), .pool_size = 2});
  ASSERT_TRUE(db->ping());
  {
    auto admin = Database::open({.url = testing::postgresServerUrl(), .pool_size = 1});
    std::string dbname = scratch.url().substr(scratch.url().rfind('/') + 1);
    int killed = 0;
    *admin->lease()
        << "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :d",
        soci::use(dbname), soci::into(killed);
    EXPECT_EQ(killed, 2);
  }
  // The first use of a dead connection fails; ping heals it and later leases reconnect.
  EXPECT_TRUE(db->ping());
  EXPECT_TRUE(db->ping());
  EXPECT_TRUE(db->ping());
}

}  // namespace
}  // namespace masseflyt::db
