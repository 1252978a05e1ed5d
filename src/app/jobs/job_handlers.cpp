#include "app/jobs/job_handlers.hpp"

namespace masseflyt::app {

void registerJobHandlers(jobs::JobRegistry& registry) {
  // The platform foundation has no job kinds yet; modules register theirs here.
  (void)registry;
}

}  // namespace masseflyt::app
