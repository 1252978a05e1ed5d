#include "app/commands/commands.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::app {

config::Config loadConfig(const CliOptions& cli) {
  auto config = config::loadFromProcess(cli.config_file);
  if (cli.port) {
    config.port = *cli.port;
  }
  // Configuration validation has already rejected unknown level names.
  if (const auto level = log::parseLevel(config.log_level)) {
    log::setMinimumLevel(*level);
  }
  return config;
}

}  // namespace masseflyt::app
