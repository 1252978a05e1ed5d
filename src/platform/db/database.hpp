#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "platform/core/embedded_file.hpp"

namespace soci {
class session;
}

namespace masseflyt::db {

enum class Engine { Sqlite, Postgres };

/// "sqlite" or "postgresql"; used in logs and test names.
std::string_view engineName(Engine engine);

struct DatabaseOptions {
  /// "sqlite:var/masseflyt.db" (relative or absolute path) or "postgresql://user:pass@host:port/db"
  /// (also "postgres://"; any libpq URI parameters are passed through).
  std::string url;
  std::size_t pool_size = 4;
  /// How long lease() waits for a free connection before it gives up with Unavailable.
  std::chrono::milliseconds lease_timeout{5000};
};

/// The URL with any password replaced by "***", safe for logs and error details.
std::string maskDatabaseUrl(std::string_view url);

/// A fixed pool of SOCI sessions over one database. Handlers are synchronous, so each request
/// leases a session for its duration; the pool size bounds database concurrency per process.
class Database {
 public:
  /// Connects every pooled session up front so a wrong URL fails at start, not on first request.
  /// Throws masseflyt::Error(Unavailable, "db.error.connect", detail) with secrets masked, or
  /// Error(BadRequest, "db.error.url") for an unsupported URL.
  static std::unique_ptr<Database> open(const DatabaseOptions& options);

  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Engine engine() const noexcept { return engine_; }
  /// The URL given to open(), with the password masked.
  const std::string& maskedUrl() const noexcept { return masked_url_; }

  /// One session taken from the pool, given back when the lease is destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&& other) noexcept;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();

    soci::session& operator*() const noexcept { return *session_; }
    soci::session* operator->() const noexcept { return session_; }
    soci::session& session() const noexcept { return *session_; }
    Engine engine() const noexcept;

   private:
    friend class Database;
    Lease(Database* owner, std::size_t index, soci::session* session) noexcept
        : owner_(owner), index_(index), session_(session) {}
    void release() noexcept;

    Database* owner_ = nullptr;
    std::size_t index_ = 0;
    soci::session* session_ = nullptr;
  };

  /// Waits up to lease_timeout for a free session, reconnecting it if its connection was lost;
  /// throws Error(Unavailable, "db.error.pool_timeout" / "db.error.connect") otherwise.
  Lease lease();

  /// SELECT 1 on a pooled session, for /readyz. Never throws.
  bool ping() noexcept;

 private:
  struct Pool;
  Database(Engine engine, std::string masked_url, std::unique_ptr<Pool> pool);
  void giveBack(std::size_t index) noexcept;

  Engine engine_;
  std::string masked_url_;
  std::unique_ptr<Pool> pool_;
};

/// A write transaction that works alike on both engines: BEGIN IMMEDIATE on SQLite (so two
/// writers queue on the busy timeout instead of failing on lock upgrade), BEGIN on PostgreSQL.
/// Rolls back in the destructor unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Database::Lease& lease);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();
  void rollback();

 private:
  Database::Lease& lease_;
  bool open_ = true;
};

}  // namespace masseflyt::db
