#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"

// SQL for users, platform roles, sessions and the login throttle. Plain functions over a lease so
// callers choose the transaction. Only app/ of this module calls them.
namespace masseflyt::identity::accounts::repository {

struct UserRow {
  std::string id;
  std::string email;
  std::string display_name;
  std::optional<std::string> phone;
  std::optional<std::string> password_hash;
  std::optional<std::string> totp_secret;  ///< base32
  std::optional<std::int64_t> totp_last_step;
  std::string status = "active";
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

std::optional<UserRow> findUserByEmail(db::Database::Lease& lease, const std::string& email);
std::optional<UserRow> findUserById(db::Database::Lease& lease, const std::string& id);
void insertUser(db::Database::Lease& lease, const UserRow& user);
void setPasswordHash(db::Database::Lease& lease, const std::string& user_id,
                     const std::string& password_hash, std::int64_t now);
void setTotpSecret(db::Database::Lease& lease, const std::string& user_id,
                   const std::string& secret_base32, std::int64_t last_step, std::int64_t now);
/// Records `step` as used if it is newer than the last used one. False when the step (or a later
/// one) was already used: the same code must not log in twice, even from two instances at once.
bool claimTotpStep(db::Database::Lease& lease, const std::string& user_id, std::int64_t step);

std::vector<std::string> platformRoles(db::Database::Lease& lease, const std::string& user_id);
/// True when the role was added, false when the user already had it.
bool addPlatformRole(db::Database::Lease& lease, const std::string& user_id, const std::string& role);

/// Verified and pending memberships with their organisation (memberships JOIN organisations of
/// the organisations module); rejected and revoked ones are left out.
std::vector<auth::Membership> memberships(db::Database::Lease& lease, const std::string& user_id);

struct SessionRow {
  std::string id_hash;
  std::optional<std::string> user_id;
  std::string stage;
  std::string csrf_token;
  std::optional<std::string> pending_totp_secret;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> step_up_at;
  std::optional<std::string> ip_hash;
  std::optional<std::string> user_agent_family;
};

void insertSession(db::Database::Lease& lease, const SessionRow& session);
std::optional<SessionRow> findSession(db::Database::Lease& lease, const std::string& id_hash);
void touchSession(db::Database::Lease& lease, const std::string& id_hash, std::int64_t now);
void setPendingTotpSecret(db::Database::Lease& lease, const std::string& id_hash,
                          const std::optional<std::string>& secret_base32);
void setStepUp(db::Database::Lease& lease, const std::string& id_hash, std::int64_t now);
void deleteSession(db::Database::Lease& lease, const std::string& id_hash);
/// Every session of the user ("log out everywhere"); returns how many there were.
std::int64_t deleteSessionsOfUser(db::Database::Lease& lease, const std::string& user_id);
/// Sessions past their absolute end or idle too long.
std::int64_t deleteExpiredSessions(db::Database::Lease& lease, std::int64_t now,
                                   std::int64_t idle_ms);

void recordFailure(db::Database::Lease& lease, const std::string& key, std::int64_t at);
/// Failure times of `key` after `since`, ascending.
std::vector<std::int64_t> failuresSince(db::Database::Lease& lease, const std::string& key,
                                        std::int64_t since);
void clearFailures(db::Database::Lease& lease, const std::string& key);
/// Rows older than `before` for every key, so the table stays small.
void pruneFailures(db::Database::Lease& lease, std::int64_t before);

}  // namespace masseflyt::identity::accounts::repository
