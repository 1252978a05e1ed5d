#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "modules/identity/accounts/infra/account_repository.hpp"
#include "platform/db/database.hpp"

// SQL for OpenID Connect login: pending authorization requests and the users' OIDC links.
namespace masseflyt::identity::accounts::repository {

/// An authorization request between the redirect to the provider and its callback.
struct PendingOidcLogin {
  std::string state_hash;  ///< SHA-256 (hex) of `state`
  std::string nonce;
  std::string code_verifier;
  std::string next;  ///< where to go after login (already a safe relative path)
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
};

void insertPendingOidcLogin(db::Database::Lease& lease, const PendingOidcLogin& pending);

/// Deletes the row of `state_hash` and returns it if it had not expired at `now`. Single use:
/// when two callbacks race, only the one whose DELETE removed the row gets it.
std::optional<PendingOidcLogin> takePendingOidcLogin(db::Database::Lease& lease,
                                                     const std::string& state_hash,
                                                     std::int64_t now);

/// Rows whose callback never came; returns how many were removed.
std::int64_t deleteExpiredOidcLogins(db::Database::Lease& lease, std::int64_t now);

std::optional<UserRow> findUserByOidcSubject(db::Database::Lease& lease, const std::string& issuer,
                                             const std::string& subject);

/// Whether the user already has an OIDC link (of any issuer).
bool hasOidcLink(db::Database::Lease& lease, const std::string& user_id);

/// Links the user to (issuer, subject) if the user has no link yet; false otherwise, so an
/// existing link is never overwritten.
bool linkOidcSubject(db::Database::Lease& lease, const std::string& user_id,
                     const std::string& issuer, const std::string& subject, std::int64_t now);

}  // namespace masseflyt::identity::accounts::repository
