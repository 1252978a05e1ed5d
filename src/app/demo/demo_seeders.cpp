#include "app/demo/demo_seeders.hpp"

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/organisations/app/api.hpp"
#include "modules/registry/carriers/app/api.hpp"
#include "modules/registry/providers/app/api.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/sites/app/api.hpp"

namespace masseflyt::app {

std::vector<DemoSeeder> demoSeeders() {
  // The platform foundation has no domain records yet; the registry, identity and masses
  // modules register their seeders here.
  // Order matters: later seeders look up what earlier ones made (organisations finds the demo
  // accounts by e-mail).
  return {
      {"identity.accounts", identity::accounts::seedDemoAccounts},
      {"identity.organisations",
       [](db::Database& database) {
         // The demo companies are fictional and live only in the fixture register.
         return identity::organisations::seedDemoOrganisations(database,
                                                               brreg::FixtureBrregClient());
       }},
      {"registry.sites",
       [](db::Database& database) {
         // ~70 fictional sites with permits, owned by fixture-register demo companies.
         return registry::sites::seedDemoSites(database, brreg::FixtureBrregClient());
       }},
      {"registry.projects",
       [](db::Database& database) {
         // The real public projects get fictional stand-in developers (fixture register only).
         return registry::projects::seedDemoProjects(database, brreg::FixtureBrregClient());
       }},
      {"registry.carriers",
       [](db::Database& database) {
         return registry::carriers::seedDemoCarriers(database, brreg::FixtureBrregClient());
       }},
      {"registry.providers",
       [](db::Database& database) {
         // The demo lab (kvalitet@demo.masseflyt.no) and fictional providers (fixture register).
         return registry::providers::seedDemoProviders(database, brreg::FixtureBrregClient());
       }},
  };
}

}  // namespace masseflyt::app
