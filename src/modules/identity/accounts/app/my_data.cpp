#include "modules/identity/accounts/app/my_data.hpp"

#include <algorithm>
#include <set>

#include "modules/identity/accounts/app/login.hpp"
#include "modules/identity/accounts/infra/account_repository.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/privacy/personal_data.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::size_t kAuditPage = 500;

// audit::list filters by actor OR subject only one at a time; walk both and merge by sequence.
void collectAudit(db::Database::Lease& lease, const std::string& user_id,
                  bool by_actor, std::vector<audit::AuditEntry>& out, std::set<std::int64_t>& seen) {
  audit::AuditQuery query;
  if (by_actor) {
    query.actor_id = user_id;
  } else {
    query.subject_id = user_id;
  }
  query.limit = kAuditPage;
  for (;;) {
    const auto page = audit::list(lease, query);
    for (const auto& entry : page) {
      if (seen.insert(entry.sequence).second) out.push_back(entry);
    }
    if (page.size() < kAuditPage) break;
    query.before_sequence = page.back().sequence;
  }
}

}  // namespace

std::optional<MyData> collectMyData(db::Database& database, const std::string& user_id,
                                    std::int64_t now) {
  auto lease = database.lease();
  // One snapshot, so the parts of the export agree with each other.
  db::Transaction tx(lease);
  auto user = repository::findPersonalData(lease, user_id);
  if (!user) return std::nullopt;
  MyData data;
  data.exported_at = now;
  data.user = std::move(*user);
  data.platform_roles = repository::platformRoles(lease, user_id);
  data.memberships = repository::membershipHistory(lease, user_id);
  data.sessions = repository::sessionSummaries(lease, user_id);
  std::set<std::int64_t> seen;
  collectAudit(lease, user_id, true, data.audit_entries, seen);
  collectAudit(lease, user_id, false, data.audit_entries, seen);
  std::sort(data.audit_entries.begin(), data.audit_entries.end(),
            [](const auto& a, const auto& b) { return a.sequence > b.sequence; });
  data.other_parts = privacy::exportEverywhere(lease, user_id);
  tx.commit();
  return data;
}

bool anonymiseAccount(db::Database& database, const std::string& user_id,
                      std::string_view remote_address, std::int64_t now) {
  auto lease = database.lease();
  db::Transaction tx(lease);
  if (!repository::anonymiseUser(lease, user_id,
                                 std::string(i18n::t("accounts.mydata.anonymised_name")), now)) {
    return false;
  }
  const auto sessions = repository::deleteSessionsOfUser(lease, user_id);
  const auto revoked = repository::revokePendingMemberships(lease, user_id, now);
  // What other modules keep about the person goes in the same transaction.
  privacy::eraseEverywhere(lease, user_id);
  audit::AuditEvent event;
  event.actor_id = user_id;
  event.action = "account.anonymised";
  event.subject_type = "user";
  event.subject_id = user_id;
  event.details = "{\"sessions\":" + std::to_string(sessions) +
                  ",\"revokedMemberships\":" + std::to_string(revoked) + "}";
  event.ip_hash = hashAddress(remote_address);
  audit::record(lease, event);
  tx.commit();
  return true;
}

}  // namespace masseflyt::identity::accounts
