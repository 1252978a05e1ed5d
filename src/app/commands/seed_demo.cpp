#include <iostream>

#include "app/commands/commands.hpp"
#include "app/demo/demo_seeders.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrator.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::app {

int runSeedDemo(const CliOptions& cli) {
  const auto config = loadConfig(cli);
  const auto database = db::Database::open({config.database_url, config.database_pool_size});
  db::requireCurrentSchema(*database, db::embeddedMigrations());
  const storage::LocalFileStore files(config.files_dir);
  const auto seeders = demoSeeders(files);
  if (seeders.empty()) {
    std::cout << i18n::t("app.seed.nothing") << '\n';
    return 0;
  }
  for (const auto& seeder : seeders) {
    const int created = seeder.seed(*database);
    std::cout << i18n::catalog().format("app.seed.module", {{"module", std::string(seeder.module)},
                                                            {"created", std::to_string(created)}})
              << '\n';
  }
  return 0;
}

}  // namespace masseflyt::app
