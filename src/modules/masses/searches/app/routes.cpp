#include <memory>

#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/listings/app/registry_places.hpp"
#include "modules/masses/searches/api/search_api.hpp"
#include "modules/masses/searches/api/search_json.hpp"
#include "modules/masses/searches/app/api.hpp"
#include "modules/masses/searches/infra/search_repository.hpp"
#include "modules/masses/searches/permissions.hpp"
#include "modules/masses/searches/web/search_pages.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::masses::searches {
namespace {

// A service that owns its Places adapter (the adapter outlives every use of the service).
std::shared_ptr<const SearchService> makeService(db::Database& database,
                                                 const identity::organisations::BrregClient& brreg,
                                                 const AlertSettings& settings) {
  std::shared_ptr<const listings::Places> places = listings::makeRegistryPlaces(database, brreg);
  return std::shared_ptr<const SearchService>(new SearchService(database, *places, settings),
                                              [places](const SearchService* s) { delete s; });
}

}  // namespace

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

std::string exportPersonalData(db::Database::Lease& lease, const std::string& user_id) {
  // Every alert, not a page: the export is the person's complete copy.
  constexpr std::int64_t kAllAlerts = 1'000'000;
  return json::personalData(repository::searchesOfUser(lease, user_id),
                            repository::alertsOfUser(lease, user_id, kAllAlerts));
}

void erasePersonalData(db::Database::Lease& lease, const std::string& user_id) {
  repository::deleteAllOfUser(lease, user_id);
}

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg, const AlertSettings& settings) {
  auto service = makeService(database, brreg, settings);
  registerPageRoutes(router, service, renderer, settings.mailer != nullptr);
  registerApiRoutes(router, service);
}

void registerJobs(jobs::JobRegistry& registry, db::Database& database,
                  const identity::organisations::BrregClient& brreg, const AlertSettings& settings) {
  auto service = makeService(database, brreg, settings);
  registry.add(std::string(listings::kPublishedJobKind), [service](const jobs::Job& job) {
    const auto listing_id = listings::listingIdOfPayload(job.payload);
    // A malformed payload can never succeed: fail loudly once instead of retrying forever.
    if (!listing_id) throw Error(ErrorKind::Internal, "masses.search.error.payload", job.payload);
    service->matchListing(*listing_id);
  });
}

}  // namespace masseflyt::masses::searches
