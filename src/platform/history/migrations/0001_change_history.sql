-- Change history of editable records (platform/history/change_history.hpp). One row per save;
-- `changes` is a JSON array of {field, old, new} display values. No foreign keys: the history
-- belongs to records of many modules and must outlive an anonymised actor.
CREATE TABLE change_history (
  id TEXT PRIMARY KEY,
  entity_kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  actor_id TEXT NOT NULL DEFAULT '',
  actor_label TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  changes TEXT NOT NULL DEFAULT '[]'
);

CREATE INDEX change_history_entity_idx ON change_history (entity_kind, entity_id, changed_at);
