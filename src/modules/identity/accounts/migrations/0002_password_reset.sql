-- Password reset by e-mail link (identity/accounts). token_hash is the SHA-256 (hex) of the
-- token in the link: the table alone cannot be turned into working links. A token is used once
-- (used_at) and lives 30 minutes (expires_at, epoch ms).
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users (id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at    BIGINT NULL
);
CREATE INDEX password_resets_user ON password_resets (user_id);
CREATE INDEX password_resets_expires ON password_resets (expires_at);
