-- Mass handling plans (issue 5 item 5): one plan per project, its lines of expected surplus and
-- need. Projects belong to the registry module, so they are referenced by id without a foreign key
-- (modules never reach into each other's tables). Edits are recorded in the change history
-- (platform/history) in the same transaction. Quantities in kg / dm³, dates 'YYYY-MM-DD',
-- times epoch ms.
CREATE TABLE masses_plans (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL UNIQUE,
  organisation_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('utkast', 'publisert')),
  reuse_target_percent INTEGER NOT NULL DEFAULT 0
    CHECK (reuse_target_percent >= 0 AND reuse_target_percent <= 100),
  reuse_status TEXT NOT NULL
    CHECK (reuse_status IN ('ikke_startet', 'pagar', 'oppnadd', 'ikke_oppnadd')),
  documentation_status TEXT NOT NULL CHECK (documentation_status IN ('mangler', 'delvis', 'komplett')),
  note TEXT NOT NULL DEFAULT '',
  catalog_version TEXT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0,
  published_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE INDEX masses_plans_organisation ON masses_plans (organisation_id);

CREATE TABLE masses_plan_lines (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES masses_plans (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('overskudd', 'behov')),
  fraction_key TEXT NOT NULL,
  phase TEXT NOT NULL DEFAULT '',
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  -- What was entered: 'tonn' (entered_kg) or 'm3' (entered_dm3 in entered_state).
  entered_unit TEXT NOT NULL CHECK (entered_unit IN ('tonn', 'm3')),
  entered_kg BIGINT,
  entered_dm3 BIGINT,
  entered_state TEXT CHECK (entered_state IN ('fast', 'los', 'anbrakt')),
  quantity_kg BIGINT NOT NULL CHECK (quantity_kg > 0),
  destination TEXT NOT NULL
    CHECK (destination IN ('ikke_avklart', 'egen_gjenbruk', 'annet_prosjekt', 'mottak')),
  destination_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, position)
);
