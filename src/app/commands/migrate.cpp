#include <iostream>

#include "app/commands/commands.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrator.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::app {

int runMigrate(const CliOptions& cli) {
  const auto config = loadConfig(cli);
  const auto database = db::Database::open({config.database_url, config.database_pool_size});
  const auto report = db::migrate(*database, db::embeddedMigrations());
  std::cout << i18n::catalog().format("app.migrate.done",
                                      {{"applied", std::to_string(report.applied)},
                                       {"existing", std::to_string(report.already_applied)}})
            << '\n';
  return 0;
}

}  // namespace masseflyt::app
