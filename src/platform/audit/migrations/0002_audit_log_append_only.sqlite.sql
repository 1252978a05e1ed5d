-- Entries are never changed or removed by the application. SQLite cannot revoke rights, so
-- triggers refuse it; someone with the database file can still drop them, which is why the hash
-- chain exists (masseflyt audit verify).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
