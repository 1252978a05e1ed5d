#pragma once

#include <optional>
#include <string>

#include "modules/registry/imports/app/import_service.hpp"
#include "platform/db/database.hpp"

// The SQL of the imports part; internal to it.
namespace masseflyt::registry::imports::repository {

void insertRun(db::Database::Lease& lease, const ImportRun& run);
std::optional<ImportRun> lastRun(db::Database::Lease& lease, const std::string& source);

}  // namespace masseflyt::registry::imports::repository
