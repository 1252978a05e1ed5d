#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "modules/identity/clients/app/api.hpp"
#include "modules/identity/clients/app/key_store.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/auth/principal.hpp"

namespace masseflyt::identity::clients {

/// Turns a bearer token into a principal, or throws Error(Unauthorized,
/// "clients.error.invalid_token", <reason for the log>). Thread-safe.
class BearerAuthenticator {
 public:
  /// `external_jwks_loader` returns the external issuer's JWKS text (file or URL); empty means
  /// the default (read the file, or fetch the https URL with libcurl).
  BearerAuthenticator(db::Database& database, const organisations::BrregClient& brreg,
                      ClientsOptions options, std::shared_ptr<KeyStore> keys,
                      std::function<std::int64_t()> now_seconds = {},
                      std::function<std::string(const std::string&)> external_jwks_loader = {});

  auth::Principal authenticate(std::string_view token);

  /// Accepted clock difference for exp, iat and nbf.
  static constexpr std::int64_t kLeewaySeconds = 30;

 private:
  auth::Principal ours(std::string_view token, const std::string& kid);
  auth::Principal external(std::string_view token, const std::string& kid);
  std::optional<std::string> externalKey(const std::string& kid);

  db::Database& database_;
  organisations::OrganisationService organisations_;
  ClientsOptions options_;
  std::shared_ptr<KeyStore> keys_;
  std::function<std::int64_t()> now_;
  std::function<std::string(const std::string&)> load_jwks_;
  std::mutex mutex_;
  std::string external_jwks_;
  std::int64_t external_loaded_at_ = -1;
};

}  // namespace masseflyt::identity::clients
