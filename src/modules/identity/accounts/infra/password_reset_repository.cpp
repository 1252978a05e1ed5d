#include "modules/identity/accounts/infra/password_reset_repository.hpp"

#include <soci/soci.h>

#include "platform/db/optional.hpp"

namespace masseflyt::identity::accounts::repository {

void insertPasswordReset(db::Database::Lease& lease, const PasswordResetRow& row) {
  *lease << "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at) "
            "VALUES (:token_hash, :user_id, :created_at, :expires_at, :used_at)",
      soci::use(row.token_hash, "token_hash"), soci::use(row.user_id, "user_id"),
      soci::use(row.created_at, "created_at"), soci::use(row.expires_at, "expires_at"),
      soci::use(row.used_at, "used_at");
}

std::optional<PasswordResetRow> findPasswordReset(db::Database::Lease& lease,
                                                  const std::string& token_hash) {
  PasswordResetRow row;
  *lease << "SELECT token_hash, user_id, created_at, expires_at, used_at FROM password_resets "
            "WHERE token_hash = :token_hash",
      soci::into(row.token_hash), soci::into(row.user_id), soci::into(row.created_at),
      soci::into(row.expires_at), soci::into(row.used_at), soci::use(token_hash, "token_hash");
  if (!lease->got_data()) return std::nullopt;
  return row;
}

bool claimPasswordReset(db::Database::Lease& lease, const std::string& token_hash,
                        std::int64_t now) {
  soci::statement statement =
      (lease->prepare << "UPDATE password_resets SET used_at = :now WHERE token_hash = :token_hash "
                         "AND used_at IS NULL AND expires_at > :now",
       soci::use(now, "now"), soci::use(token_hash, "token_hash"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

void voidPasswordResetsOfUser(db::Database::Lease& lease, const std::string& user_id,
                              std::int64_t now) {
  *lease << "UPDATE password_resets SET used_at = :now WHERE user_id = :user_id AND used_at IS NULL",
      soci::use(now, "now"), soci::use(user_id, "user_id");
}

void prunePasswordResets(db::Database::Lease& lease, std::int64_t before) {
  *lease << "DELETE FROM password_resets WHERE expires_at < :before", soci::use(before, "before");
}

}  // namespace masseflyt::identity::accounts::repository
