#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/identity/accounts/infra/my_data_repository.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"

// "Mine data" (T2.15): a person's own copy of everything stored about them, and deleting the
// account by anonymising it. Module-internal; other modules use app/api.hpp.
namespace masseflyt::identity::accounts {

struct MyData {
  std::int64_t exported_at = 0;
  repository::PersonalDataRow user;
  std::vector<std::string> platform_roles;
  std::vector<repository::MembershipHistoryRow> memberships;
  std::vector<repository::SessionSummaryRow> sessions;
  /// Entries where the person is the actor or the subject, newest first.
  std::vector<audit::AuditEntry> audit_entries;
  /// What other modules keep about the person (platform/privacy parts): name → JSON text.
  std::vector<std::pair<std::string, std::string>> other_parts;
};

/// Everything stored about `user_id`; nullopt when there is no such person.
std::optional<MyData> collectMyData(db::Database& database, const std::string& user_id,
                                    std::int64_t now);

/// Anonymises the account in one transaction: personal fields replaced (name "Slettet bruker",
/// e-mail slettet-<id>@invalid, phone, OIDC identity, password hash and TOTP secret removed,
/// status 'anonymised'), every session deleted, pending membership requests revoked, and the
/// audit entry "account.anonymised" recorded. Verified memberships, decisions and audit entries
/// keep the id. False when the account does not exist or was anonymised already.
bool anonymiseAccount(db::Database& database, const std::string& user_id,
                      std::string_view remote_address, std::int64_t now);

}  // namespace masseflyt::identity::accounts
