#include <iostream>

#include "app/commands/commands.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrator.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::app {

int runAudit(const CliOptions& cli) {
  // parseCli accepts only known actions; "verify" is the one there is.
  const auto config = loadConfig(cli);
  const auto database = db::Database::open({config.database_url, 1});
  db::requireCurrentSchema(*database, db::embeddedMigrations());
  auto lease = database->lease();
  const audit::VerifyResult result = audit::verify(lease);
  if (result.ok) {
    std::cout << i18n::catalog().format("audit.verify.ok",
                                        {{"checked", std::to_string(result.checked)}})
              << '\n';
    return 0;
  }
  std::cout << i18n::catalog().format(
                   "audit.verify.broken",
                   {{"sequence", std::to_string(result.first_broken_sequence.value_or(0))},
                    {"reason", std::string(i18n::t(result.reason_key))}})
            << '\n';
  return 1;
}

}  // namespace masseflyt::app
