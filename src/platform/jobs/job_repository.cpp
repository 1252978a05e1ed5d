#include "platform/jobs/job_repository.hpp"

#include <soci/soci.h>

#include <string_view>

namespace masseflyt::jobs::repository {
namespace {

constexpr std::string_view kInsertJob = R"sql(
INSERT INTO jobs (id, kind, payload, status, run_at, attempts, created_at)
VALUES (:id, :kind, :payload, 'queued', :run_at, 0, :now))sql";

// A 'running' row with an expired lock was left by a dead worker and is due again. {kinds} becomes
// one placeholder per registered kind, so a worker never takes a job it has no handler for.
// PostgreSQL: SKIP LOCKED lets concurrent workers pass over rows another claim is taking.
constexpr std::string_view kCountQueued = R"sql(
SELECT COUNT(*) FROM jobs WHERE kind = :kind AND payload = :payload AND status = 'queued')sql";

constexpr std::string_view kClaimJobPg = R"sql(
UPDATE jobs
   SET status = 'running', attempts = attempts + 1, locked_by = :worker,
       locked_until = :locked_until
 WHERE id = (SELECT id FROM jobs
              WHERE status IN ('queued', 'running') AND run_at <= :now
                AND (locked_until IS NULL OR locked_until <= :now)
                AND kind IN ({kinds})
              ORDER BY run_at, id
              LIMIT 1
              FOR UPDATE SKIP LOCKED)
RETURNING id, kind, payload, attempts)sql";

// SQLite has no row locks; the caller's BEGIN IMMEDIATE makes claims run one at a time.
constexpr std::string_view kClaimJobSqlite = R"sql(
UPDATE jobs
   SET status = 'running', attempts = attempts + 1, locked_by = :worker,
       locked_until = :locked_until
 WHERE id = (SELECT id FROM jobs
              WHERE status IN ('queued', 'running') AND run_at <= :now
                AND (locked_until IS NULL OR locked_until <= :now)
                AND kind IN ({kinds})
              ORDER BY run_at, id
              LIMIT 1)
RETURNING id, kind, payload, attempts)sql";

constexpr std::string_view kMarkDone = R"sql(
UPDATE jobs
   SET status = 'done', finished_at = :now, locked_by = NULL, locked_until = NULL,
       last_error = NULL
 WHERE id = :id AND status = 'running' AND locked_by = :worker AND attempts = :attempts)sql";

constexpr std::string_view kMarkRetry = R"sql(
UPDATE jobs
   SET status = 'queued', run_at = :run_at, locked_by = NULL, locked_until = NULL,
       last_error = :error
 WHERE id = :id AND status = 'running' AND locked_by = :worker AND attempts = :attempts)sql";

constexpr std::string_view kMarkFailed = R"sql(
UPDATE jobs
   SET status = 'failed', finished_at = :now, locked_by = NULL, locked_until = NULL,
       last_error = :error
 WHERE id = :id AND status = 'running' AND locked_by = :worker AND attempts = :attempts)sql";

std::string claimSql(db::Engine engine, std::size_t kind_count) {
  std::string sql(engine == db::Engine::Postgres ? kClaimJobPg : kClaimJobSqlite);
  std::string placeholders;
  for (std::size_t i = 0; i < kind_count; ++i) {
    if (i != 0) {
      placeholders += ", ";
    }
    placeholders += ":kind" + std::to_string(i);
  }
  const std::string_view marker = "{kinds}";
  sql.replace(sql.find(marker), marker.size(), placeholders);
  return sql;
}

}  // namespace

void insert(db::Database::Lease& lease, const std::string& id, const std::string& kind,
            const std::string& payload, std::int64_t run_at, std::int64_t now) {
  *lease << kInsertJob, soci::use(id, "id"), soci::use(kind, "kind"), soci::use(payload, "payload"),
      soci::use(run_at, "run_at"), soci::use(now, "now");
}

std::int64_t countQueued(db::Database::Lease& lease, const std::string& kind, const std::string& payload) {
  std::int64_t count = 0;
  *lease << kCountQueued, soci::into(count), soci::use(kind, "kind"), soci::use(payload, "payload");
  return count;
}

std::optional<Job> claim(db::Database::Lease& lease, const std::vector<std::string>& kinds,
                         const std::string& worker, std::int64_t now, std::int64_t locked_until) {
  const std::string sql = claimSql(lease.engine(), kinds.size());
  std::vector<std::string> names;
  names.reserve(kinds.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    names.push_back("kind" + std::to_string(i));
  }

  Job job;
  std::int64_t attempts = 0;
  bool found = false;
  {
    // The statement API because the number of bound kinds varies; it must be gone before the
    // caller commits (SQLite refuses to commit while a statement is still active).
    soci::statement statement(*lease);
    statement.exchange(soci::into(job.id));
    statement.exchange(soci::into(job.kind));
    statement.exchange(soci::into(job.payload));
    statement.exchange(soci::into(attempts));
    statement.exchange(soci::use(worker, "worker"));
    statement.exchange(soci::use(locked_until, "locked_until"));
    statement.exchange(soci::use(now, "now"));
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      statement.exchange(soci::use(kinds[i], names[i]));
    }
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    found = statement.execute(true);
  }
  if (!found) {
    return std::nullopt;
  }
  job.attempts = static_cast<int>(attempts);
  return job;
}

namespace {

// True when the fenced UPDATE hit the row, i.e. the claim was still ours.
bool executeFenced(soci::statement& statement) {
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

}  // namespace

bool markDone(db::Database::Lease& lease, const Job& job, const std::string& worker,
              std::int64_t now) {
  const std::int64_t attempts = job.attempts;
  soci::statement statement =
      (lease->prepare << kMarkDone, soci::use(job.id, "id"), soci::use(worker, "worker"),
       soci::use(attempts, "attempts"), soci::use(now, "now"));
  return executeFenced(statement);
}

bool markRetry(db::Database::Lease& lease, const Job& job, const std::string& worker,
               std::int64_t run_at, const std::string& error) {
  const std::int64_t attempts = job.attempts;
  soci::statement statement =
      (lease->prepare << kMarkRetry, soci::use(job.id, "id"), soci::use(worker, "worker"),
       soci::use(attempts, "attempts"), soci::use(run_at, "run_at"), soci::use(error, "error"));
  return executeFenced(statement);
}

bool markFailed(db::Database::Lease& lease, const Job& job, const std::string& worker,
                std::int64_t now, const std::string& error) {
  const std::int64_t attempts = job.attempts;
  soci::statement statement =
      (lease->prepare << kMarkFailed, soci::use(job.id, "id"), soci::use(worker, "worker"),
       soci::use(attempts, "attempts"), soci::use(now, "now"), soci::use(error, "error"));
  return executeFenced(statement);
}

}  // namespace masseflyt::jobs::repository
