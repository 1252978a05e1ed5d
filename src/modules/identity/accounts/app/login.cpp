#include "modules/identity/accounts/app/login.hpp"

#include <algorithm>

#include "modules/identity/accounts/app/address_hash.hpp"
#include "modules/identity/accounts/domain/policy.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/password.hpp"
#include "platform/crypto/random.hpp"
#include "platform/crypto/totp.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::size_t kTokenBytes = 32;  // 256-bit session ids and CSRF tokens
constexpr std::size_t kTokenChars = 43;  // base64url of 32 bytes

// Verified against when the e-mail is unknown, so an unknown address costs as much time as a
// wrong password and response times do not reveal which addresses have accounts.
const std::string& dummyPasswordHash() {
  static const std::string hash = crypto::hashPassword(crypto::randomToken(16));
  return hash;
}

std::int64_t unixSeconds(std::int64_t now_ms) { return now_ms / 1000; }

IssuedSession issueSession(db::Database::Lease& lease, std::optional<std::string> user_id,
                           SessionStage stage, const std::string& ip_hash, std::int64_t now) {
  IssuedSession issued;
  issued.token = crypto::randomToken(kTokenBytes);
  auto& row = issued.row;
  row.id_hash = crypto::sha256Hex(issued.token);
  row.user_id = std::move(user_id);
  row.stage = std::string(stageName(stage));
  row.csrf_token = crypto::randomToken(kTokenBytes);
  row.created_at = now;
  row.last_seen_at = now;
  row.expires_at = expiresAtFor(stage, now);
  if (stage == SessionStage::Active) row.step_up_at = now;  // the login itself was a TOTP entry
  if (!ip_hash.empty()) row.ip_hash = ip_hash;
  repository::insertSession(lease, row);
  return issued;
}

struct ThrottleKeys {
  std::string account;
  std::string address;
};

// Both keys must allow the attempt; the longer wait wins.
std::optional<std::int64_t> throttled(db::Database::Lease& lease, const ThrottleKeys& keys,
                                      std::int64_t now) {
  std::int64_t retry = 0;
  const auto check = [&](const std::string& key, const ThrottlePolicy& policy) {
    if (key.empty()) return;
    const auto failures = repository::failuresSince(lease, key, now - policy.window.count());
    const auto decision = evaluateThrottle(policy, failures, now);
    if (!decision.allowed) retry = std::max(retry, decision.retry_after_seconds);
  };
  check(keys.account, kAccountThrottle);
  check(keys.address, kAddressThrottle);
  if (retry > 0) return retry;
  return std::nullopt;
}

void recordFailedStep(db::Database& database, const ThrottleKeys& keys, const std::string& user_id,
                      std::string_view step, std::string_view remote_address, std::int64_t now) {
  auto lease = database.lease();
  db::Transaction tx(lease);
  if (!keys.account.empty()) repository::recordFailure(lease, keys.account, now);
  repository::recordFailure(lease, keys.address, now);
  audit::AuditEvent event;
  event.actor_id = user_id;
  event.action = "login.failed";
  event.subject_type = user_id.empty() ? "" : "user";
  event.subject_id = user_id;
  event.details = std::string(R"({"step":")") + std::string(step) + "\"}";
  event.ip_hash = hashAddress(remote_address);
  audit::record(lease, event);
  // The failure that reaches the lock threshold is worth its own entry: someone is guessing.
  if (!keys.account.empty()) {
    const auto failures =
        repository::failuresSince(lease, keys.account, now - kAccountThrottle.window.count());
    if (static_cast<int>(failures.size()) == kAccountThrottle.lock_failures) {
      event.action = "login.locked";
      event.details = R"({"scope":"account"})";
      audit::record(lease, event);
    }
  }
  tx.commit();
}

StepOutcome throttledOutcome(std::int64_t retry) {
  StepOutcome outcome;
  outcome.kind = StepOutcome::Kind::Throttled;
  outcome.retry_after_seconds = retry;
  return outcome;
}

StepOutcome invalid() { return StepOutcome{}; }

StepOutcome done(std::optional<IssuedSession> session = std::nullopt) {
  StepOutcome outcome;
  outcome.kind = StepOutcome::Kind::Done;
  outcome.session = std::move(session);
  return outcome;
}

std::optional<repository::UserRow> sessionUser(db::Database::Lease& lease,
                                               const repository::SessionRow& session) {
  if (!session.user_id) return std::nullopt;
  auto user = repository::findUserById(lease, *session.user_id);
  if (!user || user->status != "active") return std::nullopt;
  return user;
}

// Every code step (TOTP at login, enrolment, step-up) starts alike: the session's active user, the
// throttle keys the attempt counts against, and a stop when the session is at the wrong stage or
// either key is locked out.
struct CodeStep {
  std::optional<repository::UserRow> user;
  ThrottleKeys keys;
  std::optional<StepOutcome> stop;
};

CodeStep beginCodeStep(db::Database& database, const repository::SessionRow& session,
                       std::optional<SessionStage> required_stage,
                       std::string_view remote_address, std::int64_t now) {
  CodeStep step;
  auto lease = database.lease();
  step.user = sessionUser(lease, session);
  if (!step.user || (required_stage && session.stage != stageName(*required_stage))) {
    step.stop = invalid();
    return step;
  }
  step.keys = {accountThrottleKey(step.user->email), addressThrottleKey(remote_address)};
  if (const auto retry = throttled(lease, step.keys, now)) step.stop = throttledOutcome(*retry);
  return step;
}

std::optional<std::int64_t> matchingStep(const std::optional<std::string>& secret_base32,
                                         std::string_view code, std::int64_t now) {
  if (!secret_base32) return std::nullopt;
  const auto secret = crypto::base32Decode(*secret_base32);
  if (!secret || code.size() > 32) return std::nullopt;
  return crypto::verifyTotp(*secret, code, unixSeconds(now));
}

}  // namespace

void auditUserEvent(db::Database::Lease& lease, std::string_view action, const std::string& user_id,
                    std::string_view remote_address, std::string details) {
  audit::AuditEvent event;
  event.actor_id = user_id;
  event.action = std::string(action);
  event.subject_type = "user";
  event.subject_id = user_id;
  event.details = std::move(details);
  event.ip_hash = hashAddress(remote_address);
  audit::record(lease, event);
}

std::string accountThrottleKey(std::string_view email) { return "a:" + crypto::sha256Hex(email); }

std::string addressThrottleKey(std::string_view remote_address) {
  return "i:" + keyedAddressHash("throttle", remote_address);
}

std::string hashAddress(std::string_view remote_address) {
  if (remote_address.empty()) return {};
  return keyedAddressHash("address", remote_address);
}

std::optional<repository::SessionRow> loadSession(db::Database& database, std::string_view token,
                                                  std::int64_t now) {
  if (token.size() != kTokenChars) return std::nullopt;
  const std::string id_hash = crypto::sha256Hex(token);
  auto lease = database.lease();
  auto row = repository::findSession(lease, id_hash);
  if (!row) return std::nullopt;
  const SessionTimes times{row->created_at, row->last_seen_at, row->expires_at};
  if (sessionExpired(times, now)) {
    repository::deleteSession(lease, id_hash);
    return std::nullopt;
  }
  if (lastSeenNeedsRefresh(times, now)) {
    repository::touchSession(lease, id_hash, now);
    row->last_seen_at = now;
  }
  return row;
}

std::shared_ptr<const auth::Principal> loadPrincipal(db::Database& database,
                                                     const repository::SessionRow& session) {
  if (session.stage != stageName(SessionStage::Active) || !session.user_id) return nullptr;
  auto lease = database.lease();
  const auto user = sessionUser(lease, session);
  if (!user) return nullptr;
  auto principal = std::make_shared<auth::Principal>();
  principal->kind = auth::Principal::Kind::Person;
  principal->user_id = user->id;
  principal->display_name = user->display_name;
  principal->email = user->email;
  principal->session_id = session.id_hash;
  principal->csrf_token = session.csrf_token;
  principal->authenticated_at_ms = session.created_at;
  principal->step_up_at_ms = session.step_up_at.value_or(0);
  principal->totp_enrolled = user->totp_secret.has_value();
  principal->platform_roles = repository::platformRoles(lease, user->id);
  principal->memberships = repository::memberships(lease, user->id);
  return principal;
}

IssuedSession issueActiveSession(db::Database::Lease& lease, const std::string& user_id,
                                 std::string_view remote_address, std::int64_t now) {
  return issueSession(lease, user_id, SessionStage::Active, hashAddress(remote_address), now);
}

IssuedSession startPreSession(db::Database& database, const std::string& ip_hash, std::int64_t now) {
  auto lease = database.lease();
  return issueSession(lease, std::nullopt, SessionStage::Anonymous, ip_hash, now);
}

StepOutcome loginWithPassword(db::Database& database,
                              const std::optional<repository::SessionRow>& previous,
                              std::string_view email_input, std::string_view password,
                              std::string_view remote_address, std::int64_t now) {
  const auto email = normaliseEmail(email_input);
  const ThrottleKeys keys{email ? accountThrottleKey(*email) : std::string(),
                          addressThrottleKey(remote_address)};
  std::optional<repository::UserRow> user;
  {
    auto lease = database.lease();
    if (const auto retry = throttled(lease, keys, now)) return throttledOutcome(*retry);
    if (email) user = repository::findUserByEmail(lease, *email);
  }
  // Argon2 outside any transaction and lease: it takes tens of milliseconds.
  const bool usable = user && user->status == "active" && user->password_hash;
  const bool ok = crypto::verifyPassword(password, usable ? *user->password_hash : dummyPasswordHash());
  if (!usable || !ok) {
    recordFailedStep(database, keys, user ? user->id : std::string(), "password", remote_address, now);
    return invalid();
  }
  const bool rehash = crypto::passwordNeedsRehash(*user->password_hash);
  const std::string new_hash = rehash ? crypto::hashPassword(password) : std::string();

  auto lease = database.lease();
  db::Transaction tx(lease);
  if (rehash) repository::setPasswordHash(lease, user->id, new_hash, now);
  // Rotation: whatever session the browser had (pre-session or an older login) is replaced.
  if (previous) repository::deleteSession(lease, previous->id_hash);
  const auto stage = user->totp_secret ? SessionStage::Totp : SessionStage::Enrol;
  auto issued = issueSession(lease, user->id, stage, hashAddress(remote_address), now);
  tx.commit();
  return done(std::move(issued));
}

StepOutcome completeTotp(db::Database& database, const repository::SessionRow& session,
                         std::string_view code, std::string_view remote_address, std::int64_t now) {
  auto [user, keys, stop] = beginCodeStep(database, session, SessionStage::Totp, remote_address, now);
  if (stop) return *stop;
  if (const auto step = matchingStep(user->totp_secret, code, now)) {
    auto lease = database.lease();
    db::Transaction tx(lease);
    if (repository::claimTotpStep(lease, user->id, *step)) {
      repository::deleteSession(lease, session.id_hash);
      auto issued =
          issueSession(lease, user->id, SessionStage::Active, hashAddress(remote_address), now);
      repository::clearFailures(lease, keys.account);
      auditUserEvent(lease, "login.succeeded", user->id, remote_address, R"({"method":"password+totp"})");
      tx.commit();
      // Housekeeping on the (rare) login path rather than on every request.
      repository::deleteExpiredSessions(lease, now, kIdleTimeout.count());
      repository::pruneFailures(lease, now - kAccountThrottle.window.count());
      return done(std::move(issued));
    }
  }
  recordFailedStep(database, keys, user->id, "totp", remote_address, now);
  return invalid();
}

std::string enrolmentSecret(db::Database& database, const repository::SessionRow& session) {
  if (session.pending_totp_secret) return *session.pending_totp_secret;
  const std::string secret = crypto::base32Encode(crypto::newTotpSecret());
  auto lease = database.lease();
  repository::setPendingTotpSecret(lease, session.id_hash, secret);
  return secret;
}

StepOutcome confirmEnrolment(db::Database& database, const repository::SessionRow& session,
                             std::string_view code, std::string_view remote_address,
                             std::int64_t now) {
  auto [user, keys, stop] = beginCodeStep(database, session, std::nullopt, remote_address, now);
  if (stop) return *stop;
  const auto step = matchingStep(session.pending_totp_secret, code, now);
  if (!step) {
    recordFailedStep(database, keys, user->id, "totp_enrolment", remote_address, now);
    return invalid();
  }
  auto lease = database.lease();
  db::Transaction tx(lease);
  repository::setTotpSecret(lease, user->id, *session.pending_totp_secret, *step, now);
  std::optional<IssuedSession> issued;
  if (session.stage == stageName(SessionStage::Enrol)) {
    // Enrolment completes the login: rotate into an active session.
    repository::deleteSession(lease, session.id_hash);
    issued = issueSession(lease, user->id, SessionStage::Active, hashAddress(remote_address), now);
    repository::clearFailures(lease, keys.account);
    auditUserEvent(lease, "totp.enrolled", user->id, remote_address);
    auditUserEvent(lease, "login.succeeded", user->id, remote_address, R"({"method":"password+totp"})");
  } else {
    repository::setPendingTotpSecret(lease, session.id_hash, std::nullopt);
    repository::setStepUp(lease, session.id_hash, now);
    auditUserEvent(lease, "totp.enrolled", user->id, remote_address);
  }
  tx.commit();
  return done(std::move(issued));
}

StepOutcome stepUp(db::Database& database, const repository::SessionRow& session,
                   std::string_view code, std::string_view remote_address, std::int64_t now) {
  auto [user, keys, stop] = beginCodeStep(database, session, SessionStage::Active, remote_address, now);
  if (stop) return *stop;
  if (const auto step = matchingStep(user->totp_secret, code, now)) {
    auto lease = database.lease();
    db::Transaction tx(lease);
    if (repository::claimTotpStep(lease, user->id, *step)) {
      repository::setStepUp(lease, session.id_hash, now);
      auditUserEvent(lease, "session.step_up", user->id, remote_address);
      tx.commit();
      return done();
    }
  }
  recordFailedStep(database, keys, user->id, "step_up", remote_address, now);
  return invalid();
}

void logout(db::Database& database, const repository::SessionRow& session,
            std::string_view remote_address) {
  auto lease = database.lease();
  db::Transaction tx(lease);
  repository::deleteSession(lease, session.id_hash);
  if (session.user_id && session.stage == stageName(SessionStage::Active)) {
    auditUserEvent(lease, "logout", *session.user_id, remote_address);
  }
  tx.commit();
}

void logoutEverywhere(db::Database& database, const repository::SessionRow& session,
                      std::string_view remote_address) {
  if (!session.user_id) return logout(database, session, remote_address);
  auto lease = database.lease();
  db::Transaction tx(lease);
  const auto count = repository::deleteSessionsOfUser(lease, *session.user_id);
  auditUserEvent(lease, "logout.everywhere", *session.user_id, remote_address,
        "{\"sessions\":" + std::to_string(count) + "}");
  tx.commit();
}

}  // namespace masseflyt::identity::accounts
