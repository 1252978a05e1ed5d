-- Carriers (transportører): an organisation's carrier profile, and its vehicles with the data
-- fetched from Statens vegvesen. Lists of codes are stored as ",a,b," so one code can be matched
-- with LIKE '%,a,%' alike on SQLite and PostgreSQL.
CREATE TABLE carriers (
  id TEXT PRIMARY KEY,
  -- The owning organisation (identity). No foreign key: modules do not reach into each other's
  -- tables, and migrations of parts run in alphabetical order.
  organisation_id TEXT NOT NULL UNIQUE,
  organisasjonsnummer TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  -- Lower-cased name (also æøå), so name search works alike on both engines.
  search_name TEXT NOT NULL,
  services TEXT NOT NULL DEFAULT '',
  municipalities TEXT NOT NULL DEFAULT '',
  vehicle_count BIGINT,
  tonnes_per_day BIGINT,
  capacity_note TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX carriers_search_name ON carriers (search_name);

CREATE TABLE vehicles (
  id TEXT PRIMARY KEY,
  carrier_id TEXT NOT NULL REFERENCES carriers (id),
  registration_number TEXT NOT NULL,
  make TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  vehicle_group TEXT NOT NULL DEFAULT '',
  vehicle_group_description TEXT NOT NULL DEFAULT '',
  euro_class TEXT NOT NULL DEFAULT '',
  register_fuel_code TEXT NOT NULL DEFAULT '',
  permitted_total_weight_kg BIGINT,
  payload_kg BIGINT,
  register_source TEXT NOT NULL DEFAULT '',
  register_fetched_at BIGINT,
  fuel TEXT NOT NULL CHECK (fuel IN ('diesel', 'hvo100', 'biogass', 'elektrisk', 'hydrogen', 'annet')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'deactivated')),
  status_changed_at BIGINT,
  status_changed_by TEXT,
  -- Organisations (ids) the vehicle works for, as ",id1,id2,".
  works_for TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (carrier_id, registration_number)
);

CREATE INDEX vehicles_carrier_status ON vehicles (carrier_id, status);
CREATE INDEX vehicles_status_euro ON vehicles (status, euro_class);
