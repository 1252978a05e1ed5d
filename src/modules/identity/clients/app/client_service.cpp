#include "modules/identity/clients/app/client_service.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include "modules/identity/clients/domain/scopes.hpp"
#include "modules/identity/clients/infra/client_repository.hpp"
#include "modules/identity/clients/infra/jwt.hpp"
#include "modules/identity/clients/infra/jwt_json.hpp"
#include "modules/identity/clients/permissions.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/random.hpp"
#include "platform/db/uuid.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::identity::clients {
namespace {

constexpr std::size_t kMaxNameChars = 100;
constexpr std::size_t kSecretBytes = 32;
// Domain separation: the pepper may be empty, the hash is still specific to this use.
constexpr std::string_view kSecretContext = "masseflyt api client secret v1\n";

std::size_t utf8Length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

bool hasControl(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
  });
}

std::string details(std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  std::string out = "{";
  bool first = true;
  for (const auto& [key, value] : fields) {
    if (!first) out += ',';
    first = false;
    log::appendJsonString(out, key);
    out += ':';
    log::appendJsonString(out, value);
  }
  return out + '}';
}

}  // namespace

std::string addressHash(const ClientsOptions& options, std::string_view remote_address) {
  if (remote_address.empty()) return {};
  return crypto::hexEncode(
      crypto::hmacSha256("masseflyt audit address\n" + options.secret_pepper, remote_address))
      .substr(0, 32);
}

ClientService::ClientService(db::Database& database, const organisations::BrregClient& brreg,
                             ClientsOptions options, std::shared_ptr<KeyStore> keys)
    : database_(database),
      organisations_(database, brreg),
      options_(std::move(options)),
      keys_(std::move(keys)) {}

std::string ClientService::hashSecret(std::string_view secret) const {
  return crypto::hexEncode(
      crypto::hmacSha256(std::string(kSecretContext) + options_.secret_pepper, secret));
}

organisations::OrganisationRecord ClientService::organisationFor(const auth::Principal* actor,
                                                                 std::string_view orgnr) const {
  if (actor == nullptr) {
    throw Error(ErrorKind::Unauthorized, "auth.error.login_required", std::string(kManagePermission));
  }
  auto organisation = organisations_.find(orgnr);
  if (!organisation) throw Error(ErrorKind::NotFound, "organisations.error.not_found");
  if (!auth::allowed(actor, kManagePermission, organisation->id)) {
    throw Error(ErrorKind::Forbidden, "auth.error.forbidden_organisation",
                std::string(kManagePermission));
  }
  return std::move(*organisation);
}

std::vector<ApiClientRecord> ClientService::list(const auth::Principal* actor,
                                                 std::string_view orgnr) const {
  const auto organisation = organisationFor(actor, orgnr);
  auto lease = database_.lease();
  return repository::listClients(lease, organisation.id);
}

std::vector<std::string> ClientService::grantable(
    const auth::Principal& actor, const organisations::OrganisationRecord& organisation) const {
  return grantableScopes(actor, organisation.id, auth::allPermissions());
}

ClientService::Created ClientService::create(const auth::Principal& actor, std::string_view orgnr,
                                             std::string_view name_input,
                                             const std::vector<std::string>& scopes,
                                             std::string_view remote_address) const {
  const auto organisation = organisationFor(&actor, orgnr);
  if (actor.kind != auth::Principal::Kind::Person) {
    throw Error(ErrorKind::Forbidden, "clients.error.person_only");
  }
  std::vector<FieldError> errors;
  const std::string name = trim(name_input);
  if (name.empty()) {
    errors.push_back({"navn", "clients.validation.name_required"});
  } else if (utf8Length(name) > kMaxNameChars) {
    errors.push_back({"navn", "clients.validation.name_too_long"});
  } else if (hasControl(name)) {
    errors.push_back({"navn", "clients.validation.name_invalid"});
  }
  const auto grantable_scopes = grantable(actor, organisation);
  std::vector<std::string> chosen;
  for (const auto& scope : scopes) {
    if (std::find(chosen.begin(), chosen.end(), scope) != chosen.end()) continue;
    chosen.push_back(scope);
  }
  if (chosen.empty()) {
    errors.push_back({"scopes", "clients.validation.scopes_required"});
  } else if (!narrowScopes(grantable_scopes, chosen)) {
    errors.push_back({"scopes", "clients.validation.scope_not_allowed"});
  }
  if (!errors.empty()) {
    std::string key = errors.front().message_key;  // before errors is moved from
    throw Error(ErrorKind::Validation, std::move(key), {}, std::move(errors));
  }

  Created created;
  created.secret = crypto::randomToken(kSecretBytes);
  auto& client = created.client;
  const std::int64_t now = db::nowEpochMs();
  client.id = db::newUuidV7();
  client.organisation_id = organisation.id;
  client.name = name;
  client.scopes = chosen;
  client.secret_hash = hashSecret(created.secret);
  client.status = std::string(kStatusActive);
  client.created_at = now;
  client.created_by = actor.user_id;
  client.secret_rotated_at = now;
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertClient(lease, client);
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "api_client.created",
                        .subject_type = "api_client",
                        .subject_id = client.id,
                        .organisation_id = organisation.id,
                        .details = details({{"name", name}, {"scopes", joinScopes(chosen)}}),
                        .ip_hash = addressHash(options_, remote_address)});
  transaction.commit();
  return created;
}

ClientService::Created ClientService::rotateSecret(const auth::Principal& actor,
                                                   std::string_view orgnr,
                                                   std::string_view client_id,
                                                   std::string_view remote_address) const {
  const auto organisation = organisationFor(&actor, orgnr);
  if (actor.kind != auth::Principal::Kind::Person) {
    throw Error(ErrorKind::Forbidden, "clients.error.person_only");
  }
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  auto client = repository::findClient(lease, std::string(client_id));
  if (!client || client->organisation_id != organisation.id) {
    throw Error(ErrorKind::NotFound, "clients.error.not_found");
  }
  Created created;
  created.secret = crypto::randomToken(kSecretBytes);
  const std::int64_t now = db::nowEpochMs();
  if (!repository::replaceSecret(lease, client->id, hashSecret(created.secret), now)) {
    throw Error(ErrorKind::Conflict, "clients.error.revoked");
  }
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "api_client.secret_rotated",
                        .subject_type = "api_client",
                        .subject_id = client->id,
                        .organisation_id = organisation.id,
                        .details = details({{"name", client->name}}),
                        .ip_hash = addressHash(options_, remote_address)});
  transaction.commit();
  client->secret_rotated_at = now;
  created.client = std::move(*client);
  return created;
}

ApiClientRecord ClientService::revoke(const auth::Principal& actor, std::string_view orgnr,
                                      std::string_view client_id,
                                      std::string_view remote_address) const {
  const auto organisation = organisationFor(&actor, orgnr);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  auto client = repository::findClient(lease, std::string(client_id));
  if (!client || client->organisation_id != organisation.id) {
    throw Error(ErrorKind::NotFound, "clients.error.not_found");
  }
  const std::int64_t now = db::nowEpochMs();
  if (!repository::revokeClient(lease, client->id, actor.user_id, now)) {
    throw Error(ErrorKind::Conflict, "clients.error.revoked");
  }
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "api_client.revoked",
                        .subject_type = "api_client",
                        .subject_id = client->id,
                        .organisation_id = organisation.id,
                        .details = details({{"name", client->name}}),
                        .ip_hash = addressHash(options_, remote_address)});
  transaction.commit();
  forgetClientStatus(client->id);
  client->status = std::string(kStatusRevoked);
  client->revoked_at = now;
  client->revoked_by = actor.user_id;
  return std::move(*client);
}

std::variant<ClientService::Token, ClientService::TokenError> ClientService::issueToken(
    std::string_view client_id, std::string_view secret, std::optional<std::string_view> scope,
    std::string_view remote_address) const {
  std::optional<ApiClientRecord> client;
  {
    auto lease = database_.lease();
    if (!client_id.empty() && client_id.size() <= 64) {
      client = repository::findClient(lease, std::string(client_id));
    }
    // The hash is computed whether or not the client exists, so timing does not tell which.
    const std::string presented = hashSecret(secret);
    std::string_view reason;
    if (!client) {
      reason = "unknown_client";
    } else if (!crypto::constantTimeEquals(presented, client->secret_hash)) {
      reason = "wrong_secret";
    } else if (!client->active()) {
      reason = "revoked";
    }
    if (!reason.empty()) {
      db::Transaction transaction(lease);
      audit::record(lease, {.actor_id = client ? client->id : std::string(),
                            .action = "api_client.token_denied",
                            .subject_type = "api_client",
                            .subject_id = client ? client->id : std::string(),
                            .organisation_id = client ? client->organisation_id : std::string(),
                            .details = details({{"reason", reason}}),
                            .ip_hash = addressHash(options_, remote_address)});
      transaction.commit();
      return TokenError{"invalid_client", "clients.oauth.invalid_client"};
    }
  }
  std::vector<std::string> requested;
  if (scope) {
    auto parsed = parseScopeList(*scope);
    if (!parsed) return TokenError{"invalid_scope", "clients.oauth.invalid_scope"};
    requested = std::move(*parsed);
  }
  const auto granted = narrowScopes(currentScopes(client->scopes, auth::allPermissions()), requested);
  if (!granted) return TokenError{"invalid_scope", "clients.oauth.invalid_scope"};
  const auto organisation = organisations_.findById(client->organisation_id);
  if (!organisation) return TokenError{"invalid_grant", "clients.oauth.organisation_gone"};

  const std::int64_t now_ms = db::nowEpochMs();
  const std::int64_t now = now_ms / 1000;
  json::AccessTokenClaims claims;
  claims.issuer = options_.issuer;
  claims.subject = client->id;
  claims.audience = options_.audience;
  claims.jti = crypto::randomToken(16);
  claims.scope = joinScopes(*granted);
  claims.organisation_number = organisation->organisation_number;
  claims.issued_at = now;
  claims.expires_at = now + options_.token_lifetime.count();
  const auto signer = keys_->signer();
  Token token;
  token.access_token = jwt::signEs256(signer.private_jwk, signer.kid, json::accessTokenPayload(claims));
  token.expires_in = options_.token_lifetime.count();
  token.scope = claims.scope;
  // last_used_at is for people deciding whether a client is still in use: minute precision is
  // plenty, so most token requests write nothing.
  if (!client->last_used_at || now_ms - *client->last_used_at > 60'000) {
    auto lease = database_.lease();
    repository::touchClient(lease, client->id, now_ms);
  }
  return token;
}

std::shared_ptr<KeyStore> sharedKeyStore(db::Database& database, const ClientsOptions& options) {
  static std::mutex mutex;
  static std::map<db::Database*, std::weak_ptr<KeyStore>> stores;
  const std::lock_guard lock(mutex);
  auto& slot = stores[&database];
  if (auto existing = slot.lock()) return existing;
  // Retired keys stay valid for the longest lifetime configuration allows (1 h), so a lowered
  // lifetime never cuts off tokens already issued.
  auto store = std::make_shared<KeyStore>(database, options.key_encryption_key,
                                          std::max(options.token_lifetime, std::chrono::seconds(3600)));
  slot = store;
  return store;
}

}  // namespace masseflyt::identity::clients
