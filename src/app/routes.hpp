#pragma once

#include <filesystem>
#include <memory>

#include "app/api/openapi_document.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/clients/app/api.hpp"
#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/registry/addresses/app/address_lookup.hpp"
#include "modules/registry/carriers/app/vehicle_register.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/storage/file_store.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::app {

/// Everything route handlers may hold on to; all of it outlives the router.
struct RouteDependencies {
  db::Database& database;
  const web::Renderer& renderer;
  const OpenApiDocument& openapi;
  const identity::organisations::BrregClient& brreg;
  std::filesystem::path static_dir;
  /// Served over TLS (config behind_tls): session cookies get Secure and the __Host- prefix.
  bool behind_tls = false;
  /// "Glemt passord": where links point and how mail goes out (no mailer: mail not configured).
  identity::accounts::PasswordResetOptions password_reset{};
  /// Login with OpenID Connect; off (no issuer) unless configured.
  identity::accounts::OidcSettings oidc{};
  /// API clients, tokens and the trusted external issuer (config [api]).
  identity::clients::ClientsOptions clients{};
  /// Statens vegvesen vehicle data; null: the recorded fixture register (tests, offline demo).
  std::shared_ptr<const registry::carriers::VehicleRegister> vehicle_register{};
  /// Kartverket's address register (config integrations.kartverket_mode); null: the fixture one.
  std::shared_ptr<const registry::addresses::AddressLookup> address_lookup{};
  /// NGU and Miljødirektoratet for the site imports (config ngu_mode, miljodirektoratet_mode);
  /// empty: the SYNTHETIC fixture sources.
  std::vector<std::shared_ptr<const registry::imports::PublicSiteSource>> import_sources{};
  /// Uploaded files (config [storage] directory); null: var/filer (the route table's own tests,
  /// which upload nothing).
  std::shared_ptr<const storage::FileStore> files{};
};

/// The one place every route of the binary is registered: platform routes first, then each
/// module's. The OpenAPI coverage test calls this too, so it sees exactly what `serve` serves.
void registerAllRoutes(http::Router& router, const RouteDependencies& deps);

}  // namespace masseflyt::app
