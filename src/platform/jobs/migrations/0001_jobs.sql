-- One queue for all background work (design.md §4: UUIDv7 text ids, epoch-ms timestamps).
--
-- status: 'queued' (waiting for run_at), 'running' (claimed; locked_by/locked_until set),
-- 'done' or 'failed' (final; finished_at set). A 'running' row whose locked_until has passed
-- belongs to a worker that died and may be claimed again, so a crash never strands a job.
-- attempts counts claims, so it also fences late writes from a worker whose lock expired.
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued',
  run_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  locked_by TEXT NULL,
  locked_until BIGINT NULL,
  last_error TEXT NULL,
  created_at BIGINT NOT NULL,
  finished_at BIGINT NULL,
  CHECK (status IN ('queued', 'running', 'done', 'failed'))
);

-- Finished rows pile up; the partial index keeps the claim query's scan to live work only.
CREATE INDEX jobs_claim_idx ON jobs (run_at) WHERE status IN ('queued', 'running');
