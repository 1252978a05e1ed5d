#include "modules/identity/clients/infra/client_repository.hpp"

#include <soci/soci.h>

#include <string_view>

#include "modules/identity/clients/domain/scopes.hpp"
#include "platform/db/optional.hpp"

namespace masseflyt::identity::clients::repository {
namespace {

constexpr std::string_view kClientColumns = R"sql(
SELECT id, organisation_id, name, scopes, secret_hash, status, created_at, created_by,
       secret_rotated_at, last_used_at, revoked_at, revoked_by
  FROM api_clients)sql";

constexpr std::string_view kInsertClient = R"sql(
INSERT INTO api_clients (id, organisation_id, name, scopes, secret_hash, status, created_at,
  created_by, secret_rotated_at)
VALUES (:id, :organisation_id, :name, :scopes, :secret_hash, :status, :created_at, :created_by,
  :rotated_at))sql";

constexpr std::string_view kReplaceSecret = R"sql(
UPDATE api_clients SET secret_hash = :secret_hash, secret_rotated_at = :now
 WHERE id = :id AND status = 'active')sql";

constexpr std::string_view kRevokeClient = R"sql(
UPDATE api_clients SET status = 'revoked', revoked_at = :now, revoked_by = :by
 WHERE id = :id AND status = 'active')sql";

constexpr std::string_view kTouchClient = R"sql(
UPDATE api_clients SET last_used_at = :now WHERE id = :id)sql";

constexpr std::string_view kInsertKey = R"sql(
INSERT INTO api_signing_keys (kid, algorithm, public_jwk, private_jwk, status, created_at)
VALUES (:kid, :algorithm, :public_jwk, :private_jwk, :status, :created_at))sql";

constexpr std::string_view kListKeys = R"sql(
SELECT kid, algorithm, public_jwk, private_jwk, status, created_at, retired_at
  FROM api_signing_keys ORDER BY created_at DESC, kid DESC)sql";

constexpr std::string_view kRetireOtherKeys = R"sql(
UPDATE api_signing_keys SET status = 'retired', retired_at = :now
 WHERE status = 'active' AND kid <> :kid)sql";

struct ClientRow {
  ApiClientRecord record;
  std::string scopes;

  void bind(soci::statement& statement) {
    statement.exchange(soci::into(record.id));
    statement.exchange(soci::into(record.organisation_id));
    statement.exchange(soci::into(record.name));
    statement.exchange(soci::into(scopes));
    statement.exchange(soci::into(record.secret_hash));
    statement.exchange(soci::into(record.status));
    statement.exchange(soci::into(record.created_at));
    statement.exchange(soci::into(record.created_by));
    statement.exchange(soci::into(record.secret_rotated_at));
    statement.exchange(soci::into(record.last_used_at));
    statement.exchange(soci::into(record.revoked_at));
    statement.exchange(soci::into(record.revoked_by));
  }

  ApiClientRecord get() const {
    ApiClientRecord out = record;
    out.scopes = parseScopeList(scopes).value_or(std::vector<std::string>{});
    return out;
  }
};

std::vector<ApiClientRecord> queryClients(db::Database::Lease& lease, const std::string& sql,
                                          const std::string& name, const std::string& value) {
  std::vector<ApiClientRecord> out;
  ClientRow row;
  soci::statement statement(*lease);
  row.bind(statement);
  statement.exchange(soci::use(value, name));
  statement.alloc();
  statement.prepare(sql);
  statement.define_and_bind();
  if (statement.execute(true)) {
    do {
      out.push_back(row.get());
    } while (statement.fetch());
  }
  return out;
}

}  // namespace

void insertClient(db::Database::Lease& lease, const ApiClientRecord& c) {
  const std::string scopes = joinScopes(c.scopes);
  *lease << kInsertClient, soci::use(c.id, "id"), soci::use(c.organisation_id, "organisation_id"),
      soci::use(c.name, "name"), soci::use(scopes, "scopes"),
      soci::use(c.secret_hash, "secret_hash"), soci::use(c.status, "status"),
      soci::use(c.created_at, "created_at"), soci::use(c.created_by, "created_by"),
      soci::use(c.secret_rotated_at, "rotated_at");
}

std::optional<ApiClientRecord> findClient(db::Database::Lease& lease, const std::string& id) {
  auto rows = queryClients(lease, std::string(kClientColumns) + " WHERE id = :id", "id", id);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<ApiClientRecord> listClients(db::Database::Lease& lease,
                                         const std::string& organisation_id) {
  return queryClients(lease,
                      std::string(kClientColumns) +
                          " WHERE organisation_id = :organisation_id ORDER BY created_at DESC, id DESC",
                      "organisation_id", organisation_id);
}

bool replaceSecret(db::Database::Lease& lease, const std::string& id,
                   const std::string& secret_hash, std::int64_t now) {
  soci::statement statement = (lease->prepare << kReplaceSecret, soci::use(secret_hash, "secret_hash"),
                               soci::use(now, "now"), soci::use(id, "id"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

bool revokeClient(db::Database::Lease& lease, const std::string& id, const std::string& by,
                  std::int64_t now) {
  soci::statement statement =
      (lease->prepare << kRevokeClient, soci::use(now, "now"), soci::use(by, "by"), soci::use(id, "id"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

void touchClient(db::Database::Lease& lease, const std::string& id, std::int64_t now) {
  *lease << kTouchClient, soci::use(now, "now"), soci::use(id, "id");
}

void insertKey(db::Database::Lease& lease, const SigningKeyRecord& k) {
  *lease << kInsertKey, soci::use(k.kid, "kid"), soci::use(k.algorithm, "algorithm"),
      soci::use(k.public_jwk, "public_jwk"), soci::use(k.protected_private, "private_jwk"),
      soci::use(k.status, "status"), soci::use(k.created_at, "created_at");
}

std::vector<SigningKeyRecord> listKeys(db::Database::Lease& lease) {
  std::vector<SigningKeyRecord> out;
  SigningKeyRecord row;
  soci::statement statement =
      (lease->prepare << kListKeys, soci::into(row.kid), soci::into(row.algorithm),
       soci::into(row.public_jwk), soci::into(row.protected_private), soci::into(row.status),
       soci::into(row.created_at), soci::into(row.retired_at));
  if (statement.execute(true)) {
    do {
      out.push_back(row);
    } while (statement.fetch());
  }
  return out;
}

int retireOtherKeys(db::Database::Lease& lease, const std::string& keep_kid, std::int64_t now) {
  soci::statement statement =
      (lease->prepare << kRetireOtherKeys, soci::use(now, "now"), soci::use(keep_kid, "kid"));
  statement.execute(true);
  return static_cast<int>(statement.get_affected_rows());
}

}  // namespace masseflyt::identity::clients::repository
