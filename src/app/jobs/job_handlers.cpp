#include "app/jobs/job_handlers.hpp"

#include "modules/identity/accounts/app/api.hpp"
#include "modules/masses/searches/app/api.hpp"
#include "modules/registry/imports/app/api.hpp"

namespace masseflyt::app {

void registerJobHandlers(jobs::JobRegistry& registry, const JobDependencies& dependencies) {
  auto& database = dependencies.database;
  masses::searches::registerJobs(
      registry, database, dependencies.brreg,
      {.mailer = dependencies.mailer.get(),
       .email_of = [&database](const std::string& user_id) {
         return identity::accounts::activeEmail(database, user_id);
       },
       .public_base_url = dependencies.public_base_url});
  registry::imports::registerJobs(registry, database, dependencies.brreg, dependencies.import_sources);
}

void scheduleRecurringJobs(const JobDependencies& dependencies) {
  registry::imports::scheduleNightlyRefresh(dependencies.database, dependencies.import_sources);
}

}  // namespace masseflyt::app
