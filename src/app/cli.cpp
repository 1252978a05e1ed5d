#include "app/cli.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace masseflyt::app {
namespace {

constexpr std::array<std::string_view, 9> kCommands = {
    "serve", "migrate", "worker", "seed-demo", "check-config", "audit", "keys", "import", "help"};
// Sub-actions of the commands that have them.
constexpr std::array<std::string_view, 1> kAuditActions = {"verify"};
constexpr std::array<std::string_view, 1> kKeysActions = {"rotate"};
constexpr std::array<std::string_view, 2> kImportSources = {"ngu", "miljodirektoratet"};

std::optional<unsigned short> parsePort(const std::string& text) {
  unsigned int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end || value > 65535) {
    return std::nullopt;
  }
  return static_cast<unsigned short>(value);
}

}  // namespace

std::variant<CliOptions, CliError> parseCli(const std::vector<std::string>& args) {
  CliOptions options;
  if (args.empty()) {
    options.command = "help";
    return options;
  }
  options.command = args[0] == "--help" || args[0] == "-h" ? "help" : args[0];
  if (std::find(kCommands.begin(), kCommands.end(), options.command) == kCommands.end()) {
    return CliError{"app.cli.unknown_command", args[0]};
  }
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--config" && has_value) {
      options.config_file = args[++i];
    } else if (arg == "--port" && has_value && options.command == "serve") {
      options.port = parsePort(args[++i]);
      if (!options.port) {
        return CliError{"app.cli.bad_port", args[i]};
      }
    } else if (options.command == "audit" && options.arguments.empty() && !arg.starts_with("-")) {
      if (std::find(kAuditActions.begin(), kAuditActions.end(), arg) == kAuditActions.end()) {
        return CliError{"app.cli.unknown_action", arg};
      }
      options.arguments.push_back(arg);
    } else if (options.command == "keys" && options.arguments.empty() && !arg.starts_with("-")) {
      if (std::find(kKeysActions.begin(), kKeysActions.end(), arg) == kKeysActions.end()) {
        return CliError{"app.cli.unknown_action", arg};
      }
      options.arguments.push_back(arg);
    } else if (options.command == "import" && options.arguments.empty() && !arg.starts_with("-")) {
      if (std::find(kImportSources.begin(), kImportSources.end(), arg) == kImportSources.end()) {
        return CliError{"app.cli.unknown_action", arg};
      }
      options.arguments.push_back(arg);
    } else {
      return CliError{"app.cli.unknown_option", arg};
    }
  }
  if ((options.command == "audit" || options.command == "keys" || options.command == "import") &&
      options.arguments.empty()) {
    return CliError{"app.cli.missing_action", options.command};
  }
  return options;
}

}  // namespace masseflyt::app
