#include "app/commands/commands.hpp"
#include "integrations/miljodirektoratet/fixture_client.hpp"
#include "integrations/ngu/fixture_client.hpp"

namespace masseflyt::app {

std::vector<std::shared_ptr<const registry::imports::PublicSiteSource>> importSourcesFromConfig(
    const config::Config& config) {
  return {ngu::clientFor(config.ngu_mode, config.ngu_base_url),
          miljodirektoratet::clientFor(config.miljodirektoratet_mode, config.miljodirektoratet_base_url)};
}

}  // namespace masseflyt::app
