#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "platform/db/database.hpp"

namespace masseflyt::db::testing {

/// Base URL of the throwaway PostgreSQL server for this test process: MASSEFLYT_TEST_PG_URL when
/// set, else the first line of the file named by MASSEFLYT_TEST_PG_URL_FILE (a CTest fixture),
/// otherwise a private cluster (initdb + pg_ctl via scripts/pg-throwaway.sh in a scratch
/// directory under $TMPDIR) started on first use and removed when the test binary exits.
const std::string& postgresServerUrl();

/// A new, empty database and the URL to open it: a fresh file in a temporary directory for
/// SQLite, `CREATE DATABASE t_<random>` on the test server for PostgreSQL. Dropped/removed when
/// the returned object is destroyed.
class ScratchDatabase {
 public:
  explicit ScratchDatabase(Engine engine);
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  Engine engine() const { return engine_; }
  const std::string& url() const { return url_; }

 private:
  Engine engine_;
  std::string url_;
  std::string name_;  // PostgreSQL database name or SQLite directory
};

/// Value-parameterised over the engine: each test gets its own freshly migrated database.
///
///   class JobsRepositoryTest : public masseflyt::db::testing::DatabaseTest {};
///   TEST_P(JobsRepositoryTest, ClaimsDueJob) { auto lease = db().lease(); ... }
///   MF_INSTANTIATE_DATABASE_TEST(JobsRepositoryTest);
class DatabaseTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override;
  void TearDown() override;

  /// Override to false to get an empty database (the migrator's own tests).
  virtual bool migrateOnSetUp() const { return true; }

  Database& db() { return *db_; }
  Engine engine() const { return GetParam(); }
  const std::string& url() const { return scratch_->url(); }

 private:
  std::unique_ptr<ScratchDatabase> scratch_;
  std::unique_ptr<Database> db_;
};

/// Test-name suffix: "sqlite" / "postgresql".
std::string engineParamName(const ::testing::TestParamInfo<Engine>& info);

}  // namespace masseflyt::db::testing

#define MF_INSTANTIATE_DATABASE_TEST(suite)                                                  \
  INSTANTIATE_TEST_SUITE_P(                                                                  \
      Engines, suite,                                                                        \
      ::testing::Values(::masseflyt::db::Engine::Sqlite, ::masseflyt::db::Engine::Postgres), \
      ::masseflyt::db::testing::engineParamName)
