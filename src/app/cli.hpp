#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace masseflyt::app {

struct CliOptions {
  std::string command;  ///< serve, migrate, worker, seed-demo, check-config, audit, help
  /// Sub-action and its arguments for commands that take them (`audit verify` → {"verify"}).
  std::vector<std::string> arguments;
  std::optional<std::filesystem::path> config_file;
  std::optional<unsigned short> port;  ///< --port overrides configuration (0 = any free port)
};

/// A usage problem, as a message-catalog key and the offending argument.
struct CliError {
  std::string message_key;
  std::string argument;
};

std::variant<CliOptions, CliError> parseCli(const std::vector<std::string>& args);

}  // namespace masseflyt::app
