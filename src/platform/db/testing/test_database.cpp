#include "platform/db/testing/test_database.hpp"

#include <soci/soci.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <stdexcept>

#include "platform/db/migrator.hpp"

namespace masseflyt::db::testing {

namespace {

std::string runCommand(const std::string& command) {
  std::string output;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("popen failed: " + command);
  std::array<char, 512> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) output += buffer.data();
  const int status = ::pclose(pipe);
  if (status != 0) throw std::runtime_error("command failed: " + command + "\n" + output);
  while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
  return output;
}

std::string randomSuffix() {
  static std::mutex mutex;
  static std::mt19937_64 rng{std::random_device{}()};
  std::lock_guard lock(mutex);
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string out;
  for (int i = 0; i < 12; ++i) out.push_back(kChars[rng() % (sizeof(kChars) - 1)]);
  return out;
}

std::filesystem::path tempRoot() {
  // PostgreSQL runs as `postgres` when we are root and must reach its directory, which rules out
  // private homes like /root; $TMPDIR or /tmp is world-traversable.
  const char* tmp = std::getenv("TMPDIR");
  return tmp != nullptr && *tmp != '\0' ? std::filesystem::path(tmp) : "/tmp";
}

// Replaces the database name (the path) of a postgresql:// URL.
std::string withDatabase(const std::string& url, const std::string& name) {
  const auto scheme = url.find("://");
  const auto path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  const auto query = url.find('?');
  const std::string base =
      url.substr(0, path == std::string::npos ? std::min(query, url.size()) : path);
  const std::string rest = query == std::string::npos ? "" : url.substr(query);
  return base + "/" + name + rest;
}

// The cluster is started lazily, so SQLite-only runs never pay for initdb, and stopped by a
// gtest environment; the script's --watch also stops it if this process dies abruptly.
class PostgresCluster {
 public:
  static PostgresCluster& instance() {
    static PostgresCluster cluster;
    return cluster;
  }

  const std::string& url() {
    std::lock_guard lock(mutex_);
    if (url_.empty()) {
      if (const char* env = std::getenv("MASSEFLYT_TEST_PG_URL"); env != nullptr && *env != '\0') {
        url_ = env;
      } else if (const char* file = std::getenv("MASSEFLYT_TEST_PG_URL_FILE");
                 file != nullptr && *file != '\0') {
        // Written by a CTest fixture that runs one cluster for all db tests of a ctest run.
        std::ifstream in(file);
        std::getline(in, url_);
        if (url_.empty()) throw std::runtime_error(std::string("no URL in ") + file);
      } else {
        dir_ = (tempRoot() / ("mf-pg-" + randomSuffix())).string();
        url_ = runCommand(std::string("'") + MF_PG_THROWAWAY_SCRIPT + "' start '" + dir_ +
                          "' --watch " + std::to_string(::getpid()));
      }
    }
    return url_;
  }

  void stop() {
    std::lock_guard lock(mutex_);
    if (!dir_.empty()) {
      std::system((std::string("'") + MF_PG_THROWAWAY_SCRIPT + "' stop '" + dir_ + "'").c_str());
      dir_.clear();
      url_.clear();
    }
  }

 private:
  std::mutex mutex_;
  std::string url_;
  std::string dir_;
};

class PostgresEnvironment : public ::testing::Environment {
 public:
  void TearDown() override { PostgresCluster::instance().stop(); }
};

// Registered during static initialisation of this file, which every user of the fixture links.
[[maybe_unused]] const auto* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new PostgresEnvironment);

}  // namespace

const std::string& postgresServerUrl() { return PostgresCluster::instance().url(); }

ScratchDatabase::ScratchDatabase(Engine engine) : engine_(engine) {
  if (engine == Engine::Sqlite) {
    name_ = (tempRoot() / ("mf-sqlite-" + randomSuffix())).string();
    std::filesystem::create_directories(name_);
    url_ = "sqlite:" + name_ + "/test.db";
    return;
  }
  name_ = "t_" + randomSuffix();
  auto admin = Database::open({.url = postgresServerUrl(), .pool_size = 1});
  *admin->lease() << "CREATE DATABASE " + name_ + " ENCODING 'UTF8' TEMPLATE template0";
  url_ = withDatabase(postgresServerUrl(), name_);
}

ScratchDatabase::~ScratchDatabase() {
  try {
    if (engine_ == Engine::Sqlite) {
      std::error_code ec;
      std::filesystem::remove_all(name_, ec);
    } else {
      auto admin = Database::open({.url = postgresServerUrl(), .pool_size = 1});
      *admin->lease() << "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)";
    }
  } catch (...) {
    // Cleanup is best effort; the whole cluster goes away at exit anyway.
  }
}

void DatabaseTest::SetUp() {
  scratch_ = std::make_unique<ScratchDatabase>(GetParam());
  db_ = Database::open({.url = scratch_->url(), .pool_size = 4});
  if (migrateOnSetUp()) migrate(*db_, embeddedMigrations());
}

void DatabaseTest::TearDown() {
  db_.reset();
  scratch_.reset();
}

std::string engineParamName(const ::testing::TestParamInfo<Engine>& info) {
  return std::string(engineName(info.param));
}

}  // namespace masseflyt::db::testing
