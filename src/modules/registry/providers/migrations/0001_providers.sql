-- Quality-control providers (kontrolltjenester): an organisation's profile as laboratory or
-- environmental consultant. Lists of codes are stored as ",a,b," so one code can be matched with
-- LIKE '%,a,%' alike on SQLite and PostgreSQL.
CREATE TABLE quality_providers (
  id TEXT PRIMARY KEY,
  -- The owning organisation (identity). No foreign key: modules do not reach into each other's
  -- tables, and migrations of parts run in alphabetical order.
  organisation_id TEXT NOT NULL UNIQUE,
  organisasjonsnummer TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  -- Lower-cased name (also æøå), so name search works alike on both engines.
  search_name TEXT NOT NULL,
  services TEXT NOT NULL DEFAULT '',
  accreditation_scheme TEXT NOT NULL DEFAULT '',
  accreditation_number TEXT NOT NULL DEFAULT '',
  municipalities TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX quality_providers_search_name ON quality_providers (search_name);
