-- Listings of masses (issue 5 items 2–4): surplus (overskudd), need (behov) and receiving or
-- processing capacity (kapasitet). Owners, projects and sites belong to other modules, so they are
-- referenced by id without foreign keys (modules never reach into each other's tables).
-- Quantities in kg / dm³, money in øre, dates 'YYYY-MM-DD', times epoch ms.
CREATE TABLE masses_listings (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('overskudd', 'behov', 'kapasitet')),
  status TEXT NOT NULL
    CHECK (status IN ('utkast', 'publisert', 'delvis_reservert', 'oppfylt', 'trukket')),
  organisation_id TEXT NOT NULL,
  project_id TEXT,
  site_id TEXT,
  title TEXT NOT NULL,
  description TEXT,
  -- Lower-cased title, description, fraction name and place, for text search on both engines.
  search_text TEXT NOT NULL,
  fraction_key TEXT NOT NULL,
  fraction_group TEXT NOT NULL,
  catalog_version TEXT NOT NULL,
  -- What the owner entered: 'tonn' (entered_kg) or 'm3' (entered_dm3 in entered_state).
  entered_unit TEXT NOT NULL CHECK (entered_unit IN ('tonn', 'm3')),
  entered_kg BIGINT,
  entered_dm3 BIGINT,
  entered_state TEXT CHECK (entered_state IN ('fast', 'los', 'anbrakt')),
  -- The quantity in kg every sum, search and balance uses, computed with the factors below.
  quantity_kg BIGINT NOT NULL CHECK (quantity_kg > 0),
  reserved_kg BIGINT NOT NULL DEFAULT 0 CHECK (reserved_kg >= 0),
  density_kg_per_m3 INTEGER NOT NULL,
  swell_permille INTEGER NOT NULL,
  placed_permille INTEGER NOT NULL,
  factor_source TEXT NOT NULL,
  -- 1 when the owner overrode the catalog factors with a documented value (factor_source).
  factors_overridden INTEGER NOT NULL DEFAULT 0,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  price_kind TEXT NOT NULL
    CHECK (price_kind IN ('ingen', 'per_tonn', 'per_m3', 'gratis', 'betaler_for_mottak')),
  price_ore BIGINT,
  transport_needed INTEGER NOT NULL DEFAULT 0,
  transport_by TEXT CHECK (transport_by IN ('eier', 'motpart', 'avtales')),
  -- Where the mass is or is wanted: copied from the site or project (or given), for distance search.
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  municipality_number TEXT NOT NULL,
  place_name TEXT NOT NULL,
  -- Set when the listing comes from a mass handling plan line (issue 5 item 5).
  plan_line_id TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0,
  published_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE INDEX masses_listings_search ON masses_listings (status, kind, fraction_group, period_from, period_to);
CREATE INDEX masses_listings_lat_lon ON masses_listings (lat, lon);
CREATE INDEX masses_listings_organisation ON masses_listings (organisation_id);
CREATE INDEX masses_listings_project ON masses_listings (project_id);
CREATE INDEX masses_listings_municipality ON masses_listings (municipality_number);
CREATE INDEX masses_listings_plan_line ON masses_listings (plan_line_id);

-- An optional phased profile: quantity per month (period_start = 'YYYY-MM-01') or quarter
-- (first month of the quarter, granularity 'kvartal'). The phases sum to quantity_kg.
CREATE TABLE masses_listing_phases (
  listing_id TEXT NOT NULL REFERENCES masses_listings (id),
  period_start TEXT NOT NULL,
  granularity TEXT NOT NULL CHECK (granularity IN ('maned', 'kvartal')),
  quantity_kg BIGINT NOT NULL CHECK (quantity_kg >= 0),
  PRIMARY KEY (listing_id, period_start)
);
