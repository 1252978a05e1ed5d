-- OpenID Connect login (identity/accounts): the authorization request waiting for its callback.
-- Kept server-side so nothing secret rides in the browser; state_hash is the SHA-256 (hex) of the
-- `state` value, so a leaked table cannot be turned into callbacks. A row is deleted on first use,
-- whatever the outcome, and lives at most 10 minutes.
CREATE TABLE oidc_logins (
  state_hash    TEXT PRIMARY KEY,
  nonce         TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  next          TEXT NOT NULL,
  created_at    BIGINT NOT NULL,
  expires_at    BIGINT NOT NULL
);
CREATE INDEX oidc_logins_expires ON oidc_logins (expires_at);
