#include "app/demo/demo_seeders.hpp"

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/organisations/app/api.hpp"

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
  };
}

}  // namespace masseflyt::app
