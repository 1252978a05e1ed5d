#include "app/demo/demo_seeders.hpp"

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/organisations/app/api.hpp"
#include "modules/registry/carriers/app/api.hpp"
#include "modules/registry/providers/app/api.hpp"
#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/plans/app/api.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/sites/app/api.hpp"
#include "integrations/miljodirektoratet/fixture_client.hpp"
#include "integrations/ngu/fixture_client.hpp"
#include "modules/registry/imports/app/api.hpp"

namespace masseflyt::app {

std::vector<DemoSeeder> demoSeeders(const storage::FileStore& files) {
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
       [&files](db::Database& database) {
         // ~70 fictional sites with permits, owned by fixture-register demo companies; some
         // permits with a fictional decision as PDF.
         return registry::sites::seedDemoSites(database, brreg::FixtureBrregClient(), &files);
       }},
      {"registry.imports",
       [](db::Database& database) {
         // NGU and Miljødirektoratet from their SYNTHETIC fixtures, held by the agencies until
         // claimed.
         const ngu::FixtureGravelAndRock rock;
         const miljodirektoratet::FixtureWasteFacilities waste;
         return registry::imports::seedDemoImports(database, brreg::FixtureBrregClient(), {&rock, &waste});
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
      // Surpluses, needs and capacity at the demo projects and sites (needs both above).
      {"masses.listings",
       [](db::Database& database) {
         return masses::listings::seedDemoListings(database, brreg::FixtureBrregClient());
       }},
      // Mass handling plans for two demo projects (needs the projects above).
      {"masses.plans", [](db::Database& database) { return masses::plans::seedDemoPlans(database); }},
      {"registry.providers",
       [](db::Database& database) {
         // The demo lab (kvalitet@demo.masseflyt.no) and fictional providers (fixture register).
         return registry::providers::seedDemoProviders(database, brreg::FixtureBrregClient());
       }},
  };
}

}  // namespace masseflyt::app
