#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/db/database.hpp"

// SQL for password reset tokens. Only app/password_reset.cpp calls it.
namespace masseflyt::identity::accounts::repository {

struct PasswordResetRow {
  std::string token_hash;  ///< SHA-256 hex of the token in the link
  std::string user_id;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> used_at;
};

void insertPasswordReset(db::Database::Lease& lease, const PasswordResetRow& row);
std::optional<PasswordResetRow> findPasswordReset(db::Database::Lease& lease,
                                                  const std::string& token_hash);
/// Marks the token used if it is unused and not expired at `now`. False when another request
/// got there first (or it expired): a token must never set two passwords.
bool claimPasswordReset(db::Database::Lease& lease, const std::string& token_hash, std::int64_t now);
/// Every still-usable token of the user is used up (a new password makes older links void).
void voidPasswordResetsOfUser(db::Database::Lease& lease, const std::string& user_id,
                              std::int64_t now);
/// Rows that expired before `before`, so the table stays small.
void prunePasswordResets(db::Database::Lease& lease, std::int64_t before);

}  // namespace masseflyt::identity::accounts::repository
