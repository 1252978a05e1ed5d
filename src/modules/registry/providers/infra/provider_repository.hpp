#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/providers/domain/provider.hpp"
#include "platform/db/database.hpp"

// The SQL of the providers part; internal to it (other code uses app/api.hpp). Each function runs
// on the caller's session and opens no transaction itself.
namespace masseflyt::registry::providers::repository {

void insertProvider(db::Database::Lease& lease, const ProviderRecord& provider);
void updateProvider(db::Database::Lease& lease, const ProviderRecord& provider);
std::optional<ProviderRecord> findProviderByNumber(db::Database::Lease& lease, const std::string& number);
/// One page for people: sorted, offset-based.
std::vector<ProviderRecord> listProviders(db::Database::Lease& lease, const ProviderFilter& filter,
                                          ProviderSort sort, std::int64_t offset, std::int64_t limit);
std::int64_t countProviders(db::Database::Lease& lease, const ProviderFilter& filter);
/// One page for programs: keyset by organisasjonsnummer.
std::vector<ProviderRecord> listProvidersAfter(db::Database::Lease& lease, const ProviderFilter& filter,
                                               const std::optional<std::string>& after,
                                               std::int64_t limit);

}  // namespace masseflyt::registry::providers::repository
