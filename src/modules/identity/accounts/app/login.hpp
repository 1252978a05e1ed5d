#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "modules/identity/accounts/infra/account_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"

// The use cases of local login, independent of HTTP: the web layer passes cookie values in and
// sets the cookies it gets back. Module-internal; other modules use app/api.hpp.
namespace masseflyt::identity::accounts {

/// A session and the cookie value that names it (only the hash is stored).
struct IssuedSession {
  std::string token;
  repository::SessionRow row;
};

/// The session a cookie value names, or nullopt if there is none or it expired (expired rows are
/// deleted). Refreshes last_seen_at at most once a minute.
std::optional<repository::SessionRow> loadSession(db::Database& database, std::string_view token,
                                                  std::int64_t now);

/// The person behind an active session: user, platform roles, verified and pending memberships.
std::shared_ptr<const auth::Principal> loadPrincipal(db::Database& database,
                                                     const repository::SessionRow& session);

/// A pre-session for the login form: no user, its own CSRF token.
IssuedSession startPreSession(db::Database& database, const std::string& ip_hash, std::int64_t now);

/// "a:<sha256>" / "i:<keyed hash>": what the throttle counts; the hashes keep e-mails and
/// addresses out of the table (addresses keyed, app/address_hash.hpp).
std::string accountThrottleKey(std::string_view email);
std::string addressThrottleKey(std::string_view remote_address);
/// What sessions and audit entries keep of a client address: a keyed hash (app/address_hash.hpp).
std::string hashAddress(std::string_view remote_address);
/// Records an audit entry about a person acting on their own account (login, logout, TOTP,
/// password reset), in the caller's transaction.
void auditUserEvent(db::Database::Lease& lease, std::string_view action, const std::string& user_id,
                    std::string_view remote_address, std::string details = {});

struct StepOutcome {
  enum class Kind { Throttled, Invalid, Done } kind = Kind::Invalid;
  std::int64_t retry_after_seconds = 0;
  std::optional<IssuedSession> session;  ///< Done: the new (rotated) session
};

/// An 'active' session for a login that was strong by itself (OpenID Connect at substantial
/// assurance or above): no TOTP step, and step_up_at = now since the login was fresh. Runs inside
/// the caller's transaction; the caller deletes the browser's previous session (rotation).
IssuedSession issueActiveSession(db::Database::Lease& lease, const std::string& user_id,
                                 std::string_view remote_address, std::int64_t now);

/// E-mail + password. Done: the previous session is replaced by one at stage 'totp' (or 'enrol'
/// when the account has no TOTP yet). Throttled attempts are not evaluated.
StepOutcome loginWithPassword(db::Database& database, const std::optional<repository::SessionRow>& previous,
                              std::string_view email, std::string_view password,
                              std::string_view remote_address, std::int64_t now);

/// The TOTP code of a session at stage 'totp'. Done: replaced by an 'active' session.
StepOutcome completeTotp(db::Database& database, const repository::SessionRow& session,
                         std::string_view code, std::string_view remote_address, std::int64_t now);

/// The secret being enrolled for this session (base32), made and stored on first call.
std::string enrolmentSecret(db::Database& database, const repository::SessionRow& session);
/// Confirms the enrolment with a code from the new secret. Done: the user has TOTP; a session
/// at stage 'enrol' is replaced by an 'active' one, an active session keeps going (session unset).
StepOutcome confirmEnrolment(db::Database& database, const repository::SessionRow& session,
                             std::string_view code, std::string_view remote_address,
                             std::int64_t now);

/// TOTP re-entry for step-up on an active session. Done: step_up_at = now.
StepOutcome stepUp(db::Database& database, const repository::SessionRow& session,
                   std::string_view code, std::string_view remote_address, std::int64_t now);

void logout(db::Database& database, const repository::SessionRow& session,
            std::string_view remote_address);
/// Deletes every session of the user, this one included.
void logoutEverywhere(db::Database& database, const repository::SessionRow& session,
                      std::string_view remote_address);

}  // namespace masseflyt::identity::accounts
