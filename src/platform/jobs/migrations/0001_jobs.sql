-- One queue for all background work (design.md §4: UUIDv7 text ids, epoch-ms timestamps).
-- Workers claim a row by setting locked_by/locked_until; a lock that has expired is free again,
-- so a crashed worker never strands a job.
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  run_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  locked_by TEXT NULL,
  locked_until BIGINT NULL,
  created_at BIGINT NOT NULL
);

CREATE INDEX jobs_due_idx ON jobs (run_at);
