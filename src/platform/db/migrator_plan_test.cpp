#include <gtest/gtest.h>

#include <vector>

#include "platform/core/error.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/db/migrator.hpp"

namespace masseflyt::db {
namespace {

using Files = std::vector<EmbeddedFile>;

TEST(PlanMigrations, OrdersPlatformFirstThenModulesByVersion) {
  const Files files = {
      {"modules/masses/migrations/0002_more.sql", "B"},
      {"modules/masses/migrations/0001_start.sql", "A"},
      {"modules/identity/migrations/0001_users.sql", "U"},
      {"platform/jobs/migrations/0001_jobs.sql", "J"},
  };
  const auto plan = planMigrations(files, Engine::Sqlite);
  ASSERT_EQ(plan.size(), 4U);
  EXPECT_EQ(plan[0].module, "jobs");
  EXPECT_EQ(plan[1].module, "identity");
  EXPECT_EQ(plan[2].module, "masses");
  EXPECT_EQ(plan[2].version, 1);
  EXPECT_EQ(plan[2].name, "start");
  EXPECT_EQ(plan[3].version, 2);
}

TEST(PlanMigrations, DialectOverrideReplacesPlainFileForItsEngineOnly) {
  const Files files = {
      {"modules/m/migrations/0001_t.sql", "plain"},
      {"modules/m/migrations/0001_t.pg.sql", "pg"},
  };
  EXPECT_EQ(planMigrations(files, Engine::Postgres).at(0).sql, "pg");
  EXPECT_EQ(planMigrations(files, Engine::Sqlite).at(0).sql, "plain");
  EXPECT_EQ(planMigrations(files, Engine::Sqlite).at(0).checksum, crypto::sha256Hex("plain"));
}

TEST(PlanMigrations, RejectsMalformedNamesDuplicatesAndMissingDialect) {
  const auto rejects = [](Files files, Engine engine) {
    try {
      planMigrations(files, engine);
    } catch (const Error& e) {
      return e.messageKey() == "db.error.migration_file";
    }
    return false;
  };
  EXPECT_TRUE(rejects({{"modules/m/migrations/create.sql", ""}}, Engine::Sqlite));
  EXPECT_TRUE(rejects({{"modules/m/migrations/0000_zero.sql", ""}}, Engine::Sqlite));
  EXPECT_TRUE(rejects({{"modules/m/sql/0001_a.sql", ""}}, Engine::Sqlite));
  EXPECT_TRUE(
      rejects({{"modules/m/migrations/0001_a.sql", ""}, {"modules/m/migrations/0001_b.sql", ""}},
              Engine::Sqlite));
  EXPECT_TRUE(rejects({{"modules/m/migrations/0001_a.pg.sql", ""}}, Engine::Sqlite));
  EXPECT_FALSE(rejects({{"modules/m/migrations/0001_a.pg.sql", ""}}, Engine::Postgres));
}

TEST(PlanMigrations, EmbeddedMigrationsArePlannableOnBothEngines) {
  ASSERT_FALSE(embeddedMigrations().empty());
  for (const auto engine : {Engine::Sqlite, Engine::Postgres}) {
    const auto plan = planMigrations(embeddedMigrations(), engine);
    EXPECT_FALSE(plan.empty());
  }
}


TEST(MaskDatabaseUrl, HidesPasswords) {
  EXPECT_EQ(maskDatabaseUrl("postgresql://app:s3cr%40t@db:5432/mf?sslmode=require"),
            "postgresql://app:***@db:5432/mf?sslmode=require");
  EXPECT_EQ(maskDatabaseUrl("postgres://db/mf?user=a&password=hemmelig&x=1"),
            "postgres://db/mf?user=a&password=***&x=1");
  EXPECT_EQ(maskDatabaseUrl("postgresql://app@db/mf"), "postgresql://app@db/mf");
  EXPECT_EQ(maskDatabaseUrl("sqlite:var/masseflyt.db"), "sqlite:var/masseflyt.db");
}

}  // namespace
}  // namespace masseflyt::db
