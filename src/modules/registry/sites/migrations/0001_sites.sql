-- Sites (anlegg) owned by an organisation, and their permits (tillatelser). Issue 4 items 1–2.
-- Quantities in kg, fees in øre per tonne, coordinates ETRS89 degrees, dates 'YYYY-MM-DD'.
CREATE TABLE registry_sites (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  -- Lower-cased name for sorting.
  sort_name TEXT NOT NULL,
  -- Lower-cased name, description and address (also æøå), so text search works alike on both
  -- engines.
  search_text TEXT NOT NULL,
  description TEXT,
  address TEXT,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  area_geojson TEXT,
  municipality_number TEXT NOT NULL,
  opening_hours TEXT,
  contact_name TEXT,
  contact_phone TEXT,
  contact_email TEXT,
  -- Accepted fraction group keys as ",stein,grus," so one LIKE finds a group on both engines.
  fraction_groups TEXT NOT NULL,
  capacity_kg_per_year BIGINT,
  remaining_kg BIGINT,
  fee_ore_per_tonne BIGINT,
  publish_fees INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL CHECK (source IN ('own', 'import')),
  is_demo INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE INDEX registry_sites_organisation ON registry_sites (organisation_id);
CREATE INDEX registry_sites_municipality ON registry_sites (municipality_number);
CREATE INDEX registry_sites_kind ON registry_sites (kind);
-- The bounding-box prefilter of "nearby sites" and map views.
CREATE INDEX registry_sites_lat_lon ON registry_sites (lat, lon);
CREATE INDEX registry_sites_sort_name ON registry_sites (sort_name);

CREATE TABLE registry_site_permits (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES registry_sites (id),
  permit_type TEXT NOT NULL,
  authority TEXT NOT NULL,
  reference TEXT,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  fraction_groups TEXT NOT NULL,
  max_condition_class INTEGER CHECK (max_condition_class BETWEEN 1 AND 5),
  max_annual_kg BIGINT,
  document_url TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- "Valid on a date" is valid_from <= date AND (valid_to IS NULL OR valid_to >= date) per site.
CREATE INDEX registry_site_permits_site ON registry_site_permits (site_id, valid_from, valid_to);
