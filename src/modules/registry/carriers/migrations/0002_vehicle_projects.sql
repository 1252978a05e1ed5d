-- The projects a vehicle works on (issue 4 item 4: "links to the carrier and to projects or actors
-- it works for"). Projects belong to another part, so the id is kept without a foreign key.
CREATE TABLE vehicle_projects (
  vehicle_id TEXT NOT NULL REFERENCES vehicles (id),
  project_id TEXT NOT NULL,
  added_at BIGINT NOT NULL,
  PRIMARY KEY (vehicle_id, project_id)
);

CREATE INDEX vehicle_projects_project ON vehicle_projects (project_id);
