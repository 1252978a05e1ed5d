#include "platform/config/config.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::config {
namespace {

using Env = std::map<std::string, std::string>;
using ::testing::HasSubstr;
using ::testing::Not;

// A TOML file in a fresh temporary directory, removed with the fixture.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    static int counter = 0;
    dir_ =
        std::filesystem::temp_directory_path() /
        ("masseflyt-config-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(dir_);
    path_ = dir_ / "masseflyt.toml";
    std::ofstream(path_) << content;
  }
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path dir_;
  std::filesystem::path path_;
};

// The problems load() reported, as "field -> key" pairs; fails the test if it did not throw.
std::vector<FieldError> problemsOf(const Env& env,
                                   const std::optional<std::filesystem::path>& file = {}) {
  try {
    load(env, file);
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Validation);
    EXPECT_EQ(error.messageKey(), "config.error.invalid");
    for (const auto& field : error.fields()) {
      EXPECT_TRUE(i18n::catalog().contains(field.message_key)) << field.message_key;
    }
    return error.fields();
  }
  ADD_FAILURE() << "load() accepted an invalid configuration";
  return {};
}

// Exactly one problem, on `field`, with `key`.
void expectSingleProblem(const Env& env, const std::string& field, const std::string& key) {
  const auto problems = problemsOf(env);
  ASSERT_EQ(problems.size(), 1U) << field;
  EXPECT_EQ(problems[0].field, field);
  EXPECT_EQ(problems[0].message_key, key) << field;
}

TEST(ConfigLoad, DefaultsWithoutFileOrEnvironment) {
  const Config config = load({}, std::nullopt);
  EXPECT_EQ(config.bind_address, "127.0.0.1");
  EXPECT_EQ(config.port, 8080);
  EXPECT_EQ(config.database_url, "sqlite:var/masseflyt.db");
  EXPECT_EQ(config.database_pool_size, 4U);
  EXPECT_EQ(config.static_dir, "web/dist");
  EXPECT_EQ(config.files_dir, "var/filer");
  EXPECT_FALSE(config.behind_tls);
  EXPECT_EQ(config.public_base_url, "http://localhost:8080");
  EXPECT_EQ(config.worker_threads, 8U);
  EXPECT_EQ(config.max_queued_requests, 256U);
  EXPECT_EQ(config.header_timeout_ms, 10000);
  EXPECT_EQ(config.body_timeout_ms, 30000);
  EXPECT_EQ(config.write_timeout_ms, 30000);
  EXPECT_EQ(config.idle_timeout_ms, 5000);
  EXPECT_EQ(config.shutdown_grace_ms, 20000);
  EXPECT_EQ(config.log_level, "info");
  EXPECT_EQ(config.contact_email, "kontakt@masseflyt.no");
  EXPECT_FALSE(config.auto_migrate.has_value());
  EXPECT_TRUE(config.jobs_in_process);
  EXPECT_TRUE(config.sources.empty());
}

TEST(ConfigLoad, EveryEnvironmentVariableIsRead) {
  const Config config = load(
      {
          {"MASSEFLYT_BIND", "0.0.0.0"},
          {"MASSEFLYT_PORT", "9090"},
          {"MASSEFLYT_DATABASE_URL", "postgresql://masse:hemmelig@db.example:5432/masseflyt"},
          {"MASSEFLYT_DATABASE_POOL", "12"},
          {"MASSEFLYT_STATIC_DIR", "/srv/masseflyt/static"},
          {"MASSEFLYT_BEHIND_TLS", "true"},
          {"MASSEFLYT_PUBLIC_URL", "https://masseflyt.no"},
          {"MASSEFLYT_WORKERS", "16"},
          {"MASSEFLYT_MAX_QUEUE", "1000"},
          {"MASSEFLYT_HEADER_TIMEOUT_MS", "2000"},
          {"MASSEFLYT_BODY_TIMEOUT_MS", "3000"},
          {"MASSEFLYT_WRITE_TIMEOUT_MS", "4000"},
          {"MASSEFLYT_IDLE_TIMEOUT_MS", "1500"},
          {"MASSEFLYT_SHUTDOWN_GRACE_MS", "0"},
          {"MASSEFLYT_LOG_LEVEL", "debug"},
          {"MASSEFLYT_CONTACT_EMAIL", "post@baerum.kommune.no"},
          {"MASSEFLYT_AUTO_MIGRATE", "false"},
          {"MASSEFLYT_JOBS_IN_PROCESS", "false"},
      },
      std::nullopt);
  EXPECT_EQ(config.bind_address, "0.0.0.0");
  EXPECT_EQ(config.port, 9090);
  EXPECT_EQ(config.database_url, "postgresql://masse:hemmelig@db.example:5432/masseflyt");
  EXPECT_EQ(config.database_pool_size, 12U);
  EXPECT_EQ(config.static_dir, "/srv/masseflyt/static");
  EXPECT_TRUE(config.behind_tls);
  EXPECT_EQ(config.public_base_url, "https://masseflyt.no");
  EXPECT_EQ(config.worker_threads, 16U);
  EXPECT_EQ(config.max_queued_requests, 1000U);
  EXPECT_EQ(config.header_timeout_ms, 2000);
  EXPECT_EQ(config.body_timeout_ms, 3000);
  EXPECT_EQ(config.write_timeout_ms, 4000);
  EXPECT_EQ(config.idle_timeout_ms, 1500);
  EXPECT_EQ(config.shutdown_grace_ms, 0);
  EXPECT_EQ(config.log_level, "debug");
  EXPECT_EQ(config.contact_email, "post@baerum.kommune.no");
  EXPECT_EQ(config.auto_migrate, std::optional<bool>(false));
  EXPECT_FALSE(config.jobs_in_process);
  EXPECT_EQ(config.sources.size(), 18U);
  EXPECT_EQ(config.sources.at("server.port"), Source::Environment);
}

TEST(ConfigLoad, EveryTomlKeyIsRead) {
  const TempFile file(R"(
[server]
bind_address = "::1"
port = 0
behind_tls = true
public_base_url = "https://masseflyt.example.no/plattform"
worker_threads = 3
max_queued_requests = 7
header_timeout_ms = 100
body_timeout_ms = 200
write_timeout_ms = 300
idle_timeout_ms = 400
shutdown_grace_ms = 500

[database]
url = "sqlite:/var/lib/masseflyt/masseflyt.db"
pool_size = 2
auto_migrate = true

[web]
static_dir = "/srv/static"
contact_email = "drift@example.no"

[log]
level = "warn"
)");
  const Config config = load({}, file.path());
  EXPECT_EQ(config.bind_address, "::1");
  EXPECT_EQ(config.port, 0);
  EXPECT_TRUE(config.behind_tls);
  EXPECT_EQ(config.public_base_url, "https://masseflyt.example.no/plattform");
  EXPECT_EQ(config.worker_threads, 3U);
  EXPECT_EQ(config.max_queued_requests, 7U);
  EXPECT_EQ(config.header_timeout_ms, 100);
  EXPECT_EQ(config.body_timeout_ms, 200);
  EXPECT_EQ(config.write_timeout_ms, 300);
  EXPECT_EQ(config.idle_timeout_ms, 400);
  EXPECT_EQ(config.shutdown_grace_ms, 500);
  EXPECT_EQ(config.database_url, "sqlite:/var/lib/masseflyt/masseflyt.db");
  EXPECT_EQ(config.database_pool_size, 2U);
  EXPECT_EQ(config.static_dir, "/srv/static");
  EXPECT_EQ(config.contact_email, "drift@example.no");
  EXPECT_EQ(config.log_level, "warn");
  EXPECT_EQ(config.auto_migrate, std::optional<bool>(true));
  EXPECT_EQ(config.sources.size(), 17U);
  EXPECT_EQ(config.sources.at("log.level"), Source::File);
}

TEST(ConfigLoad, PrecedenceIsDefaultsThenFileThenEnvironment) {
  const TempFile file("[server]\nport = 9000\nworker_threads = 2\n[log]\nlevel = \"error\"\n");
  const Config config = load({{"MASSEFLYT_PORT", "9100"}}, file.path());
  EXPECT_EQ(config.port, 9100);          // environment beats file
  EXPECT_EQ(config.worker_threads, 2U);  // file beats default
  EXPECT_EQ(config.log_level, "error");
  EXPECT_EQ(config.max_queued_requests, 256U);  // untouched default
  EXPECT_EQ(config.sources.at("server.port"), Source::Environment);
  EXPECT_EQ(config.sources.at("server.worker_threads"), Source::File);
  EXPECT_EQ(config.sources.count("server.max_queued_requests"), 0U);
}

TEST(ConfigLoad, FileComesFromMassflytConfigWhenNoPathIsGiven) {
  const TempFile file("[server]\nport = 9200\n");
  EXPECT_EQ(load({{"MASSEFLYT_CONFIG", file.path().string()}}, std::nullopt).port, 9200);
  EXPECT_EQ(load({{"MASSEFLYT_CONFIG", ""}}, std::nullopt).port, 8080);
}

TEST(ConfigLoad, PathArgumentWinsOverMasseflytConfig) {
  const TempFile chosen("[server]\nport = 9300\n");
  const TempFile ignored("[server]\nport = 9400\n");
  EXPECT_EQ(load({{"MASSEFLYT_CONFIG", ignored.path().string()}}, chosen.path()).port, 9300);
}

TEST(ConfigLoad, UnknownAndForeignEnvironmentVariablesAreIgnored) {
  // Build and test tools share the prefix (MASSEFLYT_BIN, MASSEFLYT_WERROR), so they must not fail.
  const Config config = load(
      {{"MASSEFLYT_BIN", "/x"}, {"MASSEFLYT_WERROR", "ON"}, {"PATH", "/usr/bin"}}, std::nullopt);
  EXPECT_EQ(config.port, 8080);
}

TEST(ConfigLoad, BooleanSpellingsInEnvironment) {
  for (const char* yes : {"true", "TRUE", "1", "yes", "on", "ja", "Ja"}) {
    EXPECT_TRUE(load({{"MASSEFLYT_BEHIND_TLS", yes}}, std::nullopt).behind_tls) << yes;
  }
  for (const char* no : {"false", "0", "no", "off", "nei"}) {
    EXPECT_FALSE(load({{"MASSEFLYT_BEHIND_TLS", no}}, std::nullopt).behind_tls) << no;
  }
  expectSingleProblem({{"MASSEFLYT_BEHIND_TLS", "kanskje"}}, "MASSEFLYT_BEHIND_TLS",
                      "config.error.expected_boolean");
  expectSingleProblem({{"MASSEFLYT_BEHIND_TLS", ""}}, "MASSEFLYT_BEHIND_TLS",
                      "config.error.expected_boolean");
  expectSingleProblem({{"MASSEFLYT_AUTO_MIGRATE", "alltid"}}, "MASSEFLYT_AUTO_MIGRATE",
                      "config.error.expected_boolean");
}

TEST(ConfigValidation, IntegersMustBePlainDigits) {
  for (const char* bad : {"", "80a", "8080 ", " 8080", "0x50", "80.0", "+80", "-", "åtte"}) {
    expectSingleProblem({{"MASSEFLYT_PORT", bad}}, "MASSEFLYT_PORT",
                        "config.error.expected_integer");
  }
}

TEST(ConfigValidation, NumberRanges) {
  struct Case {
    const char* variable;
    const char* value;
    const char* key;
  };
  const Case cases[] = {
      {"MASSEFLYT_PORT", "65536", "config.error.port_range"},
      {"MASSEFLYT_PORT", "-1", "config.error.port_range"},
      {"MASSEFLYT_PORT", "99999999999999999999999", "config.error.port_range"},
      {"MASSEFLYT_DATABASE_POOL", "0", "config.error.pool_size_range"},
      {"MASSEFLYT_DATABASE_POOL", "257", "config.error.pool_size_range"},
      {"MASSEFLYT_WORKERS", "0", "config.error.workers_range"},
      {"MASSEFLYT_WORKERS", "257", "config.error.workers_range"},
      {"MASSEFLYT_MAX_QUEUE", "0", "config.error.max_queue_range"},
      {"MASSEFLYT_MAX_QUEUE", "100001", "config.error.max_queue_range"},
      {"MASSEFLYT_HEADER_TIMEOUT_MS", "99", "config.error.timeout_range"},
      {"MASSEFLYT_BODY_TIMEOUT_MS", "3600001", "config.error.timeout_range"},
      {"MASSEFLYT_WRITE_TIMEOUT_MS", "0", "config.error.timeout_range"},
      {"MASSEFLYT_IDLE_TIMEOUT_MS", "-5", "config.error.timeout_range"},
      {"MASSEFLYT_SHUTDOWN_GRACE_MS", "600001", "config.error.shutdown_grace_range"},
  };
  for (const auto& c : cases) {
    expectSingleProblem({{c.variable, c.value}}, c.variable, c.key);
  }
  // The edges themselves are accepted.
  EXPECT_EQ(load({{"MASSEFLYT_PORT", "65535"}}, std::nullopt).port, 65535);
  EXPECT_EQ(load({{"MASSEFLYT_PORT", "0"}}, std::nullopt).port, 0);
  EXPECT_EQ(load({{"MASSEFLYT_DATABASE_POOL", "256"}}, std::nullopt).database_pool_size, 256U);
  EXPECT_EQ(load({{"MASSEFLYT_HEADER_TIMEOUT_MS", "100"}}, std::nullopt).header_timeout_ms, 100);
  EXPECT_EQ(load({{"MASSEFLYT_BODY_TIMEOUT_MS", "3600000"}}, std::nullopt).body_timeout_ms,
            3600000);
}

TEST(ConfigValidation, BindAddressMustBeAnIpLiteral) {
  for (const char* good : {"127.0.0.1", "0.0.0.0", "::", "::1", "fe80::1"}) {
    EXPECT_EQ(load({{"MASSEFLYT_BIND", good}}, std::nullopt).bind_address, good);
  }
  for (const char* bad : {"", "localhost", "[::1]", "127.0.0.1:80", "256.0.0.1", "127.0.0.1 "}) {
    expectSingleProblem({{"MASSEFLYT_BIND", bad}}, "MASSEFLYT_BIND", "config.error.bind_address");
  }
}

TEST(ConfigValidation, DatabaseUrl) {
  for (const char* good : {
           "sqlite:var/masseflyt.db",
           "sqlite:/var/lib/masseflyt/db.sqlite",
           "postgresql://masse:hemmelig@localhost:5432/masseflyt",
           "postgres://db.internal/masseflyt?sslmode=require",
           "postgresql:///masseflyt?host=/run/postgresql",
           "postgresql://masse@[::1]:5433/masseflyt",
           "postgresql://masse@db1:5432,db2:5433/masseflyt?target_session_attrs=read-write",
           "postgresql://masse:p%40ss@db/masseflyt",
           "sqlite://var/masseflyt.db",
       }) {
    EXPECT_EQ(load({{"MASSEFLYT_DATABASE_URL", good}}, std::nullopt).database_url, good);
  }
  for (const char* bad : {
           "",
           "sqlite:",
           "sqlite://",
           "sqlite::memory:",
           "sqlite:var/\"x\".db",
           "var/masseflyt.db",
           "host=db dbname=masseflyt",
           "mysql://u:p@h/db",
           "http://localhost/db",
           "postgresql:masseflyt",
           "postgresql://u:p@h:99999/db",
           "postgresql://u:p@h:0/db",
           "postgresql://u:p ss@h/db",
           "postgresql://u:p@h:port/db",
           "postgresql://h/db#x",
           "postgresql://db1:5432,db2:x/db",
           "postgresql://h/db?sslmode=require&bogus=1",
           "postgresql://h/d%zzb",
       }) {
    expectSingleProblem({{"MASSEFLYT_DATABASE_URL", bad}}, "MASSEFLYT_DATABASE_URL",
                        "config.error.database_url");
  }
}

TEST(ConfigValidation, PublicUrl) {
  for (const char* good : {"http://localhost:8080", "https://masseflyt.no", "https://masseflyt.no/",
                           "HTTPS://example.no:8443/app"}) {
    EXPECT_EQ(load({{"MASSEFLYT_PUBLIC_URL", good}}, std::nullopt).public_base_url, good);
  }
  for (const char* bad :
       {"", "masseflyt.no", "ftp://masseflyt.no", "https://", "https://u:p@masseflyt.no",
        "https://masseflyt.no/?a=1", "https://masseflyt.no/#top", "https://masseflyt.no:99999",
        "https://masse flyt.no"}) {
    expectSingleProblem({{"MASSEFLYT_PUBLIC_URL", bad}}, "MASSEFLYT_PUBLIC_URL",
                        "config.error.public_url");
  }
}

TEST(ConfigValidation, StaticDirContactEmailAndLogLevel) {
  expectSingleProblem({{"MASSEFLYT_STATIC_DIR", ""}}, "MASSEFLYT_STATIC_DIR",
                      "config.error.static_dir");
  expectSingleProblem({{"MASSEFLYT_FILES_DIR", ""}}, "MASSEFLYT_FILES_DIR", "config.error.files_dir");
  EXPECT_EQ(load({{"MASSEFLYT_FILES_DIR", "/srv/masseflyt/filer"}}, std::nullopt).files_dir,
            "/srv/masseflyt/filer");
  for (const char* bad :
       {"", "kontakt", "@masseflyt.no", "kontakt@", "kontakt@masseflyt", "kontakt@@masseflyt.no",
        "kon takt@masseflyt.no", "kontakt@masseflyt.no.", "kontakt@.no", "kontakt@masse..no"}) {
    expectSingleProblem({{"MASSEFLYT_CONTACT_EMAIL", bad}}, "MASSEFLYT_CONTACT_EMAIL",
                        "config.error.contact_email");
  }
  for (const char* level : {"debug", "info", "warn", "error"}) {
    EXPECT_EQ(load({{"MASSEFLYT_LOG_LEVEL", level}}, std::nullopt).log_level, level);
  }
  for (const char* bad : {"", "INFO", "trace", "warning", "fatal"}) {
    expectSingleProblem({{"MASSEFLYT_LOG_LEVEL", bad}}, "MASSEFLYT_LOG_LEVEL",
                        "config.error.log_level");
  }
}

TEST(ConfigValidation, BrregModeIsFixtureByDefaultAndOnlyFixtureOrLive) {
  EXPECT_EQ(load({}, std::nullopt).brreg_mode, "fixture");
  EXPECT_EQ(load({{"MASSEFLYT_BRREG", "live"}}, std::nullopt).brreg_mode, "live");
  for (const char* bad : {"", "LIVE", "prod"}) {
    expectSingleProblem({{"MASSEFLYT_BRREG", bad}}, "MASSEFLYT_BRREG", "config.error.brreg_mode");
  }
}

TEST(ConfigValidation, KartverketModeIsFixtureByDefaultAndOnlyFixtureOrLive) {
  EXPECT_EQ(load({}, std::nullopt).kartverket_mode, "fixture");
  EXPECT_EQ(load({{"MASSEFLYT_KARTVERKET", "live"}}, std::nullopt).kartverket_mode, "live");
  for (const char* bad : {"", "LIVE", "prod"}) {
    expectSingleProblem({{"MASSEFLYT_KARTVERKET", bad}}, "MASSEFLYT_KARTVERKET", "kartverket.error.mode");
  }
}

TEST(ConfigFile, UnknownKeysTablesAndWrongTypesAreAllReported) {
  const TempFile file(R"(
title = "ikke her"
[server]
prot = 8080
port = "8080"
behind_tls = "ja"
worker_threads = 2.5
bind_address = 127
[database]
url = 5
[web]
static_dir = true
[log]
level = ["info"]
[extra]
x = 1
)");
  const auto problems = problemsOf({}, file.path());
  std::map<std::string, std::string> by_field;
  for (const auto& p : problems) {
    by_field[p.field] = p.message_key;
  }
  EXPECT_EQ(problems.size(), 10U);
  EXPECT_EQ(by_field["title"], "config.error.unknown_key");
  EXPECT_EQ(by_field["extra"], "config.error.unknown_key");
  EXPECT_EQ(by_field["server.prot"], "config.error.unknown_key");
  EXPECT_EQ(by_field["server.port"], "config.error.expected_integer");
  EXPECT_EQ(by_field["server.behind_tls"], "config.error.expected_boolean");
  EXPECT_EQ(by_field["server.worker_threads"], "config.error.expected_integer");
  EXPECT_EQ(by_field["server.bind_address"], "config.error.expected_string");
  EXPECT_EQ(by_field["database.url"], "config.error.expected_string");
  EXPECT_EQ(by_field["web.static_dir"], "config.error.expected_string");
  EXPECT_EQ(by_field["log.level"], "config.error.expected_string");
}

TEST(ConfigFile, ValuesAreValidatedLikeEnvironmentValues) {
  const TempFile file(
      "[server]\nport = 70000\npublic_base_url = \"masseflyt.no\"\n"
      "[database]\nurl = \"mysql://x\"\npool_size = 0\n");
  const auto problems = problemsOf({}, file.path());
  ASSERT_EQ(problems.size(), 4U);
  EXPECT_EQ(problems[0].field, "server.port");
  EXPECT_EQ(problems[0].message_key, "config.error.port_range");
  EXPECT_EQ(problems[1].field, "server.public_base_url");
  EXPECT_EQ(problems[1].message_key, "config.error.public_url");
  EXPECT_EQ(problems[2].field, "database.url");
  EXPECT_EQ(problems[3].field, "database.pool_size");
}

TEST(ConfigFile, TableThatIsNotATable) {
  const TempFile file("server = 8080\n");
  const auto problems = problemsOf({}, file.path());
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "server");
  EXPECT_EQ(problems[0].message_key, "config.error.expected_table");
}

TEST(ConfigFile, SyntaxErrorNamesFileLineAndColumn) {
  const TempFile file("[server]\nport = 80\nport2 = \n");
  const auto problems = problemsOf({}, file.path());
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].message_key, "config.error.file_syntax");
  EXPECT_THAT(problems[0].field, HasSubstr(file.path().string() + ":3:"));
}

TEST(ConfigFile, MissingFileIsReportedWithTheEnvironmentProblems) {
  const auto missing = std::filesystem::temp_directory_path() / "masseflyt-finnes-ikke" / "x.toml";
  const auto problems = problemsOf({{"MASSEFLYT_PORT", "nei"}}, missing);
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0].field, missing.string());
  EXPECT_EQ(problems[0].message_key, "config.error.file_unreadable");
  EXPECT_EQ(problems[1].field, "MASSEFLYT_PORT");

  // A directory is not a configuration file either, and MASSEFLYT_CONFIG is checked the same way.
  const auto dir_problems =
      problemsOf({{"MASSEFLYT_CONFIG", std::filesystem::temp_directory_path().string()}});
  ASSERT_EQ(dir_problems.size(), 1U);
  EXPECT_EQ(dir_problems[0].message_key, "config.error.file_unreadable");
}

TEST(ConfigFile, ShippedExampleIsValid) {
  const Config config =
      load({}, std::filesystem::path(MASSEFLYT_SOURCE_DIR) / "deploy/masseflyt.toml.example");
  EXPECT_TRUE(config.behind_tls);
  EXPECT_EQ(config.sources.count("database.auto_migrate"), 0U);
}

TEST(ConfigFile, EmptyFileIsValid) {
  const TempFile file("");
  EXPECT_EQ(load({}, file.path()).port, 8080);
}

TEST(ConfigLoad, AllProblemsFromFileAndEnvironmentComeTogether) {
  const TempFile file("[server]\nworkers = 4\nport = 1.5\n");
  const auto problems = problemsOf(
      {{"MASSEFLYT_PORT", "abc"}, {"MASSEFLYT_LOG_LEVEL", "loud"}, {"MASSEFLYT_DATABASE_URL", "x"}},
      file.path());
  ASSERT_EQ(problems.size(), 5U);
  EXPECT_EQ(problems[0].field, "server.workers");
  EXPECT_EQ(problems[1].field, "server.port");
  std::vector<std::string> env_fields;
  for (std::size_t i = 2; i < problems.size(); ++i) {
    env_fields.push_back(problems[i].field);
  }
  EXPECT_THAT(env_fields, ::testing::UnorderedElementsAre("MASSEFLYT_PORT", "MASSEFLYT_LOG_LEVEL",
                                                          "MASSEFLYT_DATABASE_URL"));
}

TEST(ConfigLoad, ErrorDetailNeverContainsValues) {
  try {
    load({{"MASSEFLYT_DATABASE_URL", "mysql://root:topphemmelig@db/x"}}, std::nullopt);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_THAT(std::string(error.what()), Not(HasSubstr("topphemmelig")));
    EXPECT_THAT(std::string(error.what()), HasSubstr("MASSEFLYT_DATABASE_URL"));
  }
}

TEST(ConfigLoad, FromProcessReadsTheEnvironment) {
  ::setenv("MASSEFLYT_WORKERS", "5", 1);
  ::setenv("MASSEFLYT_NOT_A_SETTING", "x", 1);
  const Config config = loadFromProcess(std::nullopt);
  ::unsetenv("MASSEFLYT_WORKERS");
  ::unsetenv("MASSEFLYT_NOT_A_SETTING");
  EXPECT_EQ(config.worker_threads, 5U);
  EXPECT_EQ(config.sources.at("server.worker_threads"), Source::Environment);
}

TEST(ConfigMask, PasswordsAreHidden) {
  EXPECT_EQ(maskDatabaseUrl("postgresql://masse:hemmelig@db:5432/masseflyt"),
            "postgresql://masse:****@db:5432/masseflyt");
  EXPECT_EQ(maskDatabaseUrl("postgresql://masse:h@mme/lig@db/masseflyt"),
            "postgresql://masse:****@db/masseflyt");
  EXPECT_EQ(
      maskDatabaseUrl("postgresql://db/masseflyt?user=masse&password=hemmelig&sslmode=require"),
      "postgresql://db/masseflyt?user=masse&password=****&sslmode=require");
  EXPECT_EQ(maskDatabaseUrl("postgresql://db/masseflyt?PASSWORD=hemmelig"),
            "postgresql://db/masseflyt?PASSWORD=****");
  EXPECT_EQ(maskDatabaseUrl("postgresql://masse@db/masseflyt"), "postgresql://masse@db/masseflyt");
  EXPECT_EQ(maskDatabaseUrl("postgresql://db/masseflyt"), "postgresql://db/masseflyt");
  EXPECT_EQ(maskDatabaseUrl("sqlite:var/masseflyt.db"), "sqlite:var/masseflyt.db");
  EXPECT_EQ(maskDatabaseUrl("postgresql://db/x?application_password=ok"),
            "postgresql://db/x?application_password=ok");
}

TEST(ConfigDescribe, OneLinePerSettingWithSourceAndMaskedSecrets) {
  const TempFile file("[server]\nworker_threads = 3\n");
  const Config config = load(
      {{"MASSEFLYT_DATABASE_URL", "postgresql://masse:hemmelig@db:5432/masseflyt?password=ogsaa"}},
      file.path());
  const std::string text = describe(config);
  EXPECT_THAT(text, Not(HasSubstr("hemmelig")));
  EXPECT_THAT(text, Not(HasSubstr("ogsaa")));
  EXPECT_THAT(
      text, HasSubstr("database.url = \"postgresql://masse:****@db:5432/masseflyt?password=****\" "
                      "(miljøvariabel MASSEFLYT_DATABASE_URL)\n"));
  EXPECT_THAT(text, HasSubstr("server.worker_threads = 3 (konfigurasjonsfil)\n"));
  EXPECT_THAT(text, HasSubstr("server.port = 8080 (standardverdi)\n"));
  EXPECT_THAT(text, HasSubstr("server.behind_tls = false (standardverdi)\n"));
  EXPECT_THAT(text, HasSubstr("log.level = \"info\" (standardverdi)\n"));
  EXPECT_THAT(text, HasSubstr("database.auto_migrate = automatisk (ja for SQLite, nei for "
                              "PostgreSQL) (standardverdi)\n"));
  // Counted from the settings list, so adding a setting needs no edit here.
  EXPECT_GT(settingCount(), 20u);
  EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')), settingCount());
}

TEST(ConfigValidation, OidcIssuerIsHttpsOrLiteralLoopback) {
  EXPECT_NO_THROW(load({{"MASSEFLYT_OIDC_ISSUER", "https://idporten.no"}}, std::nullopt));
  EXPECT_NO_THROW(load({{"MASSEFLYT_OIDC_ISSUER", "http://127.0.0.1:9000"}}, std::nullopt));
  EXPECT_THROW(load({{"MASSEFLYT_OIDC_ISSUER", "http://127.evil.no"}}, std::nullopt), Error);
  EXPECT_THROW(load({{"MASSEFLYT_OIDC_ISSUER", "http://127.0.0.1.evil.no"}}, std::nullopt), Error);
  EXPECT_THROW(load({{"MASSEFLYT_OIDC_ISSUER", "http://idporten.no"}}, std::nullopt), Error);
}

TEST(ConfigValidation, TrustedProxiesAreIpAddresses) {
  EXPECT_EQ(load({}, std::nullopt).trusted_proxies, (std::vector<std::string>{"127.0.0.1", "::1"}));
  EXPECT_EQ(load({{"MASSEFLYT_TRUSTED_PROXIES", " 10.0.0.5 , ::1"}}, std::nullopt).trusted_proxies,
            (std::vector<std::string>{"10.0.0.5", "::1"}));
  EXPECT_TRUE(load({{"MASSEFLYT_TRUSTED_PROXIES", ""}}, std::nullopt).trusted_proxies.empty());
  EXPECT_THROW(load({{"MASSEFLYT_TRUSTED_PROXIES", "nginx.local"}}, std::nullopt), Error);
}

TEST(ConfigValidation, ApiClientSettingsHaveDefaultsRangesAndMaskedSecrets) {
  const auto defaults = load({}, std::nullopt);
  EXPECT_EQ(defaults.api_token_lifetime_seconds, 300);
  EXPECT_EQ(defaults.api_rate_limit_client, 600);
  EXPECT_EQ(defaults.api_rate_limit_ip, 120);
  EXPECT_EQ(defaults.api_rate_limit_token, 20);
  EXPECT_EQ(defaults.api_external_issuer, "");
  const auto set = load({{"MASSEFLYT_API_TOKEN_LIFETIME", "60"},
                         {"MASSEFLYT_API_RATE_IP", "0"},
                         {"MASSEFLYT_API_SECRET_PEPPER", "pepper-hemmelig"},
                         {"MASSEFLYT_API_KEY_ENCRYPTION_KEY", std::string(43, 'A')},
                         {"MASSEFLYT_API_EXTERNAL_ISSUER", "https://maskinporten.no/"},
                         {"MASSEFLYT_API_EXTERNAL_SCOPE_PREFIX", "baerum:masseflyt/"}},
                        std::nullopt);
  EXPECT_EQ(set.api_token_lifetime_seconds, 60);
  EXPECT_EQ(set.api_rate_limit_ip, 0);
  EXPECT_EQ(set.api_external_scope_prefix, "baerum:masseflyt/");
  const std::string text = describe(set);
  EXPECT_THAT(text, Not(HasSubstr("pepper-hemmelig")));
  EXPECT_THAT(text, Not(HasSubstr(std::string(43, 'A'))));
  EXPECT_THAT(text, HasSubstr("api.secret_pepper = \"****\""));
  for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
           {"MASSEFLYT_API_TOKEN_LIFETIME", "5"},
           {"MASSEFLYT_API_RATE_CLIENT", "-1"},
           {"MASSEFLYT_API_KEY_ENCRYPTION_KEY", "for-kort"},
           {"MASSEFLYT_API_EXTERNAL_ISSUER", "https://a b"}}) {
    EXPECT_THROW(load({{name, value}}, std::nullopt), Error) << name;
  }
}

TEST(ConfigValidation, OidcIsOffByDefaultAndTheIssuerMustBeHttps) {
  const auto defaults = load({}, std::nullopt);
  EXPECT_EQ(defaults.oidc_issuer, "");
  EXPECT_EQ(defaults.oidc_required_acr, "idporten-loa-substantial");
  EXPECT_EQ(defaults.oidc_name, "ID-porten");
  const auto set = load({{"MASSEFLYT_OIDC_ISSUER", "https://idporten.no"},
                         {"MASSEFLYT_OIDC_CLIENT_ID", "abc"},
                         {"MASSEFLYT_OIDC_CLIENT_SECRET", "hemmelig"},
                         {"MASSEFLYT_OIDC_REQUIRED_ACR", ""},
                         {"MASSEFLYT_OIDC_NAME", "Entra ID"}},
                        std::nullopt);
  EXPECT_EQ(set.oidc_issuer, "https://idporten.no");
  EXPECT_EQ(set.oidc_client_secret, "hemmelig");
  EXPECT_EQ(set.oidc_required_acr, "");
  EXPECT_EQ(set.oidc_name, "Entra ID");
  EXPECT_THAT(describe(set), HasSubstr("oidc.client_secret = \"****\""));
  EXPECT_THAT(describe(set), Not(HasSubstr("hemmelig")));
  EXPECT_EQ(load({{"MASSEFLYT_OIDC_ISSUER", "http://127.0.0.1:4000"}}, std::nullopt).oidc_issuer,
            "http://127.0.0.1:4000");
  for (const char* bad : {"http://idporten.no", "idporten.no", "ftp://x.no", "https://a b"}) {
    expectSingleProblem({{"MASSEFLYT_OIDC_ISSUER", bad}}, "MASSEFLYT_OIDC_ISSUER",
                        "config.error.oidc_issuer");
  }
  expectSingleProblem({{"MASSEFLYT_OIDC_NAME", ""}}, "MASSEFLYT_OIDC_NAME", "config.error.oidc_name");
}

TEST(ConfigCatalog, EveryConfigKeyHasNorwegianText) {
  for (const char* key : {
           "config.error.invalid",
           "config.error.file_unreadable",
           "config.error.file_syntax",
           "config.error.unknown_key",
           "config.error.expected_table",
           "config.error.expected_string",
           "config.error.expected_integer",
           "config.error.expected_boolean",
           "config.error.bind_address",
           "config.error.port_range",
           "config.error.public_url",
           "config.error.workers_range",
           "config.error.max_queue_range",
           "config.error.timeout_range",
           "config.error.shutdown_grace_range",
           "config.error.database_url",
           "config.error.pool_size_range",
           "config.error.static_dir",
           "config.error.files_dir",
           "config.error.contact_email",
           "config.error.log_level",
           "config.error.brreg_mode",
           "config.error.oidc_issuer",
           "config.error.oidc_text",
           "config.error.oidc_name",
           "config.source.default",
           "config.source.file",
           "config.source.environment",
           "config.value.auto_migrate_unset",
       }) {
    EXPECT_TRUE(i18n::catalog().contains(key)) << key;
  }
}

TEST(ConfigLoad, MailSettings) {
  const Config off = load({}, std::nullopt);
  EXPECT_TRUE(off.smtp_url.empty());
  EXPECT_EQ(off.mail_from, "Masseflyt <ikke-svar@masseflyt.no>");
  const Config on = load({{"MASSEFLYT_SMTP_URL", "smtps://smtp.example.no:465"},
                          {"MASSEFLYT_SMTP_USER", "masseflyt"},
                          {"MASSEFLYT_SMTP_PASSWORD", "hemmelig passord"},
                          {"MASSEFLYT_SMTP_REQUIRE_STARTTLS", "ja"},
                          {"MASSEFLYT_MAIL_FROM", "Masseflyt <post@example.no>"}},
                         std::nullopt);
  EXPECT_EQ(on.smtp_url, "smtps://smtp.example.no:465");
  EXPECT_EQ(on.smtp_password, "hemmelig passord");
  EXPECT_TRUE(on.smtp_require_starttls);
  const std::string text = describe(on);
  EXPECT_EQ(text.find("hemmelig"), std::string::npos);
  EXPECT_NE(text.find("mail.smtp_password = \"****\""), std::string::npos);
  expectSingleProblem({{"MASSEFLYT_SMTP_URL", "http://smtp.example.no"}}, "MASSEFLYT_SMTP_URL",
                      "config.error.smtp_url");
  expectSingleProblem({{"MASSEFLYT_MAIL_FROM", "Masseflyt <ikke-en-adresse>"}},
                      "MASSEFLYT_MAIL_FROM", "config.error.mail_from");
  expectSingleProblem({{"MASSEFLYT_MAIL_FROM", "a@b.no\r\nBcc: c@d.no"}}, "MASSEFLYT_MAIL_FROM",
                      "config.error.mail_from");
}

}  // namespace
}  // namespace masseflyt::config
