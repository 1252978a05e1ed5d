-- API clients of organisations (OAuth2 client credentials) and the keys our access tokens are
-- signed with. No foreign key to organisations: a module owns its tables (and this part's
-- migrations run before the organisations part's).
CREATE TABLE api_clients (
  -- Also the OAuth client_id and the `sub` of its tokens.
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL,
  name TEXT NOT NULL,
  -- Granted permission keys, space-separated (the OAuth scope syntax); data, not code.
  scopes TEXT NOT NULL,
  -- HMAC-SHA-256(pepper, secret) in hex; the secret itself is shown once and never stored.
  secret_hash TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  secret_rotated_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT,
  revoked_by TEXT
);

CREATE INDEX api_clients_organisation ON api_clients (organisation_id, created_at);

CREATE TABLE api_signing_keys (
  kid TEXT PRIMARY KEY,
  algorithm TEXT NOT NULL,
  -- The public JWK as published at /api/v1/jwks.json.
  public_jwk TEXT NOT NULL,
  -- "aesgcm:<base64url(nonce|ciphertext|tag)>" when api.key_encryption_key is configured,
  -- otherwise "plain:<private JWK>" (protected only by database access rights).
  private_jwk TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
  created_at BIGINT NOT NULL,
  retired_at BIGINT
);

CREATE INDEX api_signing_keys_status ON api_signing_keys (status, created_at);
