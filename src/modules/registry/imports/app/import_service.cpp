#include "modules/registry/imports/app/import_service.hpp"

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/imports/infra/run_repository.hpp"
#include "modules/registry/imports/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::imports {

ImportService::ImportService(const sites::SiteService& sites,
                             const identity::organisations::BrregClient& brreg,
                             std::vector<const PublicSiteSource*> sources)
    : sites_(sites), brreg_(brreg), sources_(std::move(sources)) {}

const PublicSiteSource& ImportService::sourceFor(std::string_view key) const {
  for (const auto* source : sources_) {
    if (source->source() == key) return *source;
  }
  throw Error(ErrorKind::NotFound, "registry.import.error.unknown_source", std::string(key));
}

std::vector<std::string> ImportService::sourceKeys() const {
  std::vector<std::string> out;
  for (const auto& info : sources()) {
    for (const auto* source : sources_) {
      if (source->source() == info.key) out.emplace_back(info.key);
    }
  }
  return out;
}

std::string ImportService::holderOrganisationId(const SourceInfo& source) const {
  const identity::organisations::OrganisationService organisations(sites_.database(), brreg_);
  if (const auto found = organisations.find(source.agency_orgnr)) return found->id;
  const auto created =
      identity::organisations::ensureDemoOrganisation(sites_.database(), brreg_, source.agency_orgnr);
  if (!created) {
    throw Error(ErrorKind::Unavailable, "registry.import.error.holder",
                "agency " + std::string(source.agency_orgnr) + " not in the register");
  }
  return created->id;
}

ImportRun ImportService::run(const auth::Principal* actor, std::string_view key,
                             std::string_view system_label) const {
  if (actor != nullptr && !auth::allowed(actor, kRunPermission)) {
    throw Error(ErrorKind::Forbidden, "registry.import.error.forbidden", std::string(kRunPermission));
  }
  const auto& source = sourceFor(key);
  const auto* info = findSource(key);
  if (info == nullptr) throw Error(ErrorKind::NotFound, "registry.import.error.unknown_source", std::string(key));
  ImportRun run;
  run.id = db::newUuidV7();
  run.source = std::string(key);
  run.started_at = db::nowEpochMs();
  run.actor_label = actor != nullptr ? actor->display_name : std::string(system_label);
  const auto store = [&] {
    run.finished_at = db::nowEpochMs();
    auto lease = sites_.database().lease();
    repository::insertRun(lease, run);
  };
  try {
    const auto records = source.fetchAll();
    run.fetched = static_cast<int>(records.size());
    std::vector<sites::ImportedSite> mapped;
    int out_of_scope = 0;
    for (const auto& record : records) {
      if (auto site = toSite(record)) {
        mapped.push_back(std::move(*site));
      } else {
        ++out_of_scope;
      }
    }
    const std::string label = i18n::catalog().format("registry.import.history_label",
                                                     {{"source", std::string(i18n::t(info->name_key))}});
    run.figures = sites_.applyImport(key, label, holderOrganisationId(*info), mapped, source.synthetic());
    run.figures.skipped += out_of_scope;
    run.status = "ok";
  } catch (const Error& error) {
    run.status = "failed";
    run.error_key = error.messageKey();
    store();
    throw;
  }
  store();
  return run;
}

std::vector<ImportRun> ImportService::lastRuns() const {
  std::vector<ImportRun> out;
  auto lease = sites_.database().lease();
  for (const auto& key : sourceKeys()) {
    if (auto run = repository::lastRun(lease, key)) out.push_back(std::move(*run));
  }
  return out;
}

sites::Site ImportService::claim(const auth::Principal& actor, std::string_view site_id,
                                 std::string_view organisation_number) const {
  return sites_.claim(actor, site_id, organisation_number);
}

sites::Site ImportService::undoClaim(const auth::Principal& actor, std::string_view site_id) const {
  if (!auth::allowed(&actor, kUndoClaimPermission)) {
    throw Error(ErrorKind::Forbidden, "registry.import.error.forbidden", std::string(kUndoClaimPermission));
  }
  const auto current = sites_.get(site_id);
  const auto* info = findSource(current.site.import_source);
  if (info == nullptr) throw Error(ErrorKind::Conflict, "registry.site.claim.not_claimed");
  return sites_.undoClaim(actor, site_id, holderOrganisationId(*info));
}

}  // namespace masseflyt::registry::imports
