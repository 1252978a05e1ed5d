#include <iostream>

#include "app/commands/commands.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::app {

int runCheckConfig(const CliOptions& cli) {
  const auto config = loadConfig(cli);  // throws with every problem listed when invalid
  std::cout << i18n::t("app.check_config.valid") << "\n\n" << config::describe(config);
  return 0;
}

}  // namespace masseflyt::app
