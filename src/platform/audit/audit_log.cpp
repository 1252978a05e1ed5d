#include "platform/audit/audit_log.hpp"

#include <soci/soci.h>

#include <limits>
#include <string_view>

#include "platform/audit/chain.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::audit {
namespace {

// Serialises appenders on PostgreSQL for the rest of the caller's transaction, so two
// transactions never read the same head and fork the chain ("MF-AUDIT" in ASCII). The primary
// key on sequence would refuse a fork anyway, but as an error instead of a wait.
constexpr std::string_view kLockHeadPg = "SELECT pg_advisory_xact_lock(5568476015618934100)";

constexpr std::string_view kSelectHead = R"sql(
SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1)sql";

constexpr std::string_view kInsertEntry = R"sql(
INSERT INTO audit_log (sequence, id, at_ms, actor_id, action, subject_type, subject_id,
                       organisation_id, details, ip_hash, previous_hash, hash)
VALUES (:sequence, :id, :at_ms, :actor_id, :action, :subject_type, :subject_id,
        :organisation_id, :details, :ip_hash, :previous_hash, :hash))sql";

// Absent text filters are bound as NULL; the casts give PostgreSQL a type for every placeholder.
// Absent numeric bounds are bound as the widest range so the sequence index still drives the scan.
constexpr std::string_view kListEntries = R"sql(
SELECT sequence, id, at_ms, actor_id, action, subject_type, subject_id, organisation_id, details,
       ip_hash, previous_hash, hash
  FROM audit_log
 WHERE sequence < :before
   AND at_ms >= :from_ms AND at_ms < :to_ms
   AND (CAST(:action AS TEXT) IS NULL
        OR substr(action, 1, length(CAST(:action AS TEXT))) = CAST(:action AS TEXT))
   AND (CAST(:actor AS TEXT) IS NULL OR actor_id = CAST(:actor AS TEXT))
   AND (CAST(:organisation AS TEXT) IS NULL OR organisation_id = CAST(:organisation AS TEXT))
   AND (CAST(:subject AS TEXT) IS NULL OR subject_id = CAST(:subject AS TEXT))
 ORDER BY sequence DESC
 LIMIT :limit)sql";

constexpr std::string_view kVerifyBatch = R"sql(
SELECT sequence, id, at_ms, actor_id, action, subject_type, subject_id, organisation_id, details,
       ip_hash, previous_hash, hash
  FROM audit_log
 WHERE sequence > :after
 ORDER BY sequence
 LIMIT :limit)sql";

// Bounds memory and statement time for verify on a long log.
constexpr std::int64_t kVerifyBatchSize = 1000;
constexpr std::int64_t kMaxListLimit = 1000;

// Binds every column of an entry for a multi-row SELECT in the order of kListEntries.
void intoEntry(soci::statement& statement, AuditEntry& e) {
  statement.exchange(soci::into(e.sequence));
  statement.exchange(soci::into(e.id));
  statement.exchange(soci::into(e.at_ms));
  statement.exchange(soci::into(e.actor_id));
  statement.exchange(soci::into(e.action));
  statement.exchange(soci::into(e.subject_type));
  statement.exchange(soci::into(e.subject_id));
  statement.exchange(soci::into(e.organisation_id));
  statement.exchange(soci::into(e.details));
  statement.exchange(soci::into(e.ip_hash));
  statement.exchange(soci::into(e.previous_hash));
  statement.exchange(soci::into(e.hash));
}

// SOCI reports a NULL text as an error without an indicator; bind NULL explicitly for absent ones.
struct OptionalText {
  std::string value;
  soci::indicator indicator;
  explicit OptionalText(const std::optional<std::string>& text)
      : value(text.value_or("")), indicator(text ? soci::i_ok : soci::i_null) {}
};

}  // namespace

void record(db::Database::Lease& lease, const AuditEvent& event) {
  if (event.action.empty()) {
    throw Error(ErrorKind::Internal, "audit.error.invalid_event", "empty action");
  }
  if (lease.engine() == db::Engine::Postgres) {
    *lease << kLockHeadPg;
  }

  AuditEntry entry;
  {
    std::int64_t head_sequence = 0;
    std::string head_hash;
    soci::indicator found = soci::i_null;
    *lease << kSelectHead, soci::into(head_sequence, found), soci::into(head_hash);
    const bool has_head = lease->got_data() && found == soci::i_ok;
    entry.sequence = has_head ? head_sequence + 1 : 1;
    entry.previous_hash = has_head ? head_hash : std::string(kGenesisHash);
  }
  entry.id = db::newUuidV7();
  entry.at_ms = db::nowEpochMs();
  entry.actor_id = event.actor_id;
  entry.action = event.action;
  entry.subject_type = event.subject_type;
  entry.subject_id = event.subject_id;
  entry.organisation_id = event.organisation_id;
  entry.details = event.details;
  entry.ip_hash = event.ip_hash;
  entry.hash = entryHash(entry);

  *lease << kInsertEntry, soci::use(entry.sequence, "sequence"), soci::use(entry.id, "id"),
      soci::use(entry.at_ms, "at_ms"), soci::use(entry.actor_id, "actor_id"),
      soci::use(entry.action, "action"), soci::use(entry.subject_type, "subject_type"),
      soci::use(entry.subject_id, "subject_id"),
      soci::use(entry.organisation_id, "organisation_id"), soci::use(entry.details, "details"),
      soci::use(entry.ip_hash, "ip_hash"), soci::use(entry.previous_hash, "previous_hash"),
      soci::use(entry.hash, "hash");
}

std::vector<AuditEntry> list(db::Database::Lease& lease, const AuditQuery& query) {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
  std::int64_t before = query.before_sequence.value_or(kMax);
  std::int64_t from_ms = query.from_ms.value_or(kMin);
  std::int64_t to_ms = query.to_ms.value_or(kMax);
  std::int64_t limit = static_cast<std::int64_t>(query.limit);
  if (limit <= 0) {
    return {};
  }
  if (limit > kMaxListLimit) {
    limit = kMaxListLimit;
  }
  OptionalText action(query.action_prefix);
  OptionalText actor(query.actor_id);
  OptionalText organisation(query.organisation_id);
  OptionalText subject(query.subject_id);

  std::vector<AuditEntry> entries;
  AuditEntry row;
  soci::statement statement(*lease);
  intoEntry(statement, row);
  statement.exchange(soci::use(before, "before"));
  statement.exchange(soci::use(from_ms, "from_ms"));
  statement.exchange(soci::use(to_ms, "to_ms"));
  statement.exchange(soci::use(action.value, action.indicator, "action"));
  statement.exchange(soci::use(actor.value, actor.indicator, "actor"));
  statement.exchange(soci::use(organisation.value, organisation.indicator, "organisation"));
  statement.exchange(soci::use(subject.value, subject.indicator, "subject"));
  statement.exchange(soci::use(limit, "limit"));
  statement.alloc();
  statement.prepare(std::string(kListEntries));
  statement.define_and_bind();
  if (statement.execute(true)) {
    do {
      entries.push_back(row);
    } while (statement.fetch());
  }
  return entries;
}

VerifyResult verify(db::Database::Lease& lease) {
  VerifyResult result;
  std::int64_t expected_sequence = 1;
  std::string previous_hash(kGenesisHash);
  const auto broken = [&result](std::int64_t sequence, const char* reason) {
    result.ok = false;
    result.first_broken_sequence = sequence;
    result.reason_key = reason;
    return result;
  };

  while (true) {
    std::vector<AuditEntry> batch;
    {
      std::int64_t after = expected_sequence - 1;
      std::int64_t limit = kVerifyBatchSize;
      AuditEntry row;
      soci::statement statement(*lease);
      intoEntry(statement, row);
      statement.exchange(soci::use(after, "after"));
      statement.exchange(soci::use(limit, "limit"));
      statement.alloc();
      statement.prepare(std::string(kVerifyBatch));
      statement.define_and_bind();
      if (statement.execute(true)) {
        do {
          batch.push_back(row);
        } while (statement.fetch());
      }
    }
    if (batch.empty()) {
      return result;
    }
    for (const AuditEntry& entry : batch) {
      if (entry.sequence != expected_sequence) {
        return broken(expected_sequence, "audit.verify.gap");
      }
      if (entry.previous_hash != previous_hash) {
        return broken(entry.sequence, "audit.verify.link_mismatch");
      }
      if (entryHash(entry) != entry.hash) {
        return broken(entry.sequence, "audit.verify.hash_mismatch");
      }
      previous_hash = entry.hash;
      ++expected_sequence;
      ++result.checked;
    }
  }
}

}  // namespace masseflyt::audit
