#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/imports/api/import_api.hpp"
#include "modules/registry/imports/app/api.hpp"
#include "modules/registry/imports/app/import_service.hpp"
#include "modules/registry/imports/permissions.hpp"
#include "modules/registry/imports/web/import_pages.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::imports {

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

namespace {

// Owns everything the import service refers to, so one shared_ptr keeps it all alive.
struct Assembly {
  Assembly(db::Database& database, const identity::organisations::BrregClient& brreg,
           std::vector<std::shared_ptr<const PublicSiteSource>> owned)
      : organisations(database, brreg),
        sites(database, organisations),
        sources(std::move(owned)),
        service(sites, brreg, raw(sources)) {}

  static std::vector<const PublicSiteSource*> raw(const std::vector<std::shared_ptr<const PublicSiteSource>>& in) {
    std::vector<const PublicSiteSource*> out;
    for (const auto& s : in) out.push_back(s.get());
    return out;
  }

  identity::organisations::OrganisationService organisations;
  sites::SiteService sites;
  std::vector<std::shared_ptr<const PublicSiteSource>> sources;
  ImportService service;
};

std::string summary(const ImportRun& run) {
  const auto& f = run.figures;
  return i18n::catalog().format("registry.import.summary",
                                {{"source", run.source},
                                 {"fetched", std::to_string(run.fetched)},
                                 {"created", std::to_string(f.created)},
                                 {"updated", std::to_string(f.updated)},
                                 {"unchanged", std::to_string(f.unchanged)},
                                 {"vanished", std::to_string(f.vanished)},
                                 {"kept", std::to_string(f.kept_owner_fields)},
                                 {"skipped", std::to_string(f.skipped)}});
}

}  // namespace

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg,
                    std::vector<std::shared_ptr<const PublicSiteSource>> sources) {
  auto assembly = std::make_shared<const Assembly>(database, brreg, std::move(sources));
  auto service = std::shared_ptr<const ImportService>(assembly, &assembly->service);
  registerPageRoutes(router, service, renderer);
  registerApiRoutes(router, service);
}

std::string runImport(db::Database& database, const identity::organisations::BrregClient& brreg,
                      const PublicSiteSource& source, std::string_view actor_label) {
  const identity::organisations::OrganisationService organisations(database, brreg);
  const sites::SiteService sites(database, organisations);
  const ImportService service(sites, brreg, {&source});
  return summary(service.run(nullptr, source.source(), actor_label));
}

int seedDemoImports(db::Database& database, const identity::organisations::BrregClient& brreg,
                    const std::vector<const PublicSiteSource*>& sources) {
  const identity::organisations::OrganisationService organisations(database, brreg);
  const sites::SiteService sites(database, organisations);
  const ImportService service(sites, brreg, sources);
  const auto before = service.lastRuns();
  int created = 0;
  for (const auto* source : sources) {
    const bool ran = std::any_of(before.begin(), before.end(),
                                 [&](const ImportRun& r) { return r.source == source->source(); });
    if (ran) continue;
    created += service.run(nullptr, source->source(), "Demodata").figures.created;
  }
  return created;
}

}  // namespace masseflyt::registry::imports
