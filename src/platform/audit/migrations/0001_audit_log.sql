-- The audit log (platform/audit/audit_log.hpp): append-only and hash-chained.
--
-- sequence is assigned by the appender as the previous maximum + 1 under a lock, not by an
-- autoincrement, so both engines number alike and the chain has no gaps; a gap is tampering.
-- hash = SHA-256 over the canonical encoding of every other column (platform/audit/chain.hpp);
-- previous_hash links to the entry before (64 zeros for the first).
-- Text columns hold '' for "not applicable" rather than NULL, so the hashed value and the stored
-- value are one and the same. No foreign keys: entries must outlive the people and organisations
-- they mention (accounts are anonymised, never their history).
CREATE TABLE audit_log (
  sequence BIGINT PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at_ms BIGINT NOT NULL,
  actor_id TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL DEFAULT '',
  subject_id TEXT NOT NULL DEFAULT '',
  organisation_id TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '',
  ip_hash TEXT NOT NULL DEFAULT '',
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

-- The admin page and API filter by these while walking sequence downwards.
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, sequence);
CREATE INDEX audit_log_organisation_idx ON audit_log (organisation_id, sequence);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_id, sequence);
CREATE INDEX audit_log_at_idx ON audit_log (at_ms);
