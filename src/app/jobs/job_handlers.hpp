#pragma once

#include "platform/jobs/jobs.hpp"

namespace masseflyt::app {

/// Registers every background job kind the modules provide, for `masseflyt worker`. A module adds
/// one call here to its own registration function (for example
/// `masses::registerJobs(registry, ...)`), which names its kinds "<module>.<verb>" so kinds from
/// different modules never collide.
void registerJobHandlers(jobs::JobRegistry& registry);

}  // namespace masseflyt::app
