#include "modules/registry/imports/infra/run_repository.hpp"

#include <soci/soci.h>

#include <string_view>

#include "platform/db/optional.hpp"

namespace masseflyt::registry::imports::repository {
namespace {

constexpr std::string_view kInsertRun = R"sql(
INSERT INTO registry_import_runs (id, source, started_at, finished_at, status, actor_label,
  fetched, created, updated, unchanged, vanished, kept_owner_fields, skipped, error_key)
VALUES (:id, :source, :started_at, :finished_at, :status, :actor_label, :fetched, :created,
  :updated, :unchanged, :vanished, :kept, :skipped, :error_key))sql";

constexpr std::string_view kLastRun = R"sql(
SELECT id, source, started_at, finished_at, status, actor_label, fetched, created, updated,
       unchanged, vanished, kept_owner_fields, skipped, error_key
  FROM registry_import_runs
 WHERE source = :source
 ORDER BY started_at DESC, id DESC
 LIMIT 1)sql";

}  // namespace

void insertRun(db::Database::Lease& lease, const ImportRun& run) {
  const std::optional<std::string> error_key =
      run.error_key.empty() ? std::nullopt : std::optional<std::string>(run.error_key);
  const auto& f = run.figures;
  *lease << kInsertRun, soci::use(run.id, "id"), soci::use(run.source, "source"),
      soci::use(run.started_at, "started_at"), soci::use(run.finished_at, "finished_at"),
      soci::use(run.status, "status"), soci::use(run.actor_label, "actor_label"),
      soci::use(run.fetched, "fetched"), soci::use(f.created, "created"),
      soci::use(f.updated, "updated"), soci::use(f.unchanged, "unchanged"),
      soci::use(f.vanished, "vanished"), soci::use(f.kept_owner_fields, "kept"),
      soci::use(f.skipped, "skipped"), soci::use(error_key, "error_key");
}

std::optional<ImportRun> lastRun(db::Database::Lease& lease, const std::string& source) {
  ImportRun run;
  std::optional<std::string> error_key;
  auto& f = run.figures;
  soci::statement st = (lease->prepare << kLastRun, soci::use(source, "source"), soci::into(run.id),
                        soci::into(run.source), soci::into(run.started_at),
                        soci::into(run.finished_at), soci::into(run.status),
                        soci::into(run.actor_label), soci::into(run.fetched), soci::into(f.created),
                        soci::into(f.updated), soci::into(f.unchanged), soci::into(f.vanished),
                        soci::into(f.kept_owner_fields), soci::into(f.skipped), soci::into(error_key));
  st.execute(false);
  if (!st.fetch()) return std::nullopt;
  run.error_key = error_key.value_or("");
  return run;
}

}  // namespace masseflyt::registry::imports::repository
