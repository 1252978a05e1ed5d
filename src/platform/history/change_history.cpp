#include "platform/history/change_history.hpp"

#include <soci/soci.h>

#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/history/changes_json.hpp"

namespace masseflyt::history {
namespace {

constexpr const char* kInsertEntry =
    "INSERT INTO change_history (id, entity_kind, entity_id, changed_at, actor_id, actor_label, "
    "action, changes) VALUES (:id, :kind, :entity, :at, :actor, :label, :action, :changes)";

// id breaks ties within one millisecond: UUIDv7 ids are time-ordered too.
constexpr const char* kListEntries =
    "SELECT id, entity_kind, entity_id, changed_at, actor_id, actor_label, action, changes "
    "FROM change_history WHERE entity_kind = :kind AND entity_id = :entity "
    "ORDER BY changed_at DESC, id DESC LIMIT :limit";

constexpr std::size_t kMaxListLimit = 500;

}  // namespace

void ChangeSet::compare(std::string_view field, std::string_view old_value,
                        std::string_view new_value) {
  if (old_value == new_value) return;
  changes_.push_back({std::string(field), std::string(old_value), std::string(new_value)});
}

void record(db::Database::Lease& lease, std::string_view entity_kind, std::string_view entity_id,
            std::string_view actor_id, std::string_view actor_label, std::string_view action,
            const std::vector<FieldChange>& changes) {
  if (entity_kind.empty() || entity_id.empty() || action.empty()) {
    throw Error(ErrorKind::Internal, "history.error.invalid_entry",
                std::string(entity_kind) + "/" + std::string(entity_id));
  }
  if (action == "updated" && changes.empty()) return;
  const std::string id = db::newUuidV7();
  const std::string kind(entity_kind), entity(entity_id), actor(actor_id), label(actor_label),
      what(action), encoded = encodeChanges(changes);
  const long long at = db::nowEpochMs();
  lease.session() << kInsertEntry, soci::use(id), soci::use(kind), soci::use(entity),
      soci::use(at), soci::use(actor), soci::use(label), soci::use(what), soci::use(encoded);
}

std::vector<ChangeEntry> list(db::Database::Lease& lease, std::string_view entity_kind,
                              std::string_view entity_id, std::size_t limit) {
  const std::string kind(entity_kind), entity(entity_id);
  const int bounded = static_cast<int>(std::min(std::max<std::size_t>(limit, 1), kMaxListLimit));
  soci::rowset<soci::row> rows =
      (lease.session().prepare << kListEntries, soci::use(kind), soci::use(entity),
       soci::use(bounded));
  std::vector<ChangeEntry> entries;
  for (const auto& row : rows) {
    ChangeEntry entry;
    entry.id = row.get<std::string>(0);
    entry.entity_kind = row.get<std::string>(1);
    entry.entity_id = row.get<std::string>(2);
    entry.changed_at_ms = row.get<long long>(3);
    entry.actor_id = row.get<std::string>(4);
    entry.actor_label = row.get<std::string>(5);
    entry.action = row.get<std::string>(6);
    entry.changes = decodeChanges(row.get<std::string>(7));
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace masseflyt::history
