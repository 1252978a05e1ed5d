#include "app/routes.hpp"

#include "app/api/api_routes.hpp"
#include "app/health/health_routes.hpp"
#include "app/pages/pages.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/clients/app/api.hpp"
#include "modules/identity/organisations/app/api.hpp"
#include "integrations/vegvesen/fixture_client.hpp"
#include "modules/registry/carriers/app/api.hpp"
#include "modules/registry/providers/app/api.hpp"
#include "integrations/kartverket/fixture_client.hpp"
#include "modules/registry/addresses/app/api.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/sites/app/api.hpp"
#include "integrations/miljodirektoratet/fixture_client.hpp"
#include "integrations/ngu/fixture_client.hpp"
#include "modules/registry/imports/app/api.hpp"
#include "modules/masses/balance/app/api.hpp"
#include "modules/masses/fractions/app/api.hpp"
#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/plans/app/api.hpp"
#include "modules/masses/searches/app/api.hpp"
#include "platform/privacy/personal_data.hpp"
#include "platform/audit/audit_routes.hpp"
#include "platform/audit/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/web/static_files.hpp"

namespace masseflyt::app {

void registerAllRoutes(http::Router& router, const RouteDependencies& deps) {
  registerHealthRoutes(router, deps.database);
  web::registerStaticRoutes(router, deps.static_dir);
  registerApiRoutes(router, deps.openapi);
  // Without a configured address register the recorded one serves (tests, offline demo).
  static const kartverket::FixtureAddressClient fixture_addresses;
  const registry::addresses::AddressLookup& addresses = deps.address_lookup ? *deps.address_lookup : fixture_addresses;
  auth::registerPermissions(audit::kAuditPermissions);
  // The audit page shows people and organisations by name; only the composition root may ask
  // the identity modules.
  audit::registerAuditRoutes(
      router, deps.database, deps.renderer,
      {.actor = [&database = deps.database](const std::string& id) {
         return identity::accounts::displayName(database, id);
       },
       .organisation = [&database = deps.database](const std::string& id) {
         return identity::organisations::organisationName(database, id);
       }});
  identity::accounts::registerRoutes(router, deps.database, deps.renderer,
                                     {.secure_cookies = deps.behind_tls, .oidc = deps.oidc});
  auto password_reset = deps.password_reset;
  password_reset.secure_cookies = deps.behind_tls;
  identity::accounts::registerPasswordResetRoutes(router, deps.database, deps.renderer,
                                                  std::move(password_reset));
  auth::registerPermissions(identity::organisations::permissions());
  identity::organisations::registerRoutes(router, deps.database, deps.renderer, deps.brreg);
  auth::registerPermissions(registry::projects::permissions());
  registry::projects::registerRoutes(router, deps.database, deps.renderer, deps.brreg);
  auth::registerPermissions(masses::plans::permissions());
  masses::plans::registerRoutes(router, deps.database, deps.renderer, deps.brreg);
  auth::registerPermissions(masses::listings::permissions());
  masses::listings::registerRoutes(router, deps.database, deps.renderer, deps.brreg, addresses);
  auth::registerPermissions(masses::searches::permissions());
  privacy::registerPart("masses.searches",
                        {&masses::searches::exportPersonalData, &masses::searches::erasePersonalData});
  {
    auto& database = deps.database;
    masses::searches::registerRoutes(
        router, database, deps.renderer, deps.brreg,
        {.mailer = deps.password_reset.mailer.get(),
         .email_of = [&database](const std::string& user_id) {
           return identity::accounts::activeEmail(database, user_id);
         },
         .public_base_url = deps.password_reset.public_base_url});
  }
  registry::addresses::registerRoutes(router, addresses);
  auth::registerPermissions(registry::sites::permissions());
  {
    static const storage::LocalFileStore default_files("var/filer");
    registry::sites::registerRoutes(router, deps.database, deps.renderer, deps.brreg,
                                    deps.files ? *deps.files : default_files);
  }
  auth::registerPermissions(registry::imports::permissions());
  {
    // Without configured sources the SYNTHETIC fixture ones serve (tests, offline demo).
    auto sources = deps.import_sources;
    if (sources.empty()) {
      sources = {ngu::clientFor("fixture", ""), miljodirektoratet::clientFor("fixture", "")};
    }
    registry::imports::registerRoutes(router, deps.database, deps.renderer, deps.brreg, std::move(sources));
  }
  auth::registerPermissions(identity::clients::permissions());
  identity::clients::registerRoutes(router, deps.database, deps.renderer, deps.brreg, deps.clients);
  auth::registerPermissions(registry::carriers::permissions());
  {
    // Without a configured register the recorded one serves (tests, offline demo); it lives as
    // long as the process, like the router that holds it.
    static const vegvesen::FixtureVehicleRegister fixture_register;
    const registry::carriers::VehicleRegister& vehicles =
        deps.vehicle_register ? *deps.vehicle_register : fixture_register;
    registry::carriers::registerRoutes(router, deps.database, deps.renderer, deps.brreg, vehicles);
  }
  auth::registerPermissions(registry::providers::permissions());
  registry::providers::registerRoutes(router, deps.database, deps.renderer, deps.brreg);
  masses::fractions::registerRoutes(router, deps.renderer);
  masses::balance::registerRoutes(router, deps.database, deps.renderer);
  // Last: the developer portal lists the scopes, so every module's permissions must be in.
  pages::registerPageRoutes(router, deps.renderer);
}

}  // namespace masseflyt::app
