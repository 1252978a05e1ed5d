#include <iostream>

#include "app/commands/commands.hpp"
#include "modules/identity/clients/app/api.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrator.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::app {
identity::clients::ClientsOptions clientsOptions(const config::Config& config) {
  std::string base = config.public_base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  identity::clients::ClientsOptions options;
  options.issuer = base;
  options.audience = base + "/api/v1";
  options.token_lifetime = std::chrono::seconds(config.api_token_lifetime_seconds);
  options.secret_pepper = config.api_secret_pepper;
  options.key_encryption_key = identity::clients::parseKeyEncryptionKey(config.api_key_encryption_key);
  options.external = {.issuer = config.api_external_issuer,
                      .audience = config.api_external_audience,
                      .jwks = config.api_external_jwks,
                      .scope_prefix = config.api_external_scope_prefix};
  options.secure_cookies = config.behind_tls;
  return options;
}

int runKeys(const CliOptions& cli) {
  // parseCli accepts only known actions; "rotate" is the one there is.
  const auto config = loadConfig(cli);
  const auto database = db::Database::open({config.database_url, 1});
  db::requireCurrentSchema(*database, db::embeddedMigrations());
  const std::string kid = identity::clients::rotateSigningKey(*database, clientsOptions(config));
  std::cout << i18n::catalog().format("clients.keys.rotated", {{"kid", kid}}) << '\n';
  return 0;
}

}  // namespace masseflyt::app
