#include "modules/identity/clients/app/key_store.hpp"

#include <algorithm>

#include "modules/identity/clients/infra/client_repository.hpp"
#include "modules/identity/clients/infra/jwt.hpp"
#include "modules/identity/clients/infra/key_protection.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::clients {
namespace {

constexpr std::int64_t kReloadIntervalMs = 5000;
constexpr std::int64_t kCacheMs = 60'000;
constexpr std::int64_t kLeewayMs = 60'000;

}  // namespace

KeyStore::KeyStore(db::Database& database, std::optional<std::string> encryption_key,
                   std::chrono::seconds max_token_lifetime, std::function<std::int64_t()> now_ms)
    : database_(database),
      encryption_key_(std::move(encryption_key)),
      max_token_lifetime_(max_token_lifetime),
      now_ms_(now_ms ? std::move(now_ms) : std::function<std::int64_t()>(db::nowEpochMs)) {}

void KeyStore::reloadLocked(std::int64_t now) {
  auto lease = database_.lease();
  keys_ = repository::listKeys(lease);
  loaded_at_ = now;
}

std::vector<SigningKeyRecord> KeyStore::validLocked(std::int64_t now) const {
  const std::int64_t keep_ms = max_token_lifetime_.count() * 1000 + kLeewayMs;
  std::vector<SigningKeyRecord> out;
  for (const auto& key : keys_) {
    if (key.status == "active" || (key.retired_at && *key.retired_at + keep_ms >= now)) {
      out.push_back(key);
    }
  }
  return out;
}

SigningKeyRecord KeyStore::createLocked(std::int64_t now, bool retire_others,
                                        const std::string& actor_id) {
  auto pair = jwt::generateEs256Key(db::newUuidV7());
  SigningKeyRecord record;
  record.kid = pair.kid;
  record.public_jwk = pair.public_jwk;
  record.protected_private = sealPrivateKey(pair.private_jwk, pair.kid, encryption_key_);
  record.status = "active";
  record.created_at = now;
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertKey(lease, record);
  int retired = 0;
  if (retire_others) retired = repository::retireOtherKeys(lease, record.kid, now);
  audit::record(lease, {.actor_id = actor_id,
                        .action = retire_others ? "api_key.rotated" : "api_key.created",
                        .subject_type = "api_signing_key",
                        .subject_id = record.kid,
                        .organisation_id = {},
                        .details = "{\"alg\":\"ES256\",\"retired\":" + std::to_string(retired) + "}",
                        .ip_hash = {}});
  transaction.commit();
  return record;
}

KeyStore::Signer KeyStore::signer() {
  const std::lock_guard lock(mutex_);
  const std::int64_t now = now_ms_();
  if (loaded_at_ < 0 || now - loaded_at_ > kCacheMs) reloadLocked(now);
  auto active = std::find_if(keys_.begin(), keys_.end(),
                             [](const SigningKeyRecord& k) { return k.status == "active"; });
  if (active == keys_.end()) {
    reloadLocked(now);  // another instance may have made one meanwhile
    active = std::find_if(keys_.begin(), keys_.end(),
                          [](const SigningKeyRecord& k) { return k.status == "active"; });
    if (active == keys_.end()) {
      createLocked(now, false, {});
      reloadLocked(now);
      active = std::find_if(keys_.begin(), keys_.end(),
                            [](const SigningKeyRecord& k) { return k.status == "active"; });
    }
  }
  return {active->kid, openPrivateKey(active->protected_private, active->kid, encryption_key_)};
}

std::optional<std::string> KeyStore::publicKey(const std::string& kid) {
  const std::lock_guard lock(mutex_);
  const std::int64_t now = now_ms_();
  if (loaded_at_ < 0 || now - loaded_at_ > kCacheMs) reloadLocked(now);
  const auto find = [&]() -> std::optional<std::string> {
    for (const auto& key : validLocked(now)) {
      if (key.kid == kid) return key.public_jwk;
    }
    return std::nullopt;
  };
  if (auto found = find()) return found;
  if (unknown_reload_at_ >= 0 && now - unknown_reload_at_ < kReloadIntervalMs) return std::nullopt;
  unknown_reload_at_ = now;
  reloadLocked(now);
  return find();
}

std::vector<std::string> KeyStore::publicKeys() {
  const std::lock_guard lock(mutex_);
  const std::int64_t now = now_ms_();
  if (loaded_at_ < 0 || now - loaded_at_ > kCacheMs) reloadLocked(now);
  std::vector<std::string> out;
  for (const auto& key : validLocked(now)) out.push_back(key.public_jwk);
  return out;
}

std::string KeyStore::rotate(const std::string& actor_id) {
  const std::lock_guard lock(mutex_);
  const std::int64_t now = now_ms_();
  const auto record = createLocked(now, true, actor_id);
  reloadLocked(now);
  return record.kid;
}

}  // namespace masseflyt::identity::clients
