-- The key of the keyed hash that sessions, throttling and the audit log keep instead of client
-- addresses (app/address_hash.hpp). Held in the database so every instance behind a load
-- balancer hashes alike without configuration; created on first start.
CREATE TABLE account_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
