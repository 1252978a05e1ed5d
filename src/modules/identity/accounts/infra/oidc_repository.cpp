#include "modules/identity/accounts/infra/oidc_repository.hpp"

#include <soci/soci.h>

#include "platform/db/optional.hpp"

namespace masseflyt::identity::accounts::repository {
namespace {

std::int64_t execute(soci::statement& statement) {
  statement.execute(true);
  return statement.get_affected_rows();
}

}  // namespace

void insertPendingOidcLogin(db::Database::Lease& lease, const PendingOidcLogin& pending) {
  *lease << "INSERT INTO oidc_logins (state_hash, nonce, code_verifier, next, created_at, "
            "expires_at) VALUES (:state_hash, :nonce, :verifier, :next, :created_at, :expires_at)",
      soci::use(pending.state_hash, "state_hash"), soci::use(pending.nonce, "nonce"),
      soci::use(pending.code_verifier, "verifier"), soci::use(pending.next, "next"),
      soci::use(pending.created_at, "created_at"), soci::use(pending.expires_at, "expires_at");
}

std::optional<PendingOidcLogin> takePendingOidcLogin(db::Database::Lease& lease,
                                                     const std::string& state_hash,
                                                     std::int64_t now) {
  PendingOidcLogin row;
  *lease << "SELECT state_hash, nonce, code_verifier, next, created_at, expires_at "
            "FROM oidc_logins WHERE state_hash = :h",
      soci::into(row.state_hash), soci::into(row.nonce), soci::into(row.code_verifier),
      soci::into(row.next), soci::into(row.created_at), soci::into(row.expires_at),
      soci::use(state_hash, "h");
  if (!lease->got_data()) return std::nullopt;
  soci::statement remove =
      (lease->prepare << "DELETE FROM oidc_logins WHERE state_hash = :h", soci::use(state_hash, "h"));
  if (execute(remove) != 1) return std::nullopt;  // another callback took it first
  if (row.expires_at <= now) return std::nullopt;
  return row;
}

std::int64_t deleteExpiredOidcLogins(db::Database::Lease& lease, std::int64_t now) {
  soci::statement remove =
      (lease->prepare << "DELETE FROM oidc_logins WHERE expires_at <= :now", soci::use(now, "now"));
  return execute(remove);
}

std::optional<UserRow> findUserByOidcSubject(db::Database::Lease& lease, const std::string& issuer,
                                             const std::string& subject) {
  std::string id;
  *lease << "SELECT id FROM users WHERE oidc_issuer = :iss AND oidc_subject = :sub",
      soci::into(id), soci::use(issuer, "iss"), soci::use(subject, "sub");
  if (!lease->got_data()) return std::nullopt;
  return findUserById(lease, id);
}

bool hasOidcLink(db::Database::Lease& lease, const std::string& user_id) {
  std::int64_t count = 0;
  *lease << "SELECT COUNT(*) FROM users WHERE id = :id AND oidc_subject IS NOT NULL",
      soci::into(count), soci::use(user_id, "id");
  return count > 0;
}

bool linkOidcSubject(db::Database::Lease& lease, const std::string& user_id,
                     const std::string& issuer, const std::string& subject, std::int64_t now) {
  soci::statement update =
      (lease->prepare << "UPDATE users SET oidc_issuer = :iss, oidc_subject = :sub, "
                         "updated_at = :now WHERE id = :id AND oidc_subject IS NULL",
       soci::use(issuer, "iss"), soci::use(subject, "sub"), soci::use(now, "now"),
       soci::use(user_id, "id"));
  return execute(update) == 1;
}

}  // namespace masseflyt::identity::accounts::repository
