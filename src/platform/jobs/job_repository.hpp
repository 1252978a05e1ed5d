#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/jobs/jobs.hpp"

// The SQL behind the queue; internal to mf_platform_jobs (Worker and enqueue are the interface).
// Each function runs one statement on the caller's session and opens no transaction itself.
namespace masseflyt::jobs::repository {

void insert(db::Database::Lease& lease, const std::string& id, const std::string& kind,
            const std::string& payload, std::int64_t run_at, std::int64_t now);

/// Takes the next due job whose kind is in `kinds` (not empty): status 'running', attempts + 1,
/// locked by `worker` until `locked_until`. Run it inside a db::Transaction.
/// How many jobs of `kind` with exactly `payload` wait to run (status 'queued').
std::int64_t countQueued(db::Database::Lease& lease, const std::string& kind, const std::string& payload);
std::optional<Job> claim(db::Database::Lease& lease, const std::vector<std::string>& kinds,
                         const std::string& worker, std::int64_t now, std::int64_t locked_until);

// Outcomes. Each applies only while the claim is still ours (same worker and attempt) and returns
// false otherwise: the lock expired and another worker has taken the job over.
bool markDone(db::Database::Lease& lease, const Job& job, const std::string& worker,
              std::int64_t now);
bool markRetry(db::Database::Lease& lease, const Job& job, const std::string& worker,
               std::int64_t run_at, const std::string& error);
bool markFailed(db::Database::Lease& lease, const Job& job, const std::string& worker,
                std::int64_t now, const std::string& error);

}  // namespace masseflyt::jobs::repository
