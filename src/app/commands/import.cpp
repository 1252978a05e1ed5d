#include <iostream>

#include "app/commands/commands.hpp"
#include "integrations/brreg/fixture_client.hpp"
#include "modules/registry/imports/app/api.hpp"
#include "platform/db/database.hpp"
#include "platform/core/error.hpp"
#include "platform/db/migrator.hpp"

namespace masseflyt::app {

int runImport(const CliOptions& cli) {
  const auto config = loadConfig(cli);
  const auto database = db::Database::open({config.database_url, config.database_pool_size});
  db::requireCurrentSchema(*database, db::embeddedMigrations());
  const auto brreg_client = brreg::clientForMode(config.brreg_mode);
  const std::string& source = cli.arguments.front();
  std::shared_ptr<const registry::imports::PublicSiteSource> client;
  for (auto& candidate : importSourcesFromConfig(config)) {
    if (candidate->source() == source) client = candidate;
  }
  if (!client) throw Error(ErrorKind::BadRequest, "registry.import.error.unknown_source", source);
  std::cout << registry::imports::runImport(*database, *brreg_client, *client, "Kommandolinje") << '\n';
  return 0;
}

}  // namespace masseflyt::app
