#include "platform/db/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <utility>
#include <vector>

#include "platform/core/error.hpp"

namespace masseflyt::db {

std::string_view engineName(Engine engine) {
  return engine == Engine::Sqlite ? "sqlite" : "postgresql";
}

namespace {

constexpr std::chrono::milliseconds kPingLeaseTimeout{1000};

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// The password of a URI-style URL (user:password@) and of a `password=` query parameter.
std::vector<std::pair<std::size_t, std::size_t>> secretRanges(std::string_view url) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  const auto scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    const auto authority_start = scheme + 3;
    const auto authority_end = url.find_first_of("/?", authority_start);
    const auto authority = url.substr(authority_start, authority_end == std::string_view::npos
                                                           ? std::string_view::npos
                                                           : authority_end - authority_start);
    const auto at = authority.rfind('@');
    if (at != std::string_view::npos) {
      const auto colon = authority.find(':');
      if (colon != std::string_view::npos && colon < at) {
        ranges.emplace_back(authority_start + colon + 1, at - colon - 1);
      }
    }
  }
  for (std::size_t pos = url.find("password="); pos != std::string_view::npos;
       pos = url.find("password=", pos + 1)) {
    const auto start = pos + 9;
    const auto end = url.find_first_of("& ", start);
    ranges.emplace_back(start, (end == std::string_view::npos ? url.size() : end) - start);
  }
  return ranges;
}

// Error texts from drivers can echo parts of the connect string; never let a password through.
std::string scrub(std::string text, std::string_view url) {
  for (const auto& [start, length] : secretRanges(url)) {
    if (length == 0) continue;
    const std::string secret(url.substr(start, length));
    for (auto pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos)) {
      text.replace(pos, secret.size(), "***");
      pos += 3;
    }
  }
  return text;
}

struct Target {
  Engine engine;
  std::string backend;
  std::string connect_string;
};

std::string quoteSqliteValue(const std::string& value) {
  // SOCI's sqlite3 connect-string parser splits on spaces unless the value is double-quoted.
  if (value.find_first_of(" \t") == std::string::npos) return value;
  return "\"" + value + "\"";
}

// SOCI 4.0.3 mangles URI-style connect strings before they reach libpq, so libpq parses the URI
// and SOCI gets the equivalent keyword=value form.
std::string postgresKeywords(const std::string& url) {
  char* message = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &message);
  if (options == nullptr) {
    std::string detail = message != nullptr ? message : "";
    PQfreemem(message);
    throw Error(ErrorKind::BadRequest, "db.error.url",
                maskDatabaseUrl(url) + ": " + scrub(detail, url));
  }
  std::string out;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    if (option->val == nullptr) continue;
    if (!out.empty()) out += ' ';
    out += option->keyword;
    out += "='";
    for (const char* c = option->val; *c != '\0'; ++c) {
      if (*c == '\'' || *c == '\\') out += '\\';
      out += *c;
    }
    out += '\'';
  }
  PQconninfoFree(options);
  return out;
}

Target parseUrl(const std::string& url) {
  if (startsWith(url, "sqlite:")) {
    std::string path = url.substr(7);
    if (startsWith(path, "//")) path = path.substr(2);
    if (path.empty() || path == ":memory:" || path.find('"') != std::string::npos) {
      throw Error(ErrorKind::BadRequest, "db.error.url", maskDatabaseUrl(url));
    }
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(parent, ec);
      if (ec) {
        throw Error(ErrorKind::Unavailable, "db.error.connect",
                    "cannot create " + parent.string() + ": " + ec.message());
      }
    }
    return {Engine::Sqlite, "sqlite3", "db=" + quoteSqliteValue(path) + " timeout=5"};
  }
  if (startsWith(url, "postgresql://") || startsWith(url, "postgres://")) {
    return {Engine::Postgres, "postgresql", postgresKeywords(url)};
  }
  throw Error(ErrorKind::BadRequest, "db.error.url", maskDatabaseUrl(url));
}

void sqliteExec(soci::session& session, const char* sql) {
  auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
  char* message = nullptr;
  if (sqlite_api::sqlite3_exec(backend->conn_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message != nullptr ? message : "sqlite3_exec failed";
    sqlite_api::sqlite3_free(message);
    throw soci::soci_error(text);
  }
}

// Per-connection settings: PRAGMAs are not persistent (except journal_mode), so every pooled
// connection needs them, including after a reconnect.
void configure(Engine engine, soci::session& session) {
  if (engine == Engine::Sqlite) {
    sqliteExec(session,
               "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  } else {
    // libpq prints NOTICEs ("already exists, skipping") to stderr by default, which would break
    // the JSON-lines log; they carry nothing an operator needs.
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    PQsetNoticeProcessor(backend->conn_, [](void*, const char*) {}, nullptr);
    session << "SET client_encoding TO 'UTF8'";
  }
}

bool connectionLost(Engine engine, soci::session& session) {
  if (engine != Engine::Postgres) return false;
  auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
  return backend == nullptr || PQstatus(backend->conn_) != CONNECTION_OK;
}

void registerBackends() {
  static std::once_flag once;
  std::call_once(once, [] {
    soci::register_factory_sqlite3();
    soci::register_factory_postgresql();
  });
}

}  // namespace

std::string maskDatabaseUrl(std::string_view url) {
  std::string out(url);
  auto ranges = secretRanges(url);
  // Replace from the back so earlier offsets stay valid.
  std::sort(ranges.begin(), ranges.end(), [](auto a, auto b) { return a.first > b.first; });
  for (const auto& [start, length] : ranges) out.replace(start, length, "***");
  return out;
}

struct Database::Pool {
  Engine engine;
  std::string backend;
  std::string connect_string;  // holds the password: never log it
  std::string url;
  std::chrono::milliseconds lease_timeout;
  std::vector<std::unique_ptr<soci::session>> sessions;
  std::vector<std::size_t> free;
  std::mutex mutex;
  std::condition_variable available;

  std::unique_ptr<soci::session> connect() const {
    try {
      auto session = std::make_unique<soci::session>(backend, connect_string);
      configure(engine, *session);
      return session;
    } catch (const std::exception& e) {
      throw Error(ErrorKind::Unavailable, "db.error.connect",
                  maskDatabaseUrl(url) + ": " + scrub(e.what(), url));
    }
  }

  void reconnect(soci::session& session) const {
    try {
      session.reconnect();
      configure(engine, session);
    } catch (const std::exception& e) {
      throw Error(ErrorKind::Unavailable, "db.error.connect",
                  maskDatabaseUrl(url) + ": " + scrub(e.what(), url));
    }
  }
};

std::unique_ptr<Database> Database::open(const DatabaseOptions& options) {
  registerBackends();
  Target target = parseUrl(options.url);
  auto pool = std::make_unique<Pool>();
  pool->engine = target.engine;
  pool->backend = std::move(target.backend);
  pool->connect_string = std::move(target.connect_string);
  pool->url = options.url;
  pool->lease_timeout = options.lease_timeout;
  const std::size_t size = options.pool_size == 0 ? 1 : options.pool_size;
  for (std::size_t i = 0; i < size; ++i) {
    pool->sessions.push_back(pool->connect());
    pool->free.push_back(size - 1 - i);
  }
  return std::unique_ptr<Database>(
      new Database(target.engine, maskDatabaseUrl(options.url), std::move(pool)));
}

Database::Database(Engine engine, std::string masked_url, std::unique_ptr<Pool> pool)
    : engine_(engine), masked_url_(std::move(masked_url)), pool_(std::move(pool)) {}

Database::~Database() = default;

Database::Lease Database::lease() {
  std::size_t index = 0;
  {
    std::unique_lock lock(pool_->mutex);
    if (!pool_->available.wait_for(lock, pool_->lease_timeout,
                                   [&] { return !pool_->free.empty(); })) {
      throw Error(
          ErrorKind::Unavailable, "db.error.pool_timeout",
          "no free connection within " + std::to_string(pool_->lease_timeout.count()) + " ms");
    }
    index = pool_->free.back();
    pool_->free.pop_back();
  }
  Lease lease(this, index, pool_->sessions[index].get());
  // A PostgreSQL restart or failover breaks every pooled connection; heal lazily on next use.
  if (connectionLost(engine_, *lease)) pool_->reconnect(*lease);
  return lease;
}

void Database::giveBack(std::size_t index) noexcept {
  {
    std::lock_guard lock(pool_->mutex);
    pool_->free.push_back(index);
  }
  pool_->available.notify_one();
}

bool Database::ping() noexcept {
  try {
    std::size_t index = 0;
    {
      std::unique_lock lock(pool_->mutex);
      if (!pool_->available.wait_for(lock, kPingLeaseTimeout,
                                     [&] { return !pool_->free.empty(); })) {
        return false;
      }
      index = pool_->free.back();
      pool_->free.pop_back();
    }
    Lease lease(this, index, pool_->sessions[index].get());
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        if (connectionLost(engine_, *lease)) pool_->reconnect(*lease);
        int one = 0;
        *lease << "SELECT 1", soci::into(one);
        return one == 1;
      } catch (const std::exception&) {
        if (engine_ != Engine::Postgres || attempt == 1) return false;
      }
    }
  } catch (...) {
  }
  return false;
}

Database::Lease::Lease(Lease&& other) noexcept
    : owner_(std::exchange(other.owner_, nullptr)),
      index_(other.index_),
      session_(std::exchange(other.session_, nullptr)) {}

Database::Lease& Database::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    release();
    owner_ = std::exchange(other.owner_, nullptr);
    index_ = other.index_;
    session_ = std::exchange(other.session_, nullptr);
  }
  return *this;
}

Database::Lease::~Lease() { release(); }

void Database::Lease::release() noexcept {
  if (owner_ != nullptr) {
    owner_->giveBack(index_);
    owner_ = nullptr;
    session_ = nullptr;
  }
}

Engine Database::Lease::engine() const noexcept { return owner_->engine(); }

Transaction::Transaction(Database::Lease& lease) : lease_(lease) {
  *lease_ << (lease_.engine() == Engine::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (open_) {
    try {
      rollback();
    } catch (...) {
      // The connection may already be gone; the server rolls back on its own then.
    }
  }
}

void Transaction::commit() {
  open_ = false;
  *lease_ << "COMMIT";
}

void Transaction::rollback() {
  open_ = false;
  *lease_ << "ROLLBACK";
}

}  // namespace masseflyt::db
