#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

// The audit log: append-only, hash-chained entries for security-relevant events (logins, role and
// membership changes, approvals). Each entry carries the hash of the previous one, so editing or
// deleting a row anywhere but the very end breaks the chain and verify() names the first broken
// sequence. The table also refuses UPDATE and DELETE by trigger; the chain is what still catches an
// attacker who has the database rights to get past the trigger.
namespace masseflyt::audit {

/// What happened. Empty strings mean "not applicable" (e.g. no actor for a failed login by an
/// unknown e-mail address).
struct AuditEvent {
  std::string actor_id;         ///< the person or API client acting
  std::string action;           ///< "login.succeeded", "membership.approved", … (required)
  std::string subject_type;     ///< "user", "organisation", "membership", …
  std::string subject_id;
  std::string organisation_id;  ///< the organisation the action concerns, if any
  /// Short JSON object text, no secrets, no personal data beyond ids.
  std::string details;
  std::string ip_hash;  ///< a keyed hash of the client address, never the address itself
};

/// Appends `event` as the next entry of the chain. Call it inside the caller's db::Transaction so
/// the entry commits (or rolls back) together with the change it describes; appends from
/// concurrent transactions queue on a lock (pg_advisory_xact_lock on PostgreSQL, the write lock
/// of BEGIN IMMEDIATE on SQLite). PostgreSQL transactions must be READ COMMITTED (the default).
/// Throws Error(Internal, "audit.error.invalid_event") when `action` is empty.
void record(db::Database::Lease& lease, const AuditEvent& event);

/// One stored entry. `hash` = SHA-256 (hex) of the canonical encoding of every other field
/// (platform/audit/chain.hpp); `previous_hash` is the previous entry's hash, 64 zeros for the first.
struct AuditEntry {
  std::int64_t sequence = 0;  ///< 1, 2, 3, … without gaps
  std::string id;             ///< UUIDv7
  std::int64_t at_ms = 0;     ///< UTC epoch milliseconds
  std::string actor_id, action, subject_type, subject_id, organisation_id, details, ip_hash,
      previous_hash, hash;
};

/// Filters for list(); absent ones do not restrict.
struct AuditQuery {
  std::optional<std::string> action_prefix = {};  ///< "login" matches "login" and "login.failed"
  std::optional<std::string> actor_id = {}, organisation_id = {}, subject_id = {};
  std::optional<std::int64_t> from_ms = {}, to_ms = {};  ///< at_ms in [from_ms, to_ms)
  std::optional<std::int64_t> before_sequence = {};      ///< keyset pagination: older than this
  std::size_t limit = 50;
};

/// Matching entries, newest (highest sequence) first, at most `limit`.
std::vector<AuditEntry> list(db::Database::Lease& lease, const AuditQuery& query);

struct VerifyResult {
  bool ok = true;
  std::int64_t checked = 0;  ///< entries read before the first broken one (all of them when ok)
  std::optional<std::int64_t> first_broken_sequence;
  /// Catalog key of why the chain broke ("audit.verify.gap", "audit.verify.hash_mismatch",
  /// "audit.verify.link_mismatch"); empty when ok.
  std::string reason_key;
};

/// Recomputes the whole chain from the first entry (O(n), read in batches) and reports the first
/// broken link: a missing sequence number, an entry whose content no longer matches its hash, or
/// one whose previous_hash is not the hash of the entry before it. Removing entries from the end
/// of the log cannot be seen from the chain alone.
VerifyResult verify(db::Database::Lease& lease);

}  // namespace masseflyt::audit
