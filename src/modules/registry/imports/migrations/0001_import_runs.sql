-- The runs of the imports from public registers (issue 4 item 6): what the admin page shows as
-- "last run" per source. The imported records themselves are registry_sites rows (sites part,
-- migration 0002); this table references nothing.
CREATE TABLE registry_import_runs (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  -- Who ran it: "Demodata", "Kommandolinje", "Nattlig jobb" or a person's name.
  actor_label TEXT NOT NULL,
  fetched INTEGER NOT NULL DEFAULT 0,
  created INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  vanished INTEGER NOT NULL DEFAULT 0,
  kept_owner_fields INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  -- Catalog key of the failure, when status = 'failed'.
  error_key TEXT
);

CREATE INDEX registry_import_runs_source ON registry_import_runs (source, started_at);
