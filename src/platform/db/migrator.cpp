#include "platform/db/migrator.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <stdexcept>
#include <tuple>

#include "platform/core/error.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::db {

namespace {

// Any fixed 64-bit number works as long as nothing else in the database uses it; this one spells
// "MF-MIGR" so it is recognisable in pg_locks.
constexpr long long kMigrationLockKey = 0x4d462d4d494752LL;

std::string describe(const Migration& m) {
  return m.module + "/" + std::to_string(m.version) + "_" + m.name + " (" + m.path + ")";
}

// SOCI executes only the first statement of a string, so whole files go through the native
// handle, which runs every statement in order (and copes with triggers and dollar quoting).
void execScript(Engine engine, soci::session& session, const std::string& sql) {
  if (engine == Engine::Sqlite) {
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    char* message = nullptr;
    if (sqlite_api::sqlite3_exec(backend->conn_, sql.c_str(), nullptr, nullptr, &message) !=
        SQLITE_OK) {
      std::string text = message != nullptr ? message : "sqlite3_exec failed";
      sqlite_api::sqlite3_free(message);
      throw std::runtime_error(text);
    }
    return;
  }
  auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
  PGresult* result = PQexec(backend->conn_, sql.c_str());
  const auto status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    std::string text = PQresultErrorMessage(result);
    PQclear(result);
    throw std::runtime_error(text.empty() ? PQerrorMessage(backend->conn_) : text);
  }
  PQclear(result);
}

void ensureTable(soci::session& session) {
  session << "CREATE TABLE IF NOT EXISTS schema_migrations ("
             "module TEXT NOT NULL, "
             "version INTEGER NOT NULL, "
             "name TEXT NOT NULL, "
             "checksum TEXT NOT NULL, "
             "applied_at BIGINT NOT NULL, "
             "PRIMARY KEY (module, version))";
}

std::map<std::pair<std::string, int>, std::string> appliedChecksums(soci::session& session) {
  std::map<std::pair<std::string, int>, std::string> applied;
  std::string module;
  int version = 0;
  std::string checksum;
  soci::statement st =
      (session.prepare << "SELECT module, version, checksum FROM schema_migrations",
       soci::into(module), soci::into(version), soci::into(checksum));
  st.execute();
  while (st.fetch()) applied[{module, version}] = checksum;
  return applied;
}

void verifyUnchanged(const std::vector<Migration>& plan,
                     const std::map<std::pair<std::string, int>, std::string>& applied) {
  for (const auto& m : plan) {
    const auto it = applied.find({m.module, m.version});
    if (it != applied.end() && it->second != m.checksum) {
      throw Error(ErrorKind::Internal, "db.error.migration_changed",
                  describe(m) + ": recorded checksum " + it->second + ", file has " + m.checksum);
    }
  }
}

// Holds the PostgreSQL session-level advisory lock; released on every path because the session
// goes back to the pool afterwards.
class AdvisoryLock {
 public:
  explicit AdvisoryLock(soci::session& session) : session_(session) {
    execScript(Engine::Postgres, session_,
               "SELECT pg_advisory_lock(" + std::to_string(kMigrationLockKey) + ")");
  }
  ~AdvisoryLock() {
    try {
      execScript(Engine::Postgres, session_,
                 "SELECT pg_advisory_unlock(" + std::to_string(kMigrationLockKey) + ")");
    } catch (...) {
      // A broken connection releases the lock on the server side anyway.
    }
  }
  AdvisoryLock(const AdvisoryLock&) = delete;
  AdvisoryLock& operator=(const AdvisoryLock&) = delete;

 private:
  soci::session& session_;
};

// Applies one migration in its own transaction; returns false when another process got there
// first (only possible on SQLite, where the lock is per transaction).
bool applyOne(Engine engine, soci::session& session, const Migration& m) {
  session << (engine == Engine::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    std::string existing;
    soci::indicator ind = soci::i_null;
    session
        << "SELECT checksum FROM schema_migrations WHERE module = :module AND version = :version",
        soci::into(existing, ind), soci::use(m.module, "module"), soci::use(m.version, "version");
    if (session.got_data() && ind == soci::i_ok) {
      session << "ROLLBACK";
      if (existing != m.checksum) {
        throw Error(ErrorKind::Internal, "db.error.migration_changed",
                    describe(m) + ": recorded checksum " + existing + ", file has " + m.checksum);
      }
      return false;
    }
    execScript(engine, session, m.sql);
    const std::int64_t applied_at = nowEpochMs();
    session << "INSERT INTO schema_migrations (module, version, name, checksum, applied_at) "
               "VALUES (:module, :version, :name, :checksum, :applied_at)",
        soci::use(m.module, "module"), soci::use(m.version, "version"), soci::use(m.name, "name"),
        soci::use(m.checksum, "checksum"), soci::use(applied_at, "applied_at");
    session << "COMMIT";
    return true;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    try {
      session << "ROLLBACK";
    } catch (...) {
    }
    throw Error(ErrorKind::Internal, "db.error.migration_failed", describe(m) + ": " + e.what());
  }
}

}  // namespace

std::vector<Migration> planMigrations(std::span<const EmbeddedFile> files, Engine engine) {
  static const std::regex kName(R"(^(\d+)_([A-Za-z0-9_]+?)(\.pg|\.sqlite)?\.sql$)");

  struct Variants {
    int rank = 0;
    std::string name;
    const EmbeddedFile* plain = nullptr;
    const EmbeddedFile* pg = nullptr;
    const EmbeddedFile* sqlite = nullptr;
  };
  // Keyed by (rank, module, version) so iteration is already the run order.
  std::map<std::tuple<int, std::string, int>, Variants> byKey;

  for (const auto& file : files) {
    const std::string path(file.path);
    const auto slash = path.rfind('/');
    const auto dir_end = slash == std::string::npos ? std::string::npos : slash;
    const std::string dir = dir_end == std::string::npos ? "" : path.substr(0, dir_end);
    const std::string filename = path.substr(slash == std::string::npos ? 0 : slash + 1);
    const auto parent_slash = dir.rfind('/');
    const std::string leaf = dir.substr(parent_slash == std::string::npos ? 0 : parent_slash + 1);
    std::smatch match;
    if (leaf != "migrations" || parent_slash == std::string::npos ||
        !std::regex_match(filename, match, kName)) {
      throw Error(ErrorKind::Internal, "db.error.migration_file",
                  path + ": expected <part>/migrations/NNNN_description[.pg|.sqlite].sql");
    }
    const std::string owner = dir.substr(0, parent_slash);
    const auto owner_slash = owner.rfind('/');
    const std::string module = owner.substr(owner_slash == std::string::npos ? 0 : owner_slash + 1);
    // Platform tables (jobs, audit, ...) come first because modules may rely on them.
    const int rank = owner.rfind("platform/", 0) == 0 ? 0 : 1;
    const int version = std::stoi(match[1].str());
    if (version <= 0 || module.empty()) {
      throw Error(ErrorKind::Internal, "db.error.migration_file", path + ": version must be > 0");
    }

    auto& v = byKey[{rank, module, version}];
    if (!v.name.empty() && v.name != match[2].str()) {
      throw Error(ErrorKind::Internal, "db.error.migration_file",
                  path + ": version " + std::to_string(version) + " already used by " + module +
                      "/" + v.name);
    }
    v.rank = rank;
    v.name = match[2].str();
    const std::string dialect = match[3].str();
    const EmbeddedFile** slot = dialect == ".pg"       ? &v.pg
                                : dialect == ".sqlite" ? &v.sqlite
                                                       : &v.plain;
    if (*slot != nullptr) {
      throw Error(ErrorKind::Internal, "db.error.migration_file",
                  path + ": duplicate of " + std::string((*slot)->path));
    }
    *slot = &file;
  }

  std::vector<Migration> plan;
  plan.reserve(byKey.size());
  for (const auto& [key, v] : byKey) {
    const EmbeddedFile* chosen = engine == Engine::Postgres ? v.pg : v.sqlite;
    if (chosen == nullptr) chosen = v.plain;
    if (chosen == nullptr) {
      throw Error(ErrorKind::Internal, "db.error.migration_file",
                  std::get<1>(key) + "/" + std::to_string(std::get<2>(key)) + "_" + v.name +
                      ": no file for " + std::string(engineName(engine)));
    }
    Migration m;
    m.module = std::get<1>(key);
    m.version = std::get<2>(key);
    m.name = v.name;
    m.path = std::string(chosen->path);
    m.sql = std::string(chosen->content);
    m.checksum = crypto::sha256Hex(m.sql);
    plan.push_back(std::move(m));
  }
  return plan;
}

void requireCurrentSchema(Database& db, std::span<const EmbeddedFile> files) {
  const auto plan = planMigrations(files, db.engine());
  auto lease = db.lease();
  soci::session& session = *lease;
  std::int64_t tables = 0;
  if (db.engine() == Engine::Sqlite) {
    session
        << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
        soci::into(tables);
  } else {
    session << "SELECT COUNT(*) FROM information_schema.tables "
               "WHERE table_schema = current_schema() AND table_name = 'schema_migrations'",
        soci::into(tables);
  }
  const auto applied =
      tables > 0 ? appliedChecksums(session) : std::map<std::pair<std::string, int>, std::string>{};
  verifyUnchanged(plan, applied);
  std::string pending;
  int count = 0;
  for (const auto& m : plan) {
    if (applied.contains({m.module, m.version})) continue;
    ++count;
    if (count <= 5) pending += " " + m.module + "/" + std::to_string(m.version) + "_" + m.name;
  }
  if (count > 0) {
    throw Error(ErrorKind::Unavailable, "db.error.schema_outdated",
                std::to_string(count) + " pending:" + pending + (count > 5 ? " ..." : ""));
  }
}

MigrationReport migrate(Database& db, std::span<const EmbeddedFile> files) {
  const auto plan = planMigrations(files, db.engine());
  MigrationReport report;
  auto lease = db.lease();
  soci::session& session = *lease;

  std::optional<AdvisoryLock> lock;
  if (db.engine() == Engine::Postgres) lock.emplace(session);

  ensureTable(session);
  // Refuse before changing anything if history was rewritten.
  const auto applied = appliedChecksums(session);
  verifyUnchanged(plan, applied);
  for (const auto& m : plan) {
    if (applied.contains({m.module, m.version})) {
      ++report.already_applied;
    } else if (applyOne(db.engine(), session, m)) {
      ++report.applied;
    } else {
      ++report.already_applied;
    }
  }
  return report;
}

}  // namespace masseflyt::db
