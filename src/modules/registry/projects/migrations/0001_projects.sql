-- Projects (T1.2): planned and ongoing building and infrastructure projects that will produce or
-- need masses, owned by their developer organisation (byggherre). Planned dates keep the precision
-- they were given ('YYYY-MM' or 'YYYY-MM-DD'); start_first_day/end_last_day are the days period
-- filters compare.
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- Lower-cased name (also æøå), so search works alike on SQLite and PostgreSQL.
  search_name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  developer_id TEXT NOT NULL REFERENCES organisations (id),
  phase TEXT NOT NULL CHECK (phase IN ('ide', 'planlegging', 'regulering', 'prosjektering', 'bygging', 'ferdig')),
  phase_rank INTEGER NOT NULL,
  start_text TEXT,
  start_first_day TEXT,
  start_uncertain INTEGER NOT NULL DEFAULT 0,
  end_text TEXT,
  end_last_day TEXT,
  end_uncertain INTEGER NOT NULL DEFAULT 0,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  -- GeoJSON Polygon geometry, optional.
  area_geojson TEXT,
  address TEXT NOT NULL DEFAULT '',
  municipality_number TEXT NOT NULL,
  municipality_name TEXT NOT NULL DEFAULT '',
  public_developer INTEGER NOT NULL DEFAULT 0,
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  source_note TEXT NOT NULL DEFAULT '',
  is_demo INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE INDEX projects_search_name ON projects (search_name);
CREATE INDEX projects_municipality ON projects (municipality_number);
CREATE INDEX projects_phase ON projects (phase_rank);
CREATE INDEX projects_start ON projects (start_first_day);
CREATE INDEX projects_developer ON projects (developer_id);

CREATE TABLE project_contractors (
  project_id TEXT NOT NULL REFERENCES projects (id),
  position INTEGER NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (project_id, position)
);

CREATE TABLE project_links (
  project_id TEXT NOT NULL REFERENCES projects (id),
  position INTEGER NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (project_id, position)
);
