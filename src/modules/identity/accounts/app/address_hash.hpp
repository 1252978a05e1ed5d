#pragma once

#include <string>
#include <string_view>

#include "platform/db/database.hpp"

// Client addresses are personal data: sessions, login throttling and audit entries keep only
// HMAC-SHA256(key, address). An unkeyed hash would not protect them (all IPv4 addresses can be
// hashed in minutes), so the key is a 256-bit secret shared by all instances through the database.
namespace masseflyt::identity::accounts {

/// Loads the key from the database, creating it on first use (safe when several instances start
/// at once), and makes it the process-wide key. The accounts part calls it when its routes and
/// middleware are set up; until then a random per-process key is used (tests of single functions).
void loadAddressHashKey(db::Database& database);

/// Hex HMAC-SHA256 of `text` under the address key, with a domain label so the same address gives
/// unrelated values for different uses ("session", "throttle").
std::string keyedAddressHash(std::string_view label, std::string_view text);

}  // namespace masseflyt::identity::accounts
