#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "modules/identity/clients/domain/model.hpp"
#include "platform/db/database.hpp"

namespace masseflyt::identity::clients {

/// Our token signing keys, cached per instance. Thread-safe.
class KeyStore {
 public:
  /// `max_token_lifetime`: retired keys stay published this long (plus a minute of leeway) after
  /// retirement, so every token they signed can still be verified.
  KeyStore(db::Database& database, std::optional<std::string> encryption_key,
           std::chrono::seconds max_token_lifetime,
           std::function<std::int64_t()> now_ms = {});

  struct Signer {
    std::string kid;
    std::string private_jwk;
  };
  /// The newest active key; creates one on first use (several instances racing each add one;
  /// the newest wins and the rest are still valid for verification).
  Signer signer();

  /// The public JWK for `kid`. An unknown kid reloads the keys (such reloads at most every 5 s,
  /// so forged kids cannot make every request hit the database).
  std::optional<std::string> publicKey(const std::string& kid);

  /// Public JWKs of the keys valid for verification, newest first.
  std::vector<std::string> publicKeys();

  /// New active key, the others retired; returns its kid.
  std::string rotate(const std::string& actor_id);

 private:
  void reloadLocked(std::int64_t now);
  std::vector<SigningKeyRecord> validLocked(std::int64_t now) const;
  SigningKeyRecord createLocked(std::int64_t now, bool retire_others, const std::string& actor_id);

  db::Database& database_;
  std::optional<std::string> encryption_key_;
  std::chrono::seconds max_token_lifetime_;
  std::function<std::int64_t()> now_ms_;
  std::mutex mutex_;
  std::vector<SigningKeyRecord> keys_;
  std::int64_t loaded_at_ = -1;
  std::int64_t unknown_reload_at_ = -1;  ///< last reload caused by an unknown kid
};

}  // namespace masseflyt::identity::clients
