#include <unistd.h>

#include <algorithm>
#include <stdexcept>
#include <thread>
#include <utility>

#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/jobs/failure_text.hpp"
#include "platform/jobs/job_repository.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::jobs {
namespace {

// The slice run() sleeps in while idle, so a stop request is seen quickly whatever poll_interval.
constexpr std::chrono::milliseconds kStopCheckInterval{50};

std::string defaultWorkerId() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) {
    host[0] = '\0';
  }
  const std::string uuid = db::newUuidV7();
  // Two workers in one process (tests, or several threads) still get distinct ids.
  return std::string(host[0] != '\0' ? host : "worker") + ":" + std::to_string(getpid()) + ":" +
         uuid.substr(uuid.size() - 8);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += ',';
    }
    out += item;
  }
  return out;
}

void sleepUnlessStopped(const std::atomic<bool>& stop, std::chrono::milliseconds duration) {
  const auto until = std::chrono::steady_clock::now() + duration;
  while (!stop.load()) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= until) {
      return;
    }
    std::this_thread::sleep_for(
        std::min<std::chrono::steady_clock::duration>(until - now, kStopCheckInterval));
  }
}

}  // namespace

std::string enqueue(db::Database& db, std::string_view kind, std::string_view payload,
                    std::optional<std::int64_t> run_at_ms) {
  auto lease = db.lease();
  return enqueue(lease, kind, payload, run_at_ms);
}

std::string enqueue(db::Database::Lease& lease, std::string_view kind, std::string_view payload,
                    std::optional<std::int64_t> run_at_ms) {
  if (kind.empty()) {
    throw Error(ErrorKind::Internal, "jobs.error.invalid_kind", "empty job kind");
  }
  const std::int64_t now = db::nowEpochMs();
  std::string id = db::newUuidV7();
  repository::insert(lease, id, std::string(kind), std::string(payload), run_at_ms.value_or(now),
                     now);
  return id;
}

bool enqueueUnlessQueued(db::Database& db, std::string_view kind, std::string_view payload,
                         std::int64_t run_at_ms) {
  auto lease = db.lease();
  db::Transaction transaction(lease);
  if (repository::countQueued(lease, std::string(kind), std::string(payload)) > 0) return false;
  enqueue(lease, kind, payload, run_at_ms);
  transaction.commit();
  return true;
}

std::chrono::milliseconds retryDelay(int attempt, std::chrono::milliseconds base,
                                     std::chrono::milliseconds cap) {
  auto delay = base;
  for (int i = 1; i < attempt && delay < cap; ++i) {
    delay *= 2;
  }
  return std::min(delay, cap);
}

Worker::Worker(db::Database& db, const JobRegistry& registry, WorkerOptions options)
    : db_(db), registry_(registry), options_(std::move(options)) {
  if (options_.worker_id.empty()) {
    options_.worker_id = defaultWorkerId();
  }
  options_.max_attempts = std::max(options_.max_attempts, 1);
}

bool Worker::runOnce() {
  const auto kinds = registry_.kinds();
  if (kinds.empty()) {
    return false;
  }

  std::optional<Job> job;
  {
    // Claim in a short transaction of its own and give the connection back before the handler
    // runs: handlers lease their own, and a small pool must not be exhausted by workers.
    auto lease = db_.lease();
    db::Transaction transaction(lease);
    const std::int64_t now = db::nowEpochMs();
    job = repository::claim(lease, kinds, options_.worker_id, now,
                            now + options_.lock_duration.count());
    transaction.commit();
  }
  if (!job) {
    return false;
  }

  // Attempts are counted when claimed, so a job whose handler kills the worker (and so never
  // records a failure) is still retired after max_attempts instead of crashing workers forever.
  if (job->attempts > options_.max_attempts) {
    record(*job, "worker stopped during the previous attempt (lock expired)",
           std::chrono::milliseconds(0));
    return true;
  }

  log::debug("job_started", {{"job_id", job->id},
                             {"kind", job->kind},
                             {"attempt", job->attempts},
                             {"worker", options_.worker_id}});
  std::optional<std::string> error;
  const auto started = std::chrono::steady_clock::now();
  try {
    const JobHandler* handler = registry_.find(job->kind);
    if (handler == nullptr) {
      throw std::logic_error("no handler for kind " + job->kind);
    }
    (*handler)(*job);
  } catch (const std::exception& e) {
    error = failureText(e.what());
  } catch (...) {
    error = "unknown exception";
  }
  record(*job, error,
         std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               started));
  return true;
}

void Worker::record(const Job& job, const std::optional<std::string>& error,
                    std::chrono::milliseconds duration) {
  const std::int64_t now = db::nowEpochMs();
  const bool final_attempt = job.attempts >= options_.max_attempts;
  const auto delay = retryDelay(job.attempts, options_.retry_base_delay, options_.retry_max_delay);
  bool ours = false;
  {
    auto lease = db_.lease();
    db::Transaction transaction(lease);
    if (!error) {
      ours = repository::markDone(lease, job, options_.worker_id, now);
    } else if (final_attempt) {
      ours = repository::markFailed(lease, job, options_.worker_id, now, *error);
    } else {
      ours = repository::markRetry(lease, job, options_.worker_id, now + delay.count(), *error);
    }
    transaction.commit();
  }

  if (!ours) {
    // The handler outlived lock_duration and another worker has taken the job over; its outcome
    // stands, ours is dropped.
    log::warn("job_lock_lost", {{"job_id", job.id},
                                {"kind", job.kind},
                                {"attempt", job.attempts},
                                {"duration_ms", duration.count()},
                                {"worker", options_.worker_id}});
  } else if (!error) {
    log::info("job_done", {{"job_id", job.id},
                           {"kind", job.kind},
                           {"attempt", job.attempts},
                           {"duration_ms", duration.count()}});
  } else if (final_attempt) {
    log::warn("job_failed", {{"job_id", job.id},
                             {"kind", job.kind},
                             {"attempt", job.attempts},
                             {"duration_ms", duration.count()},
                             {"error", *error}});
  } else {
    log::warn("job_retry_scheduled", {{"job_id", job.id},
                                      {"kind", job.kind},
                                      {"attempt", job.attempts},
                                      {"duration_ms", duration.count()},
                                      {"retry_in_ms", delay.count()},
                                      {"error", *error}});
  }
}

void Worker::run(const std::atomic<bool>& stop) {
  log::debug("worker_polling", {{"worker", options_.worker_id},
                                {"kinds", joined(registry_.kinds())},
                                {"poll_interval_ms", options_.poll_interval.count()}});
  while (!stop.load()) {
    bool worked = false;
    try {
      worked = runOnce();
    } catch (const std::exception& e) {
      // Usually the database is unreachable; keep polling so the worker heals when it returns.
      log::error("worker_error",
                 {{"worker", options_.worker_id}, {"error", failureText(e.what())}});
    } catch (...) {
      log::error("worker_error", {{"worker", options_.worker_id}, {"error", "unknown exception"}});
    }
    if (!worked) {
      sleepUnlessStopped(stop, options_.poll_interval);
    }
  }
}

}  // namespace masseflyt::jobs
