#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

// SQL for "Mine data" (T2.15): everything stored about one person, and the anonymisation that
// replaces an account's personal fields while keeping the rows others rely on. Only app/ of this
// module calls it.
namespace masseflyt::identity::accounts::repository {

/// The users row without its secrets: only whether a password hash and a TOTP secret exist.
struct PersonalDataRow {
  std::string id;
  std::string email;
  std::string display_name;
  std::optional<std::string> phone;
  std::optional<std::string> oidc_issuer;
  std::optional<std::string> oidc_subject;
  bool has_password = false;
  bool has_totp = false;
  std::string status;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

/// Every membership of the person, whatever its status, with the organisation and the decision.
struct MembershipHistoryRow {
  std::string organisation_id;
  std::string organisation_number;
  std::string organisation_name;
  std::string role;
  std::string status;  ///< pending, verified, rejected, revoked
  std::int64_t requested_at = 0;
  std::optional<std::int64_t> decided_at;
  std::optional<std::string> decided_by;
  std::optional<std::string> decision_note;
};

/// A session of the person as they may see it: times and stage, never the id hash or tokens.
struct SessionSummaryRow {
  std::string stage;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::int64_t expires_at = 0;
};

std::optional<PersonalDataRow> findPersonalData(db::Database::Lease& lease,
                                                const std::string& user_id);
std::vector<MembershipHistoryRow> membershipHistory(db::Database::Lease& lease,
                                                    const std::string& user_id);
std::vector<SessionSummaryRow> sessionSummaries(db::Database::Lease& lease,
                                                const std::string& user_id);

/// Replaces name, e-mail, phone, OIDC identity, password hash and TOTP secret and sets status
/// 'anonymised'. The id stays, so memberships, decisions and audit entries still point somewhere.
/// False when there is no such user or it was anonymised already.
bool anonymiseUser(db::Database::Lease& lease, const std::string& user_id,
                   const std::string& display_name, std::int64_t now);
/// Pending membership requests become 'revoked' (nobody should approve a deleted person);
/// returns how many.
std::int64_t revokePendingMemberships(db::Database::Lease& lease, const std::string& user_id,
                                      std::int64_t now);

}  // namespace masseflyt::identity::accounts::repository
