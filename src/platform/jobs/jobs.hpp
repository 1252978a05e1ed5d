#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.hpp"

namespace masseflyt::jobs {

/// One unit of background work as a handler sees it.
struct Job {
  std::string id;
  std::string kind;
  /// Opaque to the queue; by convention a small JSON object with ids, never personal data
  /// (rows outlive the work and are read by operators).
  std::string payload;
  /// Which attempt this run is: 1 on the first run, 2 on the first retry, and so on.
  int attempts = 0;
};

/// Runs one job. Throwing marks the attempt as failed: the job is retried with backoff until
/// WorkerOptions::max_attempts, then left as 'failed'. The exception text is stored in
/// jobs.last_error (truncated, obvious secrets masked), so keep secrets and personal data out of
/// it. A job can run more than once (a worker may die after the work but before recording it), so
/// handlers must be idempotent.
using JobHandler = std::function<void(const Job&)>;

/// The job kinds one process can run. Fill it completely before a Worker starts; it is read
/// without locking afterwards.
class JobRegistry {
 public:
  /// Throws masseflyt::Error(Internal, "jobs.error.invalid_kind") for an empty or duplicate kind
  /// or an empty handler: both are wiring mistakes that must fail at start.
  void add(std::string kind, JobHandler handler);
  /// nullptr for a kind this registry does not know.
  const JobHandler* find(std::string_view kind) const;
  /// Every registered kind, sorted.
  std::vector<std::string> kinds() const;

 private:
  std::map<std::string, JobHandler, std::less<>> handlers_;
};

/// Queues a job due at `run_at_ms` (epoch ms; now when omitted) and returns its id (UUIDv7).
/// Throws Error(Internal, "jobs.error.invalid_kind") for an empty kind.
std::string enqueue(db::Database& db, std::string_view kind, std::string_view payload,
                    std::optional<std::int64_t> run_at_ms = std::nullopt);

/// The same on a session the caller already holds, so a job can be queued in the same
/// transaction as the change that calls for it (it is then only visible once that commits).
std::string enqueue(db::Database::Lease& lease, std::string_view kind, std::string_view payload,
                    std::optional<std::int64_t> run_at_ms = std::nullopt);

/// Queues the job at `run_at_ms` unless one of the same kind and payload is already waiting
/// ('queued'); returns whether it queued one. For recurring work (a nightly refresh queues its next
/// night): a job being retried or run right now does not count, so the chain never breaks, and a
/// second instance starting at the same moment at worst queues a duplicate that does the same
/// idempotent work.
bool enqueueUnlessQueued(db::Database& db, std::string_view kind, std::string_view payload,
                         std::int64_t run_at_ms);

struct WorkerOptions {
  /// How long run() sleeps when nothing was due.
  std::chrono::milliseconds poll_interval{1000};
  /// How long a claim is exclusive. A handler must finish well within it: once it passes, another
  /// worker may take the job (that is how jobs of a crashed worker are recovered).
  std::chrono::milliseconds lock_duration{300000};
  /// Attempts before a job is left as 'failed' and never claimed again.
  int max_attempts = 5;
  /// Identifies this worker in jobs.locked_by and the log; "<host>:<pid>:<random>" when empty.
  std::string worker_id;
  /// The delay after failed attempt n is retry_base_delay * 2^(n-1), at most retry_max_delay.
  std::chrono::milliseconds retry_base_delay{30000};
  std::chrono::milliseconds retry_max_delay{3600000};
};

/// Delay before the retry that follows failed attempt `attempt` (1-based).
std::chrono::milliseconds retryDelay(int attempt, std::chrono::milliseconds base,
                                     std::chrono::milliseconds cap);

/// Takes due jobs of the registry's kinds from the `jobs` table and runs them, one at a time.
/// Any number of workers, in one process or many, may share a database: a job is claimed by
/// exactly one of them (FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite).
class Worker {
 public:
  Worker(db::Database& db, const JobRegistry& registry, WorkerOptions options);

  /// Claims one due job of a registered kind, runs it and records the outcome. Returns false when
  /// nothing was due. A handler's exception is recorded, not rethrown; database errors are thrown.
  /// No pooled connection is held while the handler runs.
  bool runOnce();

  /// Calls runOnce until `stop` is true, sleeping poll_interval whenever nothing was due. Notices
  /// `stop` within about 50 ms while idle, or when the running handler returns. Database errors
  /// are logged and retried after poll_interval, so an outage does not end the worker.
  void run(const std::atomic<bool>& stop);

  const std::string& workerId() const noexcept { return options_.worker_id; }

 private:
  void record(const Job& job, const std::optional<std::string>& error,
              std::chrono::milliseconds duration);

  db::Database& db_;
  const JobRegistry& registry_;
  WorkerOptions options_;
};

}  // namespace masseflyt::jobs
