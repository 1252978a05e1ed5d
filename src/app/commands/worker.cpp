#include <pthread.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <system_error>
#include <thread>

#include "app/commands/commands.hpp"
#include "app/jobs/job_handlers.hpp"
#include "integrations/brreg/fixture_client.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrator.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::app {
namespace {

// How often the signal thread looks up from sigtimedwait to see whether the worker has ended on
// its own (so it never needs to be woken by a signal of ours).
constexpr long kSignalWaitNs = 100'000'000;

// SIGINT and SIGTERM blocked in this thread and so in every thread started after it: they stay
// pending until SignalWatcher takes them with sigtimedwait, so nothing ever runs in
// signal-handler context (where logging, locks and allocation are unsafe).
sigset_t blockStopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  if (const int rc = pthread_sigmask(SIG_BLOCK, &signals, nullptr); rc != 0) {
    throw std::system_error(rc, std::generic_category(), "pthread_sigmask");
  }
  return signals;
}

// The first signal asks the worker to finish its current job and stop; a second one (Ctrl+C
// twice, or a supervisor that is done waiting) exits at once. That is safe because an
// interrupted job's lock expires and another worker retries it.
class SignalWatcher {
 public:
  SignalWatcher(const sigset_t& signals, std::atomic<bool>& stop)
      : signals_(signals), stop_(stop), thread_([this] { watch(); }) {}
  ~SignalWatcher() {
    finished_ = true;
    thread_.join();
  }
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  void watch() {
    while (!finished_.load()) {
      const timespec timeout{0, kSignalWaitNs};
      const int signal = sigtimedwait(&signals_, nullptr, &timeout);
      if (signal < 0) {
        continue;  // EAGAIN (timeout) or EINTR
      }
      if (!stop_.exchange(true)) {
        log::info("signal_received", {{"signal", signal}});
        continue;
      }
      log::warn("worker_forced_exit", {{"signal", signal}});
      std::fflush(stdout);
      std::_Exit(1);
    }
  }

  sigset_t signals_;
  std::atomic<bool>& stop_;
  std::atomic<bool> finished_{false};
  std::thread thread_;
};

}  // namespace

int runWorker(const CliOptions& cli) {
  // First, before any other thread exists, so every thread inherits the mask.
  const sigset_t stop_signals = blockStopSignals();

  const auto config = loadConfig(cli);  // also applies the log level
  const auto database = db::Database::open({config.database_url, config.database_pool_size});
  // Workers never migrate: `migrate` (or `serve` on SQLite) owns the schema, and a worker whose
  // migrations are not all applied must not run jobs against tables that are not there yet.
  db::requireCurrentSchema(*database, db::embeddedMigrations());

  const auto brreg_client = brreg::clientForMode(config.brreg_mode);
  jobs::JobRegistry registry;
  const JobDependencies job_dependencies{*database, *brreg_client, mailerFromConfig(config),
                                         config.public_base_url, importSourcesFromConfig(config)};
  registerJobHandlers(registry, job_dependencies);
  scheduleRecurringJobs(job_dependencies);
  jobs::Worker worker(*database, registry, jobs::WorkerOptions{});

  std::atomic<bool> stop{false};
  {
    const SignalWatcher watcher(stop_signals, stop);
    log::info("worker_started", {{"message", i18n::t("app.worker.started")},
                                 {"worker", worker.workerId()},
                                 {"database", db::engineName(database->engine())},
                                 {"kinds", registry.kinds().size()}});
    worker.run(stop);
  }
  log::info("worker_stopped", {{"message", i18n::t("app.worker.stopped")}});
  return 0;
}

}  // namespace masseflyt::app
