#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "modules/identity/clients/app/api.hpp"
#include "modules/identity/clients/app/key_store.hpp"
#include "modules/identity/clients/domain/model.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/auth/principal.hpp"

namespace masseflyt::identity::clients {

/// The use cases of API clients. Every method checks permissions itself (auth::allowed), so pages
/// and API share the rules. Thread-safe.
class ClientService {
 public:
  ClientService(db::Database& database, const organisations::BrregClient& brreg,
                ClientsOptions options, std::shared_ptr<KeyStore> keys);

  /// The organisation and the actor's right to manage its clients: Error(NotFound) for an
  /// unknown number, Error(Unauthorized/Forbidden) from auth::require rules.
  organisations::OrganisationRecord organisationFor(const auth::Principal* actor,
                                                    std::string_view orgnr) const;

  std::vector<ApiClientRecord> list(const auth::Principal* actor, std::string_view orgnr) const;
  /// The scopes `actor` may hand out in this organisation (checkboxes on the page).
  std::vector<std::string> grantable(const auth::Principal& actor,
                                     const organisations::OrganisationRecord& organisation) const;

  struct Created {
    ApiClientRecord client;
    std::string secret;  ///< shown once; only its hash is stored
  };
  /// Error(Validation) with fields "navn" (1-100 characters, no control characters) and
  /// "scopes" (at least one; each one the actor may grant). Callers check step-up first.
  Created create(const auth::Principal& actor, std::string_view orgnr, std::string_view name,
                 const std::vector<std::string>& scopes, std::string_view remote_address) const;
  /// New secret for an active client of the organisation; Error(NotFound) otherwise.
  Created rotateSecret(const auth::Principal& actor, std::string_view orgnr,
                       std::string_view client_id, std::string_view remote_address) const;
  /// Deactivates (kept for history); Error(NotFound) for an unknown client, Error(Conflict) if
  /// revoked already.
  ApiClientRecord revoke(const auth::Principal& actor, std::string_view orgnr,
                         std::string_view client_id, std::string_view remote_address) const;

  /// RFC 6749 §5.2 outcome of a token request.
  struct TokenError {
    std::string code;  ///< invalid_client, invalid_scope, …
    std::string description_key;
  };
  struct Token {
    std::string access_token;
    std::int64_t expires_in = 0;
    std::string scope;
  };
  /// Client credentials grant: checks the secret (constant time), narrows scopes, signs. A failed
  /// client authentication is audited as "api_client.token_denied".
  std::variant<Token, TokenError> issueToken(std::string_view client_id, std::string_view secret,
                                             std::optional<std::string_view> scope,
                                             std::string_view remote_address) const;

  /// Hex HMAC-SHA-256 of the secret under the pepper.
  std::string hashSecret(std::string_view secret) const;

  const ClientsOptions& options() const { return options_; }
  KeyStore& keys() const { return *keys_; }

 private:
  db::Database& database_;
  organisations::OrganisationService organisations_;
  ClientsOptions options_;
  std::shared_ptr<KeyStore> keys_;
};

/// A process-wide key store per database, shared by the token endpoint and the bearer
/// middleware so a key made by one is known to the other at once.
std::shared_ptr<KeyStore> sharedKeyStore(db::Database& database, const ClientsOptions& options);

/// Forgets the cached status of a client (revocation takes effect in this process at once).
void forgetClientStatus(const std::string& client_id);

/// A keyed hash of a client address for the audit log (never the address itself).
std::string addressHash(const ClientsOptions& options, std::string_view remote_address);

}  // namespace masseflyt::identity::clients
