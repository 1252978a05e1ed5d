#pragma once

#include <memory>
#include <string>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/db/database.hpp"
#include "platform/jobs/jobs.hpp"

namespace masseflyt::mail {
class Mailer;
}

namespace masseflyt::app {

/// What the modules' job handlers need. Everything must outlive the registry.
struct JobDependencies {
  db::Database& database;
  const identity::organisations::BrregClient& brreg;
  /// nullptr when no SMTP relay is configured: jobs that notify only store in-app notices.
  std::shared_ptr<mail::Mailer> mailer;
  std::string public_base_url;
  /// The public registers the nightly refresh reads (NGU, Miljødirektoratet).
  std::vector<std::shared_ptr<const registry::imports::PublicSiteSource>> import_sources;
};

/// Registers every background job kind the modules provide, for `masseflyt worker` and the worker
/// thread of `serve`. A module adds one call here to its own registration function, which names
/// its kinds "<module>.<thing>.<verb>" so kinds from different modules never collide.
void registerJobHandlers(jobs::JobRegistry& registry, const JobDependencies& dependencies);

/// Queues the next run of recurring work (the nightly import refresh) unless it is waiting
/// already; `serve` and `worker` call it at start.
void scheduleRecurringJobs(const JobDependencies& dependencies);

}  // namespace masseflyt::app
