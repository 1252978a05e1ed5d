#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.hpp"

// The change history every editable record carries (design §4: "records carry change history").
// One entry per save: who, when, and each field's old and new value as shown to users. Written in
// the caller's transaction so the history commits or rolls back with the change itself.
// Not the audit log: this is for users reading a record ("who changed the capacity?"); security
// events go to platform/audit.
namespace masseflyt::history {

struct FieldChange {
  std::string field;  ///< message-catalog key of the field's label, e.g. "registry.site.field.name"
  std::string old_value;  ///< display text ("" when the field was empty)
  std::string new_value;
};

/// Collects field changes, skipping equal values, so an edit handler can compare field by field.
class ChangeSet {
 public:
  void compare(std::string_view field, std::string_view old_value, std::string_view new_value);
  bool empty() const { return changes_.empty(); }
  const std::vector<FieldChange>& changes() const { return changes_; }

 private:
  std::vector<FieldChange> changes_;
};

struct ChangeEntry {
  std::string id;
  std::string entity_kind;  ///< "site", "permit", "project", "carrier", "vehicle", …
  std::string entity_id;
  std::int64_t changed_at_ms = 0;
  std::string actor_id;     ///< person or API client id; "" for imports
  std::string actor_label;  ///< what to show: the organisation acted for, or the import source
  std::string action;       ///< "created", "updated", "claimed", "imported", "approved", …
  std::vector<FieldChange> changes;
};

/// Appends one entry. `action` must be non-empty; an "updated" entry with no changes is not
/// written (saving an unchanged form leaves no trace). Throws Error(Internal) on a bad call.
void record(db::Database::Lease& lease, std::string_view entity_kind, std::string_view entity_id,
            std::string_view actor_id, std::string_view actor_label, std::string_view action,
            const std::vector<FieldChange>& changes = {});

/// The record's entries, newest first, at most `limit`.
std::vector<ChangeEntry> list(db::Database::Lease& lease, std::string_view entity_kind,
                              std::string_view entity_id, std::size_t limit = 100);

}  // namespace masseflyt::history
