#include "modules/identity/accounts/app/address_hash.hpp"

#include <mutex>
#include <optional>
#include <soci/soci.h>

#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/random.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr const char* kKeyName = "address_hash_key";
constexpr std::size_t kKeyBytes = 32;

constexpr const char* kSelectKey = "SELECT value FROM account_secrets WHERE name = :name";
// Two instances starting together both try; the primary key lets exactly one insert win and the
// other reads the winner's key.
constexpr const char* kInsertKeyPg =
    "INSERT INTO account_secrets (name, value, created_at) VALUES (:name, :value, :at) "
    "ON CONFLICT (name) DO NOTHING";
constexpr const char* kInsertKeySqlite =
    "INSERT OR IGNORE INTO account_secrets (name, value, created_at) VALUES (:name, :value, :at)";

std::mutex key_mutex;
std::string& currentKey() {
  static std::string key = crypto::randomToken(kKeyBytes);
  return key;
}

}  // namespace

void loadAddressHashKey(db::Database& database) {
  auto lease = database.lease();
  const std::string name = kKeyName;
  const std::string candidate = crypto::randomToken(kKeyBytes);
  const long long now = db::nowEpochMs();
  lease.session() << (lease.engine() == db::Engine::Postgres ? kInsertKeyPg : kInsertKeySqlite),
      soci::use(name), soci::use(candidate), soci::use(now);
  std::string stored;
  lease.session() << kSelectKey, soci::use(name), soci::into(stored);
  std::lock_guard lock(key_mutex);
  currentKey() = stored;
}

std::string keyedAddressHash(std::string_view label, std::string_view text) {
  std::string key;
  {
    std::lock_guard lock(key_mutex);
    key = currentKey();
  }
  return crypto::hexEncode(crypto::hmacSha256(key, std::string(label) + ":" + std::string(text)));
}

}  // namespace masseflyt::identity::accounts
