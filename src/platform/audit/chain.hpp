#pragma once

#include <string>
#include <string_view>

#include "platform/audit/audit_log.hpp"

// The hash chain's format, public so tests and outside verifiers can reproduce it.
namespace masseflyt::audit {

/// previous_hash of the first entry.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

/// The bytes hashed for an entry: the line "masseflyt-audit-v1", then for each of sequence, id,
/// at_ms, actor_id, action, subject_type, subject_id, organisation_id, details, ip_hash and
/// previous_hash (in that order) "<byte length>:<bytes>\n", integers as decimal text. The length
/// prefix makes the encoding unambiguous whatever bytes a field holds.
std::string canonicalEncoding(const AuditEntry& entry);

/// Lowercase hex SHA-256 of canonicalEncoding(entry); entry.hash is ignored.
std::string entryHash(const AuditEntry& entry);

}  // namespace masseflyt::audit
