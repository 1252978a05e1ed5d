-- Organisations keyed by organisasjonsnummer, with the Enhetsregisteret data they were
-- registered with, and people's memberships (one row per person, organisation and role).
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  organisasjonsnummer TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  -- Lower-cased name (also æøå), so name search works alike on SQLite and PostgreSQL.
  search_name TEXT NOT NULL,
  organisation_form TEXT,
  organisation_form_description TEXT,
  business_address TEXT,
  postal_code TEXT,
  postal_place TEXT,
  municipality_number TEXT,
  municipality_name TEXT,
  nace_codes TEXT,
  -- The descriptions of nace_codes, in the same order, one per line.
  nace_descriptions TEXT,
  parent_organisasjonsnummer TEXT,
  register_status TEXT NOT NULL CHECK (register_status IN ('aktiv', 'konkurs', 'avvikling', 'slettet')),
  register_fetched_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX organisations_search_name ON organisations (search_name);
CREATE INDEX organisations_municipality ON organisations (municipality_number);

CREATE TABLE memberships (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  role TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'verified', 'rejected', 'revoked')),
  requested_at BIGINT NOT NULL,
  decided_at BIGINT NULL,
  decided_by TEXT NULL REFERENCES users (id),
  decision_note TEXT NULL,
  UNIQUE (user_id, organisation_id, role)
);

CREATE INDEX memberships_organisation_status ON memberships (organisation_id, status);
CREATE INDEX memberships_user ON memberships (user_id);
