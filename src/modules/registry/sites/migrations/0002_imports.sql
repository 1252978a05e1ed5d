-- Sites imported from public registers (NGU Grus og pukk, Miljødirektoratet's permitted waste
-- facilities): issue 4 item 6. ADD COLUMN works alike on SQLite and PostgreSQL; nothing is ever
-- deleted: a record that left its source gets vanished_at.
ALTER TABLE registry_sites ADD COLUMN import_source TEXT;
ALTER TABLE registry_sites ADD COLUMN import_key TEXT;
ALTER TABLE registry_sites ADD COLUMN import_licence TEXT;
ALTER TABLE registry_sites ADD COLUMN source_url TEXT;
ALTER TABLE registry_sites ADD COLUMN import_orgnr TEXT;
ALTER TABLE registry_sites ADD COLUMN imported_at BIGINT;
ALTER TABLE registry_sites ADD COLUMN claimed_at BIGINT;
ALTER TABLE registry_sites ADD COLUMN claimed_by TEXT;
-- Import field keys the owner edited since claiming, as ",name,kind," (same shape as
-- fraction_groups); a refresh never overwrites these.
ALTER TABLE registry_sites ADD COLUMN owner_edited_fields TEXT NOT NULL DEFAULT '';
ALTER TABLE registry_sites ADD COLUMN vanished_at BIGINT;

-- One site per source record; NULLs (own sites) do not collide on either engine.
CREATE UNIQUE INDEX registry_sites_import ON registry_sites (import_source, import_key);
