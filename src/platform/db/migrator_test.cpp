#include "platform/db/migrator.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <string>
#include <thread>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"

namespace masseflyt::db {
namespace {

using Files = std::vector<EmbeddedFile>;

class MigrateTest : public testing::DatabaseTest {
 protected:
  bool migrateOnSetUp() const override { return false; }

  std::int64_t count(const std::string& sql) {
    auto lease = db().lease();
    std::int64_t n = 0;
    *lease << sql, soci::into(n);
    return n;
  }
};

const Files kBase = {
    {"platform/jobs/migrations/0001_jobs.sql",
     "CREATE TABLE jobs_t (id TEXT PRIMARY KEY);\n"
     "-- a comment; with a semicolon\n"
     "INSERT INTO jobs_t (id) VALUES ('a;b');\n"
     "INSERT INTO jobs_t (id) VALUES ('c');\n"},
    {"modules/masses/migrations/0001_start.sql", "CREATE TABLE masses_t (id TEXT PRIMARY KEY);"},
    {"modules/masses/migrations/0002_dialect.sql",
     "CREATE TABLE dialect_t (engine TEXT);\n"
     "INSERT INTO dialect_t VALUES ('plain');"},
    {"modules/masses/migrations/0002_dialect.pg.sql",
     "CREATE TABLE dialect_t (engine TEXT);\n"
     "DO $$ BEGIN INSERT INTO dialect_t VALUES ('pg'); END $$;"},
};

TEST_P(MigrateTest, AppliesAllThenNothingOnSecondRun) {
  const auto first = migrate(db(), kBase);
  EXPECT_EQ(first.applied, 3);
  EXPECT_EQ(first.already_applied, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM jobs_t"), 2);  // every statement of a file ran
  EXPECT_EQ(count("SELECT COUNT(*) FROM schema_migrations"), 3);
  EXPECT_GT(count("SELECT MIN(applied_at) FROM schema_migrations"), 1700000000000LL);

  const auto second = migrate(db(), kBase);
  EXPECT_EQ(second.applied, 0);
  EXPECT_EQ(second.already_applied, 3);

  Files more = kBase;
  more.push_back(
      {"modules/masses/migrations/0003_next.sql", "ALTER TABLE masses_t ADD COLUMN x INTEGER;"});
  const auto third = migrate(db(), more);
  EXPECT_EQ(third.applied, 1);
  EXPECT_EQ(third.already_applied, 3);
}

TEST_P(MigrateTest, PicksDialectOverride) {
  migrate(db(), kBase);
  auto lease = db().lease();
  std::string value;
  *lease << "SELECT engine FROM dialect_t", soci::into(value);
  EXPECT_EQ(value, engine() == Engine::Postgres ? "pg" : "plain");
}

TEST_P(MigrateTest, RefusesChangedChecksumNamingModuleAndVersion) {
  migrate(db(), kBase);
  Files changed = kBase;
  changed[1].content = "CREATE TABLE masses_t (id TEXT PRIMARY KEY, extra TEXT);";
  changed.push_back({"modules/masses/migrations/0003_next.sql", "CREATE TABLE never_t (id TEXT);"});
  try {
    migrate(db(), changed);
    FAIL() << "expected checksum error";
  } catch (const Error& e) {
    EXPECT_EQ(e.messageKey(), "db.error.migration_changed");
    EXPECT_NE(std::string(e.what()).find("masses/1_start"), std::string::npos) << e.what();
  }
  // Nothing after the refusal ran.
  EXPECT_EQ(count("SELECT COUNT(*) FROM schema_migrations"), 3);
}

TEST_P(MigrateTest, FailingMigrationRollsBackCompletely) {
  const Files files = {
      {"modules/a/migrations/0001_ok.sql", "CREATE TABLE ok_t (id TEXT);"},
      {"modules/a/migrations/0002_bad.sql",
       "CREATE TABLE half_t (id TEXT);\nINSERT INTO no_such_table VALUES (1);"},
  };
  try {
    migrate(db(), files);
    FAIL() << "expected failure";
  } catch (const Error& e) {
    EXPECT_EQ(e.messageKey(), "db.error.migration_failed");
    EXPECT_NE(std::string(e.what()).find("a/2_bad"), std::string::npos) << e.what();
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM schema_migrations"), 1);
  // half_t was created inside the failed transaction and must be gone.
  auto lease = db().lease();
  EXPECT_THROW((*lease << "SELECT COUNT(*) FROM half_t"), soci::soci_error);
}

TEST_P(MigrateTest, ConcurrentRunsFromSeparateConnectionsBothSucceed) {
  Files files;
  std::vector<std::string> paths, bodies;
  for (int i = 1; i <= 12; ++i) {
    char name[64];
    std::snprintf(name, sizeof(name), "modules/c/migrations/%04d_step.sql", i);
    paths.emplace_back(name);
    bodies.push_back("CREATE TABLE c_" + std::to_string(i) + " (id TEXT);");
  }
  for (std::size_t i = 0; i < paths.size(); ++i) files.push_back({paths[i], bodies[i]});

  // Each runner has its own pool, as two processes would.
  std::vector<MigrationReport> reports(2);
  std::vector<std::string> errors(2);
  std::vector<std::thread> runners;
  for (int r = 0; r < 2; ++r) {
    runners.emplace_back([&, r] {
      try {
        auto own = Database::open({.url = url(), .pool_size = 1});
        reports[static_cast<std::size_t>(r)] = migrate(*own, files);
      } catch (const std::exception& e) {
        errors[static_cast<std::size_t>(r)] = e.what();
      }
    });
  }
  for (auto& runner : runners) runner.join();
  EXPECT_EQ(errors[0], "");
  EXPECT_EQ(errors[1], "");
  EXPECT_EQ(reports[0].applied + reports[1].applied, 12);
  EXPECT_EQ(reports[0].applied + reports[0].already_applied, 12);
  EXPECT_EQ(reports[1].applied + reports[1].already_applied, 12);
  EXPECT_EQ(count("SELECT COUNT(*) FROM schema_migrations"), 12);
}

TEST_P(MigrateTest, EmbeddedMigrationsApplyAndCreateJobs) {
  const auto report = migrate(db(), embeddedMigrations());
  EXPECT_GE(report.applied, 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM jobs"), 0);
  EXPECT_EQ(migrate(db(), embeddedMigrations()).applied, 0);
}

TEST_P(MigrateTest, RequireCurrentSchemaFailsUntilMigrated) {
  try {
    requireCurrentSchema(db(), kBase);
    FAIL() << "expected schema_outdated on an empty database";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(e.messageKey(), "db.error.schema_outdated");
    EXPECT_NE(std::string(e.what()).find("3 pending"), std::string::npos) << e.what();
  }
  migrate(db(), kBase);
  EXPECT_NO_THROW(requireCurrentSchema(db(), kBase));
  // An older binary that knows fewer migrations still accepts the newer schema.
  EXPECT_NO_THROW(requireCurrentSchema(db(), Files(kBase.begin(), kBase.begin() + 2)));
  Files more = kBase;
  more.push_back({"modules/masses/migrations/0003_next.sql", "SELECT 1;"});
  EXPECT_THROW(requireCurrentSchema(db(), more), Error);
}

MF_INSTANTIATE_DATABASE_TEST(MigrateTest);

}  // namespace
}  // namespace masseflyt::db
