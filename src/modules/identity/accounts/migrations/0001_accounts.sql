-- Local accounts, platform roles, server-side sessions and the login throttle (identity/accounts).
-- Only name, work e-mail, optional phone and the OIDC subject are stored about a person.
CREATE TABLE users (
  id             TEXT PRIMARY KEY,
  email          TEXT NOT NULL UNIQUE,  -- always lower case
  display_name   TEXT NOT NULL,
  phone          TEXT NULL,
  password_hash  TEXT NULL,             -- Argon2id PHC string; NULL for e-ID-only accounts
  totp_secret    TEXT NULL,             -- base32 of the raw key
  totp_last_step BIGINT NULL,           -- last accepted TOTP step: a code is never accepted twice
  oidc_issuer    TEXT NULL,
  oidc_subject   TEXT NULL,
  status         TEXT NOT NULL DEFAULT 'active',
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_oidc_subject ON users (oidc_issuer, oidc_subject);

CREATE TABLE user_platform_roles (
  user_id TEXT NOT NULL REFERENCES users (id),
  role    TEXT NOT NULL CHECK (role IN ('administrator', 'tilsyn')),
  PRIMARY KEY (user_id, role)
);

-- id_hash is the SHA-256 (hex) of the cookie value: a leaked table or backup cannot be replayed
-- as cookies. stage: 'anonymous' = pre-session carrying the login form's CSRF token,
-- 'totp' = password accepted, waiting for the TOTP code, 'enrol' = password accepted but the
-- account has no TOTP yet (may only enrol), 'active' = logged in.
CREATE TABLE sessions (
  id_hash             TEXT PRIMARY KEY,
  user_id             TEXT NULL REFERENCES users (id),
  stage               TEXT NOT NULL CHECK (stage IN ('anonymous', 'totp', 'enrol', 'active')),
  csrf_token          TEXT NOT NULL,
  pending_totp_secret TEXT NULL,        -- base32; the secret being enrolled, until confirmed
  created_at          BIGINT NOT NULL,  -- for 'active' rows: when the login completed
  last_seen_at        BIGINT NOT NULL,
  expires_at          BIGINT NOT NULL,  -- absolute end, whatever the activity
  step_up_at          BIGINT NULL,      -- last TOTP re-entry
  ip_hash             TEXT NULL,
  user_agent_family   TEXT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- One row per failed login step, keyed by "a:<sha256 of e-mail>" and "i:<sha256 of address>",
-- so every instance sharing the database sees the same counts.
CREATE TABLE login_attempts (
  throttle_key TEXT NOT NULL,
  failed_at    BIGINT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (throttle_key, failed_at);
