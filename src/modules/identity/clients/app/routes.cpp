#include "modules/identity/clients/api/client_api.hpp"
#include "modules/identity/clients/app/api.hpp"
#include "modules/identity/clients/app/client_service.hpp"
#include "modules/identity/clients/infra/key_protection.hpp"
#include "modules/identity/clients/permissions.hpp"
#include "modules/identity/clients/web/client_pages.hpp"

namespace masseflyt::identity::clients {

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const organisations::BrregClient& brreg, ClientsOptions options) {
  auto keys = sharedKeyStore(database, options);
  auto service = std::make_shared<const ClientService>(database, brreg, std::move(options), std::move(keys));
  registerPageRoutes(router, service, renderer);
  registerApiRoutes(router, service);
}

std::optional<std::string> parseKeyEncryptionKey(std::string_view text) {
  return parseEncryptionKey(text);
}

std::string rotateSigningKey(db::Database& database, const ClientsOptions& options) {
  return sharedKeyStore(database, options)->rotate("cli");
}

}  // namespace masseflyt::identity::clients
