-- The permit document as an uploaded PDF (issue 4 item 2): the bytes live in the file store under
-- their SHA-256 (document_file); the row keeps what pages and the API show. ADD COLUMN works
-- alike on SQLite and PostgreSQL. A replaced document's file is kept: the change history names it.
ALTER TABLE registry_site_permits ADD COLUMN document_file TEXT;
ALTER TABLE registry_site_permits ADD COLUMN document_name TEXT;
ALTER TABLE registry_site_permits ADD COLUMN document_bytes BIGINT;
ALTER TABLE registry_site_permits ADD COLUMN document_uploaded_at BIGINT;
