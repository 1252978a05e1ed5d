#include "modules/identity/accounts/infra/account_repository.hpp"

#include <soci/soci.h>

#include <string_view>

#include "platform/db/optional.hpp"

namespace masseflyt::identity::accounts::repository {
namespace {

constexpr std::string_view kUserColumns =
    "id, email, display_name, phone, password_hash, totp_secret, totp_last_step, status, "
    "created_at, updated_at";

constexpr std::string_view kInsertUser = R"sql(
INSERT INTO users (id, email, display_name, phone, password_hash, totp_secret, totp_last_step,
                   status, created_at, updated_at)
VALUES (:id, :email, :display_name, :phone, :password_hash, :totp_secret, :totp_last_step,
        :status, :created_at, :updated_at))sql";

constexpr std::string_view kClaimTotpStep = R"sql(
UPDATE users SET totp_last_step = :step
 WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step))sql";

constexpr std::string_view kMemberships = R"sql(
SELECT m.organisation_id, o.organisasjonsnummer, o.name, m.role, m.status
  FROM memberships m
  JOIN organisations o ON o.id = m.organisation_id
 WHERE m.user_id = :user_id AND m.status IN ('verified', 'pending')
 ORDER BY o.name, m.role)sql";

constexpr std::string_view kSessionColumns =
    "id_hash, user_id, stage, csrf_token, pending_totp_secret, created_at, last_seen_at, "
    "expires_at, step_up_at, ip_hash, user_agent_family";

constexpr std::string_view kInsertSession = R"sql(
INSERT INTO sessions (id_hash, user_id, stage, csrf_token, pending_totp_secret, created_at,
                      last_seen_at, expires_at, step_up_at, ip_hash, user_agent_family)
VALUES (:id_hash, :user_id, :stage, :csrf_token, :pending, :created_at, :last_seen_at,
        :expires_at, :step_up_at, :ip_hash, :ua))sql";

std::optional<UserRow> findUserWhere(db::Database::Lease& lease, std::string_view column,
                                     const std::string& value) {
  UserRow user;
  const std::string sql =
      "SELECT " + std::string(kUserColumns) + " FROM users WHERE " + std::string(column) + " = :v";
  *lease << sql, soci::into(user.id), soci::into(user.email), soci::into(user.display_name),
      soci::into(user.phone), soci::into(user.password_hash), soci::into(user.totp_secret),
      soci::into(user.totp_last_step), soci::into(user.status), soci::into(user.created_at),
      soci::into(user.updated_at), soci::use(value, "v");
  if (!lease->got_data()) return std::nullopt;
  return user;
}

std::int64_t execute(soci::statement& statement) {
  statement.execute(true);
  return statement.get_affected_rows();
}

}  // namespace

std::optional<UserRow> findUserByEmail(db::Database::Lease& lease, const std::string& email) {
  return findUserWhere(lease, "email", email);
}

std::optional<UserRow> findUserById(db::Database::Lease& lease, const std::string& id) {
  return findUserWhere(lease, "id", id);
}

void insertUser(db::Database::Lease& lease, const UserRow& user) {
  *lease << kInsertUser, soci::use(user.id, "id"), soci::use(user.email, "email"),
      soci::use(user.display_name, "display_name"), soci::use(user.phone, "phone"),
      soci::use(user.password_hash, "password_hash"), soci::use(user.totp_secret, "totp_secret"),
      soci::use(user.totp_last_step, "totp_last_step"), soci::use(user.status, "status"),
      soci::use(user.created_at, "created_at"), soci::use(user.updated_at, "updated_at");
}

void setPasswordHash(db::Database::Lease& lease, const std::string& user_id,
                     const std::string& password_hash, std::int64_t now) {
  *lease << "UPDATE users SET password_hash = :h, updated_at = :now WHERE id = :id",
      soci::use(password_hash, "h"), soci::use(now, "now"), soci::use(user_id, "id");
}

void setTotpSecret(db::Database::Lease& lease, const std::string& user_id,
                   const std::string& secret_base32, std::int64_t last_step, std::int64_t now) {
  *lease << "UPDATE users SET totp_secret = :s, totp_last_step = :step, updated_at = :now "
            "WHERE id = :id",
      soci::use(secret_base32, "s"), soci::use(last_step, "step"), soci::use(now, "now"),
      soci::use(user_id, "id");
}

bool claimTotpStep(db::Database::Lease& lease, const std::string& user_id, std::int64_t step) {
  soci::statement statement =
      (lease->prepare << kClaimTotpStep, soci::use(step, "step"), soci::use(user_id, "id"));
  return execute(statement) == 1;
}

std::vector<std::string> platformRoles(db::Database::Lease& lease, const std::string& user_id) {
  std::vector<std::string> roles;
  std::string role;
  soci::statement statement =
      (lease->prepare << "SELECT role FROM user_platform_roles WHERE user_id = :id ORDER BY role",
       soci::into(role), soci::use(user_id, "id"));
  statement.execute();
  while (statement.fetch()) roles.push_back(role);
  return roles;
}

bool addPlatformRole(db::Database::Lease& lease, const std::string& user_id,
                     const std::string& role) {
  std::int64_t existing = 0;
  *lease << "SELECT COUNT(*) FROM user_platform_roles WHERE user_id = :id AND role = :role",
      soci::into(existing), soci::use(user_id, "id"), soci::use(role, "role");
  if (existing > 0) return false;
  *lease << "INSERT INTO user_platform_roles (user_id, role) VALUES (:id, :role)",
      soci::use(user_id, "id"), soci::use(role, "role");
  return true;
}

std::vector<auth::Membership> memberships(db::Database::Lease& lease, const std::string& user_id) {
  std::vector<auth::Membership> result;
  auth::Membership row;
  std::string status;
  soci::statement statement =
      (lease->prepare << kMemberships, soci::into(row.organisation_id),
       soci::into(row.organisation_number), soci::into(row.organisation_name), soci::into(row.role),
       soci::into(status), soci::use(user_id, "user_id"));
  statement.execute();
  while (statement.fetch()) {
    row.verified = status == "verified";
    result.push_back(row);
  }
  return result;
}

void insertSession(db::Database::Lease& lease, const SessionRow& s) {
  *lease << kInsertSession, soci::use(s.id_hash, "id_hash"), soci::use(s.user_id, "user_id"),
      soci::use(s.stage, "stage"), soci::use(s.csrf_token, "csrf_token"),
      soci::use(s.pending_totp_secret, "pending"), soci::use(s.created_at, "created_at"),
      soci::use(s.last_seen_at, "last_seen_at"), soci::use(s.expires_at, "expires_at"),
      soci::use(s.step_up_at, "step_up_at"), soci::use(s.ip_hash, "ip_hash"),
      soci::use(s.user_agent_family, "ua");
}

std::optional<SessionRow> findSession(db::Database::Lease& lease, const std::string& id_hash) {
  SessionRow s;
  const std::string sql =
      "SELECT " + std::string(kSessionColumns) + " FROM sessions WHERE id_hash = :id";
  *lease << sql, soci::into(s.id_hash), soci::into(s.user_id), soci::into(s.stage),
      soci::into(s.csrf_token), soci::into(s.pending_totp_secret), soci::into(s.created_at),
      soci::into(s.last_seen_at), soci::into(s.expires_at), soci::into(s.step_up_at),
      soci::into(s.ip_hash), soci::into(s.user_agent_family), soci::use(id_hash, "id");
  if (!lease->got_data()) return std::nullopt;
  return s;
}

void touchSession(db::Database::Lease& lease, const std::string& id_hash, std::int64_t now) {
  *lease << "UPDATE sessions SET last_seen_at = :now WHERE id_hash = :id AND last_seen_at < :now",
      soci::use(now, "now"), soci::use(id_hash, "id");
}

void setPendingTotpSecret(db::Database::Lease& lease, const std::string& id_hash,
                          const std::optional<std::string>& secret_base32) {
  *lease << "UPDATE sessions SET pending_totp_secret = :s WHERE id_hash = :id",
      soci::use(secret_base32, "s"), soci::use(id_hash, "id");
}

void setStepUp(db::Database::Lease& lease, const std::string& id_hash, std::int64_t now) {
  *lease << "UPDATE sessions SET step_up_at = :now WHERE id_hash = :id", soci::use(now, "now"),
      soci::use(id_hash, "id");
}

void deleteSession(db::Database::Lease& lease, const std::string& id_hash) {
  *lease << "DELETE FROM sessions WHERE id_hash = :id", soci::use(id_hash, "id");
}

std::int64_t deleteSessionsOfUser(db::Database::Lease& lease, const std::string& user_id) {
  soci::statement statement =
      (lease->prepare << "DELETE FROM sessions WHERE user_id = :id", soci::use(user_id, "id"));
  return execute(statement);
}

std::int64_t deleteExpiredSessions(db::Database::Lease& lease, std::int64_t now,
                                   std::int64_t idle_ms) {
  const std::int64_t idle_before = now - idle_ms;
  soci::statement statement =
      (lease->prepare << "DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at <= :idle",
       soci::use(now, "now"), soci::use(idle_before, "idle"));
  return execute(statement);
}

void recordFailure(db::Database::Lease& lease, const std::string& key, std::int64_t at) {
  *lease << "INSERT INTO login_attempts (throttle_key, failed_at) VALUES (:k, :at)",
      soci::use(key, "k"), soci::use(at, "at");
}

std::vector<std::int64_t> failuresSince(db::Database::Lease& lease, const std::string& key,
                                        std::int64_t since) {
  std::vector<std::int64_t> times;
  std::int64_t at = 0;
  soci::statement statement =
      (lease->prepare << "SELECT failed_at FROM login_attempts WHERE throttle_key = :k AND "
                         "failed_at > :since ORDER BY failed_at",
       soci::into(at), soci::use(key, "k"), soci::use(since, "since"));
  statement.execute();
  while (statement.fetch()) times.push_back(at);
  return times;
}

void clearFailures(db::Database::Lease& lease, const std::string& key) {
  *lease << "DELETE FROM login_attempts WHERE throttle_key = :k", soci::use(key, "k");
}

void pruneFailures(db::Database::Lease& lease, std::int64_t before) {
  *lease << "DELETE FROM login_attempts WHERE failed_at < :before", soci::use(before, "before");
}

}  // namespace masseflyt::identity::accounts::repository
