#include <gtest/gtest.h>
#include <soci/soci.h>

#include <atomic>
#include <chrono>
#include <latch>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "platform/db/optional.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::jobs {
namespace {

using namespace std::chrono_literals;

struct Row {
  std::string status;
  std::int64_t attempts = 0;
  std::int64_t run_at = 0;
  std::optional<std::string> locked_by;
  std::optional<std::int64_t> locked_until;
  std::optional<std::string> last_error;
  std::optional<std::int64_t> finished_at;
};

class WorkerTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    log::setSinkForTesting(&log_);  // keep test output readable; some tests read the events
  }
  void TearDown() override {
    log::setSinkForTesting(nullptr);
    DatabaseTest::TearDown();
  }

  Row row(const std::string& id) {
    auto lease = db().lease();
    Row r;
    *lease << "SELECT status, attempts, run_at, locked_by, locked_until, last_error, finished_at "
              "FROM jobs WHERE id = :id",
        soci::use(id, "id"), soci::into(r.status), soci::into(r.attempts), soci::into(r.run_at),
        soci::into(r.locked_by), soci::into(r.locked_until), soci::into(r.last_error),
        soci::into(r.finished_at);
    return r;
  }

  void exec(const std::string& sql, const std::string& id, std::int64_t value) {
    auto lease = db().lease();
    *lease << sql, soci::use(id, "id"), soci::use(value, "value");
  }

  WorkerOptions options(int max_attempts = 5) {
    WorkerOptions o;
    o.poll_interval = 100ms;
    o.max_attempts = max_attempts;
    return o;
  }

  std::string log_;
};

TEST_P(WorkerTest, RunsHandlerWithPayloadAndMarksDone) {
  JobRegistry registry;
  std::vector<Job> seen;
  registry.add("test.echo", [&](const Job& job) { seen.push_back(job); });
  const auto id = enqueue(db(), "test.echo", R"({"navn":"Grøftemasse æøå"})");
  Worker worker(db(), registry, options());

  const auto before = db::nowEpochMs();
  EXPECT_TRUE(worker.runOnce());
  ASSERT_EQ(seen.size(), 1U);
  EXPECT_EQ(seen[0].id, id);
  EXPECT_EQ(seen[0].kind, "test.echo");
  EXPECT_EQ(seen[0].payload, R"({"navn":"Grøftemasse æøå"})");
  EXPECT_EQ(seen[0].attempts, 1);

  const auto r = row(id);
  EXPECT_EQ(r.status, "done");
  EXPECT_EQ(r.attempts, 1);
  EXPECT_FALSE(r.locked_by.has_value());
  EXPECT_FALSE(r.locked_until.has_value());
  EXPECT_FALSE(r.last_error.has_value());
  ASSERT_TRUE(r.finished_at.has_value());
  EXPECT_GE(*r.finished_at, before);

  EXPECT_FALSE(worker.runOnce());  // done jobs are never claimed again
  EXPECT_EQ(seen.size(), 1U);
  EXPECT_NE(log_.find(R"("event":"job_done")"), std::string::npos);
  EXPECT_EQ(log_.find("Grøftemasse"), std::string::npos);  // payloads stay out of the log
}

TEST_P(WorkerTest, EnqueueOnLeaseJoinsTheCallersTransaction) {
  JobRegistry registry;
  int calls = 0;
  registry.add("test.tx", [&](const Job&) { ++calls; });
  Worker worker(db(), registry, options());
  {
    auto lease = db().lease();
    db::Transaction transaction(lease);
    enqueue(lease, "test.tx", "{}");
    transaction.rollback();
  }
  EXPECT_FALSE(worker.runOnce());
  {
    auto lease = db().lease();
    db::Transaction transaction(lease);
    enqueue(lease, "test.tx", "{}");
    transaction.commit();
  }
  EXPECT_TRUE(worker.runOnce());
  EXPECT_EQ(calls, 1);
}

TEST_P(WorkerTest, RecurringWorkQueuesItsNextRunOnlyOnce) {
  JobRegistry registry;
  int runs = 0;
  const std::int64_t tomorrow = db::nowEpochMs() + 86'400'000;
  registry.add("test.nightly", [&](const Job& job) {
    ++runs;
    // The running job itself does not count as waiting: the next night is queued.
    EXPECT_TRUE(enqueueUnlessQueued(db(), "test.nightly", job.payload, tomorrow));
  });
  Worker worker(db(), registry, options());
  EXPECT_TRUE(enqueueUnlessQueued(db(), "test.nightly", "{\"kilde\":\"a\"}", db::nowEpochMs()));
  EXPECT_FALSE(enqueueUnlessQueued(db(), "test.nightly", "{\"kilde\":\"a\"}", tomorrow)) << "one is waiting";
  EXPECT_TRUE(enqueueUnlessQueued(db(), "test.nightly", "{\"kilde\":\"b\"}", tomorrow)) << "another payload";
  EXPECT_TRUE(worker.runOnce());
  EXPECT_EQ(runs, 1);
  EXPECT_FALSE(worker.runOnce()) << "the next runs are tomorrow";
  auto lease = db().lease();
  std::int64_t waiting = 0;
  *lease << "SELECT COUNT(*) FROM jobs WHERE kind = 'test.nightly' AND status = 'queued'", soci::into(waiting);
  EXPECT_EQ(waiting, 2);
}

TEST_P(WorkerTest, RunsDueJobsOldestFirst) {
  JobRegistry registry;
  std::vector<std::string> order;
  registry.add("test.order", [&](const Job& job) { order.push_back(job.payload); });
  const auto now = db::nowEpochMs();
  enqueue(db(), "test.order", "second", now - 1000);
  enqueue(db(), "test.order", "first", now - 2000);
  enqueue(db(), "test.order", "third");
  Worker worker(db(), registry, options());
  while (worker.runOnce()) {
  }
  EXPECT_EQ(order, (std::vector<std::string>{"first", "second", "third"}));
}

TEST_P(WorkerTest, DoesNotClaimKindsItHasNoHandlerFor) {
  JobRegistry registry;
  int calls = 0;
  registry.add("test.known", [&](const Job&) { ++calls; });
  const auto other = enqueue(db(), "test.other", "{}");
  Worker worker(db(), registry, options());
  EXPECT_FALSE(worker.runOnce());
  EXPECT_EQ(calls, 0);
  const auto r = row(other);
  EXPECT_EQ(r.status, "queued");
  EXPECT_EQ(r.attempts, 0);
  EXPECT_FALSE(r.locked_by.has_value());

  JobRegistry empty;
  Worker idle(db(), empty, options());
  EXPECT_FALSE(idle.runOnce());
}

TEST_P(WorkerTest, DoesNotClaimJobsThatAreNotDueYet) {
  JobRegistry registry;
  int calls = 0;
  registry.add("test.later", [&](const Job&) { ++calls; });
  const auto id = enqueue(db(), "test.later", "{}", db::nowEpochMs() + 60000);
  Worker worker(db(), registry, options());
  EXPECT_FALSE(worker.runOnce());
  EXPECT_EQ(calls, 0);
  exec("UPDATE jobs SET run_at = :value WHERE id = :id", id, db::nowEpochMs() - 1);
  EXPECT_TRUE(worker.runOnce());
  EXPECT_EQ(calls, 1);
}

TEST_P(WorkerTest, FailureIsRetriedWithBackoffAndEndsAsFailed) {
  JobRegistry registry;
  std::vector<int> attempts;
  registry.add("test.flaky", [&](const Job& job) {
    attempts.push_back(job.attempts);
    throw std::runtime_error("upstream said no; password=hunter2");
  });
  const auto id = enqueue(db(), "test.flaky", "{}");
  Worker worker(db(), registry, options(3));

  for (int attempt = 1; attempt <= 2; ++attempt) {
    const auto before = db::nowEpochMs();
    EXPECT_TRUE(worker.runOnce());
    const auto after = db::nowEpochMs();
    const auto r = row(id);
    EXPECT_EQ(r.status, "queued");
    EXPECT_EQ(r.attempts, attempt);
    const std::int64_t delay = attempt == 1 ? 30000 : 60000;  // 30 s · 2^(attempt-1)
    EXPECT_GE(r.run_at, before + delay);
    EXPECT_LE(r.run_at, after + delay);
    ASSERT_TRUE(r.last_error.has_value());
    EXPECT_EQ(*r.last_error, "upstream said no; password=***");
    EXPECT_FALSE(r.locked_by.has_value());
    EXPECT_FALSE(r.finished_at.has_value());

    EXPECT_FALSE(worker.runOnce());  // backing off: not due
    exec("UPDATE jobs SET run_at = :value WHERE id = :id", id, db::nowEpochMs() - 1);
  }

  EXPECT_TRUE(worker.runOnce());
  auto r = row(id);
  EXPECT_EQ(r.status, "failed");
  EXPECT_EQ(r.attempts, 3);
  EXPECT_TRUE(r.finished_at.has_value());
  EXPECT_TRUE(r.last_error.has_value());

  exec("UPDATE jobs SET run_at = :value WHERE id = :id", id, db::nowEpochMs() - 1);
  EXPECT_FALSE(worker.runOnce());  // failed jobs are never claimed again
  EXPECT_EQ(attempts, (std::vector<int>{1, 2, 3}));
  EXPECT_NE(log_.find(R"("event":"job_retry_scheduled")"), std::string::npos);
  EXPECT_NE(log_.find(R"("event":"job_failed")"), std::string::npos);
  EXPECT_EQ(log_.find("hunter2"), std::string::npos);
}

TEST_P(WorkerTest, TruncatesLongErrors) {
  JobRegistry registry;
  registry.add("test.verbose",
               [](const Job&) { throw std::runtime_error(std::string(100000, 'e')); });
  const auto id = enqueue(db(), "test.verbose", "{}");
  Worker worker(db(), registry, options());
  EXPECT_TRUE(worker.runOnce());
  const auto r = row(id);
  ASSERT_TRUE(r.last_error.has_value());
  EXPECT_LE(r.last_error->size(), 2000U);
  EXPECT_GT(r.last_error->size(), 1000U);
}

TEST_P(WorkerTest, ExpiredLockIsReclaimedButLiveLockIsNot) {
  JobRegistry registry;
  std::vector<int> attempts;
  registry.add("test.crash", [&](const Job& job) { attempts.push_back(job.attempts); });
  const auto id = enqueue(db(), "test.crash", "{}");
  // As a worker that claimed the job and died would have left it.
  exec(
      "UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'dead-worker', "
      "locked_until = :value WHERE id = :id",
      id, db::nowEpochMs() + 60000);
  Worker worker(db(), registry, options());
  EXPECT_FALSE(worker.runOnce());  // still locked
  EXPECT_TRUE(attempts.empty());

  exec("UPDATE jobs SET locked_until = :value WHERE id = :id", id, db::nowEpochMs() - 1);
  EXPECT_TRUE(worker.runOnce());
  EXPECT_EQ(attempts, (std::vector<int>{2}));
  const auto r = row(id);
  EXPECT_EQ(r.status, "done");
  EXPECT_EQ(r.attempts, 2);
  EXPECT_FALSE(r.locked_by.has_value());
}

TEST_P(WorkerTest, JobThatKeepsKillingWorkersIsRetiredAfterMaxAttempts) {
  JobRegistry registry;
  int calls = 0;
  registry.add("test.poison", [&](const Job&) { ++calls; });
  const auto id = enqueue(db(), "test.poison", "{}");
  exec(
      "UPDATE jobs SET status = 'running', attempts = 3, locked_by = 'dead-worker', "
      "locked_until = :value WHERE id = :id",
      id, db::nowEpochMs() - 1);
  Worker worker(db(), registry, options(3));
  EXPECT_TRUE(worker.runOnce());
  EXPECT_EQ(calls, 0);
  const auto r = row(id);
  EXPECT_EQ(r.status, "failed");
  EXPECT_EQ(r.attempts, 4);
  ASSERT_TRUE(r.last_error.has_value());
  EXPECT_NE(r.last_error->find("lock expired"), std::string::npos);
}

TEST_P(WorkerTest, LateOutcomeOfAWorkerWhoseLockExpiredIsDropped) {
  JobRegistry registry;
  std::atomic<int> calls{0};
  Worker* second = nullptr;
  const std::string* job_id = nullptr;
  registry.add("test.slow", [&](const Job&) {
    if (++calls == 1) {
      // While the first run is still going, its lock expires and another worker takes over.
      exec("UPDATE jobs SET locked_until = :value WHERE id = :id", *job_id, db::nowEpochMs() - 1);
      EXPECT_TRUE(second->runOnce());
      throw std::runtime_error("first run fails late");
    }
  });
  const auto id = enqueue(db(), "test.slow", "{}");
  job_id = &id;
  Worker first(db(), registry, options());
  Worker other(db(), registry, options());
  second = &other;
  EXPECT_TRUE(first.runOnce());
  EXPECT_EQ(calls.load(), 2);
  const auto r = row(id);
  EXPECT_EQ(r.status, "done");  // the takeover's success stands
  EXPECT_EQ(r.attempts, 2);
  EXPECT_FALSE(r.last_error.has_value());
  EXPECT_NE(log_.find(R"("event":"job_lock_lost")"), std::string::npos);
}

TEST_P(WorkerTest, TwoWorkersOnOneDatabaseRunEveryJobExactlyOnce) {
  constexpr int kJobs = 100;
  JobRegistry registry;
  std::mutex mutex;
  std::map<std::string, int> runs;
  std::atomic<int> finished{0};
  std::atomic<int> per_worker[2] = {0, 0};
  thread_local int current_worker = -1;
  registry.add("test.count", [&](const Job& job) {
    {
      const std::lock_guard lock(mutex);
      ++runs[job.id];
    }
    ++per_worker[current_worker];
    std::this_thread::sleep_for(1ms);  // let the other worker interleave
    ++finished;
  });
  std::vector<std::string> ids;
  ids.reserve(kJobs);
  for (int i = 0; i < kJobs; ++i) {
    ids.push_back(enqueue(db(), "test.count", std::to_string(i)));
  }

  std::latch start(2);
  std::vector<std::thread> threads;
  threads.reserve(2);
  std::atomic<bool> failed{false};
  for (int w = 0; w < 2; ++w) {
    threads.emplace_back([&, w] {
      current_worker = w;
      Worker worker(db(), registry, options());
      start.arrive_and_wait();
      const auto deadline = std::chrono::steady_clock::now() + 60s;
      try {
        while (finished.load() < kJobs && std::chrono::steady_clock::now() < deadline) {
          if (!worker.runOnce()) {
            std::this_thread::sleep_for(1ms);
          }
        }
      } catch (const std::exception& e) {
        failed = true;
        ADD_FAILURE() << "worker " << w << ": " << e.what();
      }
    });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  ASSERT_FALSE(failed.load());

  EXPECT_EQ(runs.size(), static_cast<std::size_t>(kJobs));
  for (const auto& id : ids) {
    EXPECT_EQ(runs[id], 1) << id;
  }
  EXPECT_EQ(per_worker[0] + per_worker[1], kJobs);
  EXPECT_GT(per_worker[0].load(), 0);
  EXPECT_GT(per_worker[1].load(), 0);
  auto lease = db().lease();
  std::int64_t done = 0;
  *lease << "SELECT COUNT(*) FROM jobs WHERE status = 'done' AND attempts = 1", soci::into(done);
  EXPECT_EQ(done, kJobs);
}

TEST_P(WorkerTest, RunProcessesJobsAndStopsWithinThePollInterval) {
  JobRegistry registry;
  std::atomic<int> calls{0};
  registry.add("test.loop", [&](const Job&) { ++calls; });
  auto o = options();
  o.poll_interval = 500ms;
  Worker worker(db(), registry, o);
  std::atomic<bool> stop{false};
  std::thread runner([&] { worker.run(stop); });

  enqueue(db(), "test.loop", "{}");
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (calls.load() == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(calls.load(), 1);

  std::this_thread::sleep_for(200ms);  // now idle, inside its poll sleep
  const auto stopped_at = std::chrono::steady_clock::now();
  stop = true;
  runner.join();
  const auto took = std::chrono::steady_clock::now() - stopped_at;
  EXPECT_LT(took, o.poll_interval)
      << std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
}

MF_INSTANTIATE_DATABASE_TEST(WorkerTest);

}  // namespace
}  // namespace masseflyt::jobs
