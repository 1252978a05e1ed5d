#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli.hpp"
#include "app/commands/commands.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace {

using namespace masseflyt;

int dispatch(const app::CliOptions& options) {
  if (options.command == "serve") {
    return app::runServe(options);
  }
  if (options.command == "migrate") {
    return app::runMigrate(options);
  }
  if (options.command == "worker") {
    return app::runWorker(options);
  }
  if (options.command == "seed-demo") {
    return app::runSeedDemo(options);
  }
  if (options.command == "check-config") {
    return app::runCheckConfig(options);
  }
  if (options.command == "audit") {
    return app::runAudit(options);
  }
  if (options.command == "import") {
    return app::runImport(options);
  }
  if (options.command == "keys") {
    return app::runKeys(options);
  }
  std::cout << i18n::t("app.cli.usage") << '\n';
  return 0;
}

// Exit codes: 0 ok, 1 the command failed, 2 bad usage or invalid configuration.
int reportError(const Error& error) {
  // The operator sees the detail (a path, a masked URL) too; it never holds secrets.
  std::cerr << i18n::t(error.messageKey());
  if (!error.detail().empty()) {
    std::cerr << " (" << error.detail() << ')';
  }
  std::cerr << '\n';
  for (const auto& field : error.fields()) {
    std::cerr << "  - " << field.field << ": " << i18n::t(field.message_key) << '\n';
  }
  return error.kind() == ErrorKind::Validation ? 2 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const auto parsed = app::parseCli(std::vector<std::string>(argv + 1, argv + argc));
    if (const auto* error = std::get_if<app::CliError>(&parsed)) {
      std::cerr << i18n::catalog().format(error->message_key, {{"argument", error->argument}})
                << '\n'
                << i18n::t("app.cli.usage") << '\n';
      return 2;
    }
    return dispatch(std::get<app::CliOptions>(parsed));
  } catch (const Error& error) {
    return reportError(error);
  } catch (const std::exception& error) {
    std::cerr << i18n::t("app.error.fatal") << ' ' << error.what() << '\n';
    return 1;
  }
}
