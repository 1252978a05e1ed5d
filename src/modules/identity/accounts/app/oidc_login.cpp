#include "modules/identity/accounts/app/oidc_login.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "modules/identity/accounts/domain/policy.hpp"
#include "modules/identity/accounts/infra/oidc_repository.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/random.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::identity::accounts {
namespace {

auth::oidc::ProviderConfig providerConfig(const OidcSettings& settings) {
  auth::oidc::ProviderConfig config;
  config.issuer = settings.issuer;
  config.client_id = settings.client_id;
  config.client_secret = settings.client_secret;
  config.redirect_uri = settings.redirect_uri;
  // `email` for linking to an existing local account; ID-porten ignores scopes it does not know.
  config.scopes = {"openid", "profile", "email"};
  if (!settings.required_acr.empty()) config.required_acr = settings.required_acr;
  return config;
}

std::optional<std::int64_t> throttledFor(db::Database::Lease& lease, const std::string& key,
                                         const ThrottlePolicy& policy, std::int64_t now) {
  const auto times = repository::failuresSince(lease, key, now - policy.window.count());
  const auto decision = evaluateThrottle(policy, times, now);
  if (decision.allowed) return std::nullopt;
  return decision.retry_after_seconds;
}

// The provider's `error` is attacker-controlled text: keep only what an error code may contain.
std::string errorCode(std::string_view error) {
  std::string out;
  for (const char c : error.substr(0, 40)) {
    if (std::islower(static_cast<unsigned char>(c)) || c == '_') out += c;
  }
  return out.empty() ? "unknown" : out;
}

void auditFailure(db::Database& database, std::string_view reason, std::string_view remote_address,
                  std::int64_t now) {
  auto lease = database.lease();
  db::Transaction tx(lease);
  repository::recordFailure(lease, addressThrottleKey(remote_address), now);
  audit::AuditEvent event;
  event.action = "login.failed";
  event.details = std::string(R"({"method":"oidc","reason":")") + std::string(reason) + "\"}";
  event.ip_hash = hashAddress(remote_address);
  audit::record(lease, event);
  tx.commit();
}

OidcOutcome outcome(OidcOutcome::Kind kind, std::string message_key = {}) {
  OidcOutcome result;
  result.kind = kind;
  result.message_key = std::move(message_key);
  return result;
}

// "oidc.error.acr" -> "acr": the reason as it goes into the audit details.
std::string reasonOf(const std::string& message_key) {
  const auto dot = message_key.rfind('.');
  return dot == std::string::npos ? message_key : message_key.substr(dot + 1);
}

std::string displayNameOf(const auth::oidc::IdentityClaims& claims) {
  if (claims.name && !claims.name->empty() && claims.name->size() <= 200) return *claims.name;
  return std::string(i18n::t("accounts.oidc.unknown_name"));
}

std::string placeholderEmail() { return "ukjent-" + crypto::hexEncode(crypto::randomBytes(8)) + "@invalid"; }

struct Resolved {
  repository::UserRow user;
  std::string how;  // "subject", "email" or "created"
};

// Inside the caller's transaction: the user for these claims, linked or created as needed.
Resolved resolveUser(db::Database::Lease& lease, const auth::oidc::IdentityClaims& claims,
                     std::int64_t now) {
  if (auto user = repository::findUserByOidcSubject(lease, claims.issuer, claims.subject)) {
    return {std::move(*user), "subject"};
  }
  const auto email = claims.email ? normaliseEmail(*claims.email) : std::nullopt;
  std::optional<repository::UserRow> same_email;
  if (email) same_email = repository::findUserByEmail(lease, *email);
  // Linking hands the local account to whoever controls this provider identity, so it happens
  // only when the provider vouches for the address, and never replaces an existing link.
  if (same_email && claims.email_verified && same_email->status == "active" &&
      !repository::hasOidcLink(lease, same_email->id) &&
      repository::linkOidcSubject(lease, same_email->id, claims.issuer, claims.subject, now)) {
    return {std::move(*same_email), "email"};
  }
  repository::UserRow row;
  row.id = db::newUuidV7();
  row.email = (email && !same_email) ? *email : placeholderEmail();
  row.display_name = displayNameOf(claims);
  row.created_at = now;
  row.updated_at = now;
  repository::insertUser(lease, row);
  if (!repository::linkOidcSubject(lease, row.id, claims.issuer, claims.subject, now)) {
    throw Error(ErrorKind::Internal, "accounts.oidc.error.link", "new user could not be linked");
  }
  return {std::move(row), "created"};
}

}  // namespace

std::string oidcStartThrottleKey(std::string_view remote_address) {
  return "o:" + crypto::sha256Hex(remote_address);
}

OidcLogin::OidcLogin(const OidcSettings& settings, std::unique_ptr<auth::oidc::HttpFetcher> fetcher)
    : fetcher_(std::move(fetcher)), client_(providerConfig(settings), *fetcher_) {}

OidcBegin OidcLogin::begin(db::Database& database, std::string_view next,
                           std::string_view remote_address, std::int64_t now_ms) {
  OidcBegin result;
  const auto start_key = oidcStartThrottleKey(remote_address);
  {
    auto lease = database.lease();
    std::int64_t retry = 0;
    if (const auto wait = throttledFor(lease, start_key, kOidcStartThrottle, now_ms)) retry = *wait;
    if (const auto wait = throttledFor(lease, addressThrottleKey(remote_address), kAddressThrottle,
                                       now_ms)) {
      retry = std::max(retry, *wait);
    }
    if (retry > 0) {
      result.retry_after_seconds = retry;
      return result;
    }
  }
  // Discovery may need the network: outside any lease or transaction.
  const auto request = client_.beginLogin();
  repository::PendingOidcLogin pending;
  pending.state_hash = crypto::sha256Hex(request.state);
  pending.nonce = request.nonce;
  pending.code_verifier = request.code_verifier;
  pending.next = safeNextPath(next);
  pending.created_at = now_ms;
  pending.expires_at = now_ms + kOidcPendingTimeout.count();
  auto lease = database.lease();
  db::Transaction tx(lease);
  repository::deleteExpiredOidcLogins(lease, now_ms);
  repository::insertPendingOidcLogin(lease, pending);
  repository::recordFailure(lease, start_key, now_ms);  // counts starts, not failures
  tx.commit();
  result.url = request.url;
  result.state = request.state;
  return result;
}

OidcOutcome OidcLogin::complete(db::Database& database,
                                const std::optional<repository::SessionRow>& previous,
                                const OidcCallback& callback, std::string_view remote_address,
                                std::int64_t now_ms) {
  if (callback.state.empty() || callback.state.size() > 256) {
    auditFailure(database, "state", remote_address, now_ms);
    return outcome(OidcOutcome::Kind::UnknownState, "accounts.oidc.error.unknown_state");
  }
  std::optional<repository::PendingOidcLogin> pending;
  {
    auto lease = database.lease();
    db::Transaction tx(lease);
    pending = repository::takePendingOidcLogin(lease, crypto::sha256Hex(callback.state), now_ms);
    tx.commit();
  }
  if (!pending) {
    auditFailure(database, "state", remote_address, now_ms);
    return outcome(OidcOutcome::Kind::UnknownState, "accounts.oidc.error.unknown_state");
  }
  // Login CSRF: a callback URL made in someone else's browser must not log this browser in.
  if (!callback.browser_state ||
      !crypto::constantTimeEquals(*callback.browser_state, callback.state)) {
    auditFailure(database, "browser", remote_address, now_ms);
    return outcome(OidcOutcome::Kind::UnknownState, "accounts.oidc.error.other_browser");
  }
  if (callback.error) {
    auditFailure(database, "provider:" + errorCode(*callback.error), remote_address, now_ms);
    return outcome(OidcOutcome::Kind::Refused, callback.error == "access_denied"
                                                   ? "accounts.oidc.error.cancelled"
                                                   : "accounts.oidc.error.provider");
  }
  if (callback.code.empty() || callback.code.size() > 2048) {
    auditFailure(database, "code", remote_address, now_ms);
    return outcome(OidcOutcome::Kind::Refused, "accounts.oidc.error.provider");
  }

  auth::oidc::AuthorizationRequest stored;
  stored.state = callback.state;  // equal to the stored one: it was found by its hash
  stored.nonce = pending->nonce;
  stored.code_verifier = pending->code_verifier;
  auth::oidc::IdentityClaims claims;
  try {
    std::optional<std::string_view> iss;
    if (callback.iss) iss = *callback.iss;
    claims = client_.completeLogin(callback.code, callback.state, stored, iss);
  } catch (const Error& error) {
    const bool outage = error.kind() == ErrorKind::Unavailable;
    // An outage at the provider is not the person's fault: not counted against the address.
    if (outage) {
      return outcome(OidcOutcome::Kind::Unavailable, error.messageKey());
    }
    auditFailure(database, reasonOf(error.messageKey()), remote_address, now_ms);
    return outcome(OidcOutcome::Kind::Refused, error.messageKey());
  }

  auto lease = database.lease();
  db::Transaction tx(lease);
  const auto resolved = resolveUser(lease, claims, now_ms);
  if (resolved.user.status != "active") {
    tx.commit();  // a link or new user made above stays; the login does not happen
    return outcome(OidcOutcome::Kind::Inactive, "accounts.oidc.error.inactive");
  }
  if (previous) repository::deleteSession(lease, previous->id_hash);  // rotation
  auto issued = issueActiveSession(lease, resolved.user.id, remote_address, now_ms);
  if (resolved.how == "email") {
    auditUserEvent(lease, "oidc.linked", resolved.user.id, remote_address, R"({"by":"email"})");
  } else if (resolved.how == "created") {
    auditUserEvent(lease, "user.created", resolved.user.id, remote_address, R"({"method":"oidc"})");
  }
  auditUserEvent(lease, "login.succeeded", resolved.user.id, remote_address, R"({"method":"oidc"})");
  tx.commit();
  repository::deleteExpiredSessions(lease, now_ms, kIdleTimeout.count());

  OidcOutcome result = outcome(OidcOutcome::Kind::Done);
  result.session = std::move(issued);
  result.next = safeNextPath(pending->next);
  return result;
}

}  // namespace masseflyt::identity::accounts
