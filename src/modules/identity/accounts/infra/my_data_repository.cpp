#include "modules/identity/accounts/infra/my_data_repository.hpp"

#include <soci/soci.h>

#include <string_view>

#include "platform/db/optional.hpp"

namespace masseflyt::identity::accounts::repository {
namespace {

// CASE instead of selecting the columns: the secrets never leave the database for an export.
constexpr std::string_view kPersonalData = R"sql(
SELECT id, email, display_name, phone, oidc_issuer, oidc_subject,
       CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END,
       CASE WHEN totp_secret IS NULL THEN 0 ELSE 1 END,
       status, created_at, updated_at
  FROM users
 WHERE id = :id)sql";

constexpr std::string_view kMembershipHistory = R"sql(
SELECT m.organisation_id, o.organisasjonsnummer, o.name, m.role, m.status, m.requested_at,
       m.decided_at, m.decided_by, m.decision_note
  FROM memberships m
  JOIN organisations o ON o.id = m.organisation_id
 WHERE m.user_id = :id
 ORDER BY m.requested_at, o.name, m.role)sql";

constexpr std::string_view kSessionSummaries = R"sql(
SELECT stage, created_at, last_seen_at, expires_at
  FROM sessions
 WHERE user_id = :id
 ORDER BY created_at)sql";

// The e-mail stays unique (the column is UNIQUE) and can never receive mail (.invalid, RFC 2606).
constexpr std::string_view kAnonymiseUser = R"sql(
UPDATE users
   SET display_name = :name, email = :email, phone = NULL, oidc_issuer = NULL,
       oidc_subject = NULL, password_hash = NULL, totp_secret = NULL, totp_last_step = NULL,
       status = 'anonymised', updated_at = :now
 WHERE id = :id AND status <> 'anonymised')sql";

constexpr std::string_view kRevokePendingMemberships = R"sql(
UPDATE memberships
   SET status = 'revoked', decided_at = :now, decision_note = :note
 WHERE user_id = :id AND status = 'pending')sql";

constexpr std::string_view kRevokedNote = "account.anonymised";

}  // namespace

std::optional<PersonalDataRow> findPersonalData(db::Database::Lease& lease,
                                                const std::string& user_id) {
  PersonalDataRow row;
  int has_password = 0;
  int has_totp = 0;
  *lease << kPersonalData, soci::into(row.id), soci::into(row.email), soci::into(row.display_name),
      soci::into(row.phone), soci::into(row.oidc_issuer), soci::into(row.oidc_subject),
      soci::into(has_password), soci::into(has_totp), soci::into(row.status),
      soci::into(row.created_at), soci::into(row.updated_at), soci::use(user_id, "id");
  if (!lease->got_data()) return std::nullopt;
  row.has_password = has_password != 0;
  row.has_totp = has_totp != 0;
  return row;
}

std::vector<MembershipHistoryRow> membershipHistory(db::Database::Lease& lease,
                                                    const std::string& user_id) {
  std::vector<MembershipHistoryRow> result;
  MembershipHistoryRow row;
  soci::statement statement =
      (lease->prepare << kMembershipHistory, soci::into(row.organisation_id),
       soci::into(row.organisation_number), soci::into(row.organisation_name), soci::into(row.role),
       soci::into(row.status), soci::into(row.requested_at), soci::into(row.decided_at),
       soci::into(row.decided_by), soci::into(row.decision_note), soci::use(user_id, "id"));
  statement.execute();
  while (statement.fetch()) result.push_back(row);
  return result;
}

std::vector<SessionSummaryRow> sessionSummaries(db::Database::Lease& lease,
                                                const std::string& user_id) {
  std::vector<SessionSummaryRow> result;
  SessionSummaryRow row;
  soci::statement statement =
      (lease->prepare << kSessionSummaries, soci::into(row.stage), soci::into(row.created_at),
       soci::into(row.last_seen_at), soci::into(row.expires_at), soci::use(user_id, "id"));
  statement.execute();
  while (statement.fetch()) result.push_back(row);
  return result;
}

bool anonymiseUser(db::Database::Lease& lease, const std::string& user_id,
                   const std::string& display_name, std::int64_t now) {
  const std::string email = "slettet-" + user_id + "@invalid";
  soci::statement statement =
      (lease->prepare << kAnonymiseUser, soci::use(display_name, "name"),
       soci::use(email, "email"), soci::use(now, "now"), soci::use(user_id, "id"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

std::int64_t revokePendingMemberships(db::Database::Lease& lease, const std::string& user_id,
                                      std::int64_t now) {
  const std::string note(kRevokedNote);
  soci::statement statement =
      (lease->prepare << kRevokePendingMemberships, soci::use(now, "now"),
       soci::use(note, "note"), soci::use(user_id, "id"));
  statement.execute(true);
  return statement.get_affected_rows();
}

}  // namespace masseflyt::identity::accounts::repository
