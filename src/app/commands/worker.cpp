#include "app/commands/commands.hpp"

namespace masseflyt::app {

int runWorker(const CliOptions& cli) {
  (void)loadConfig(cli);
  return 0;
}

}  // namespace masseflyt::app
