-- A project's approvals for handling masses (zoning plan, building permit, approved remediation
-- plan for contaminated ground, pollution permit for the works). Changes are written to the
-- project's change history; nothing is deleted.
CREATE TABLE project_approvals (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects (id),
  approval_type TEXT NOT NULL,
  authority TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  document_url TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE INDEX project_approvals_project ON project_approvals (project_id, valid_from);
