#include "app/cli.hpp"

#include <gtest/gtest.h>

namespace masseflyt::app {
namespace {

TEST(Cli, WithoutArgumentsShowsHelp) {
  const auto result = parseCli({});
  ASSERT_TRUE(std::holds_alternative<CliOptions>(result));
  EXPECT_EQ(std::get<CliOptions>(result).command, "help");
}

TEST(Cli, ServeTakesPortAndConfig) {
  const auto result = parseCli({"serve", "--port", "0", "--config", "/etc/masseflyt.toml"});
  ASSERT_TRUE(std::holds_alternative<CliOptions>(result));
  const auto& options = std::get<CliOptions>(result);
  EXPECT_EQ(options.command, "serve");
  EXPECT_EQ(options.port, 0);
  EXPECT_EQ(options.config_file, "/etc/masseflyt.toml");
}

TEST(Cli, RejectsUnknownCommandsOptionsAndBadPorts) {
  EXPECT_EQ(std::get<CliError>(parseCli({"start"})).message_key, "app.cli.unknown_command");
  EXPECT_EQ(std::get<CliError>(parseCli({"serve", "--verbose"})).message_key, "app.cli.unknown_option");
  EXPECT_EQ(std::get<CliError>(parseCli({"serve", "--port", "70000"})).message_key, "app.cli.bad_port");
  EXPECT_EQ(std::get<CliError>(parseCli({"serve", "--port", "8o"})).message_key, "app.cli.bad_port");
  // --port only makes sense for the server.
  EXPECT_EQ(std::get<CliError>(parseCli({"migrate", "--port", "1"})).message_key, "app.cli.unknown_option");
  // An option that needs a value and has none.
  EXPECT_EQ(std::get<CliError>(parseCli({"serve", "--config"})).message_key, "app.cli.unknown_option");
}

TEST(Cli, AuditTakesTheVerifyAction) {
  const auto result = parseCli({"audit", "verify", "--config", "m.toml"});
  ASSERT_TRUE(std::holds_alternative<CliOptions>(result));
  const auto& options = std::get<CliOptions>(result);
  EXPECT_EQ(options.command, "audit");
  EXPECT_EQ(options.arguments, std::vector<std::string>{"verify"});
  EXPECT_EQ(options.config_file, "m.toml");

  EXPECT_EQ(std::get<CliError>(parseCli({"audit"})).message_key, "app.cli.missing_action");
  EXPECT_EQ(std::get<CliError>(parseCli({"audit", "repair"})).message_key, "app.cli.unknown_action");
  EXPECT_EQ(std::get<CliError>(parseCli({"audit", "verify", "verify"})).message_key,
            "app.cli.unknown_option");
  const auto keys = parseCli({"keys", "rotate"});
  ASSERT_TRUE(std::holds_alternative<CliOptions>(keys));
  EXPECT_EQ(std::get<CliOptions>(keys).arguments, std::vector<std::string>{"rotate"});
  EXPECT_EQ(std::get<CliError>(parseCli({"keys"})).message_key, "app.cli.missing_action");
  EXPECT_EQ(std::get<CliError>(parseCli({"keys", "delete"})).message_key, "app.cli.unknown_action");
  const auto import = parseCli({"import", "miljodirektoratet", "--config", "m.toml"});
  ASSERT_TRUE(std::holds_alternative<CliOptions>(import));
  EXPECT_EQ(std::get<CliOptions>(import).arguments, std::vector<std::string>{"miljodirektoratet"});
  EXPECT_EQ(std::get<CliError>(parseCli({"import"})).message_key, "app.cli.missing_action");
  EXPECT_EQ(std::get<CliError>(parseCli({"import", "ssb"})).message_key, "app.cli.unknown_action");
  // Only audit, keys and import take a sub-action.
  EXPECT_EQ(std::get<CliError>(parseCli({"migrate", "verify"})).message_key, "app.cli.unknown_option");
}

}  // namespace
}  // namespace masseflyt::app
