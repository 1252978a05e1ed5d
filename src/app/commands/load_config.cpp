#include "app/commands/commands.hpp"

namespace masseflyt::app {

config::Config loadConfig(const CliOptions& cli) {
  auto config = config::loadFromProcess(cli.config_file);
  if (cli.port) {
    config.port = *cli.port;
  }
  return config;
}

}  // namespace masseflyt::app
