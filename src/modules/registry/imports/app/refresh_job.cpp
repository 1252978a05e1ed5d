// The nightly refresh of each public source (integrations.md §5b: "sync nightly"): a job per
// source that queues its next night before it runs, so a failed night is retried by the queue and
// never ends the chain.
#include "modules/registry/imports/app/api.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::registry::imports {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;
// 01:00 UTC is 02:00 or 03:00 in Oslo: the registers are quiet and so is Masseflyt.
constexpr std::int64_t kRunAtMsIntoTheDay = 3'600'000;

}  // namespace

std::int64_t nextNightlyRun(std::int64_t now_ms) {
  const std::int64_t today = now_ms - now_ms % kDayMs + kRunAtMsIntoTheDay;
  return today > now_ms ? today : today + kDayMs;
}

void scheduleNightlyRefresh(db::Database& database,
                            const std::vector<std::shared_ptr<const PublicSiteSource>>& sources) {
  const std::int64_t at = nextNightlyRun(db::nowEpochMs());
  for (const auto& source : sources) {
    jobs::enqueueUnlessQueued(database, kRefreshJobKind, refreshJobPayload(source->source()), at);
  }
}

void registerJobs(jobs::JobRegistry& registry, db::Database& database,
                  const identity::organisations::BrregClient& brreg,
                  std::vector<std::shared_ptr<const PublicSiteSource>> sources) {
  registry.add(std::string(kRefreshJobKind), [&database, &brreg, sources](const jobs::Job& job) {
    const auto key = sourceOfRefreshPayload(job.payload);
    if (!key) throw Error(ErrorKind::Internal, "registry.import.error.payload", job.payload);
    for (const auto& source : sources) {
      if (source->source() != *key) continue;
      jobs::enqueueUnlessQueued(database, kRefreshJobKind, job.payload, nextNightlyRun(db::nowEpochMs()));
      const auto figures = runImport(database, brreg, *source, i18n::t("registry.import.nightly_actor"));
      log::info("registry.import.nightly", {{"source", *key}, {"result", figures}});
      return;
    }
    // A source no longer configured: nothing to refresh, and no next night is queued.
    log::warn("registry.import.nightly_unknown_source", {{"source", *key}});
  });
}

}  // namespace masseflyt::registry::imports
