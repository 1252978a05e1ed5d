#include "app/demo/demo_seeders.hpp"

namespace masseflyt::app {

std::vector<DemoSeeder> demoSeeders() {
  // The platform foundation has no domain records yet; the registry, identity and masses
  // modules register their seeders here.
  return {};
}

}  // namespace masseflyt::app
