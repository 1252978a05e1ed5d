#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/identity/clients/domain/model.hpp"
#include "platform/db/database.hpp"

// SQL of the API clients part (tables api_clients and api_signing_keys). Callers own transactions.
namespace masseflyt::identity::clients::repository {

void insertClient(db::Database::Lease& lease, const ApiClientRecord& client);
std::optional<ApiClientRecord> findClient(db::Database::Lease& lease, const std::string& id);
/// The organisation's clients, newest first, revoked ones included (history).
std::vector<ApiClientRecord> listClients(db::Database::Lease& lease,
                                         const std::string& organisation_id);
/// New secret hash for an ACTIVE client; false when it is unknown or revoked.
bool replaceSecret(db::Database::Lease& lease, const std::string& id,
                   const std::string& secret_hash, std::int64_t now);
/// Fenced on 'active', so it happens once; false when unknown or already revoked.
bool revokeClient(db::Database::Lease& lease, const std::string& id, const std::string& by,
                  std::int64_t now);
void touchClient(db::Database::Lease& lease, const std::string& id, std::int64_t now);

void insertKey(db::Database::Lease& lease, const SigningKeyRecord& key);
/// Every key, newest first.
std::vector<SigningKeyRecord> listKeys(db::Database::Lease& lease);
/// Marks every active key but `keep_kid` retired at `now`; returns how many.
int retireOtherKeys(db::Database::Lease& lease, const std::string& keep_kid, std::int64_t now);

}  // namespace masseflyt::identity::clients::repository
