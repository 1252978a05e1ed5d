#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace masseflyt::db {

/// A random UUIDv7 (RFC 9562) in lowercase 8-4-4-4-12 text form: 48 bits of epoch milliseconds,
/// then random bits from OpenSSL. Time-ordered so primary-key indexes stay append-mostly, and not
/// enumerable like a serial id. Ids made by one process are strictly increasing.
std::string newUuidV7();

/// Whether `text` has the form of an id the platform makes (lower-case 8-4-4-4-12 hex). Ids in
/// URLs and API paths are checked with it first: anything else is simply "not found", without a
/// query.
bool isUuid(std::string_view text);

/// UTC milliseconds since the Unix epoch, the timestamp unit in every table.
std::int64_t nowEpochMs();

}  // namespace masseflyt::db
