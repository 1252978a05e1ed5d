// The read-only face other modules use to place things at a site and to check its permits.
#include <string>

#include "modules/registry/sites/app/api.hpp"
#include "modules/registry/sites/domain/permit_status.hpp"
#include "modules/registry/sites/infra/site_repository.hpp"

namespace masseflyt::registry::sites {
namespace {

// More than any organisation will own; the page size of the lookup, not a product limit.
constexpr std::int64_t kMaxSitesOfOrganisation = 1000;

SiteRef toRef(const Site& site) {
  SiteRef ref;
  ref.id = site.id;
  ref.name = site.name;
  ref.kind = site.kind;
  ref.organisation_id = site.organisation_id;
  ref.municipality_number = site.municipality_number;
  ref.address = site.address;
  ref.lat = site.lat;
  ref.lon = site.lon;
  ref.is_demo = site.is_demo;
  return ref;
}

}  // namespace

std::optional<SiteRef> findSiteRef(db::Database& database, std::string_view id) {
  auto lease = database.lease();
  auto site = repository::findSite(lease, std::string(id));
  if (!site) return std::nullopt;
  return toRef(*site);
}

std::vector<SiteRef> sitesOfOrganisation(db::Database& database, std::string_view organisation_id) {
  auto lease = database.lease();
  SiteFilter filter;
  filter.organisation_id = std::string(organisation_id);
  std::vector<SiteRef> refs;
  for (const auto& site :
       repository::listSites(lease, filter, SiteSort::Name, 0, kMaxSitesOfOrganisation)) {
    refs.push_back(toRef(site));
  }
  return refs;
}

bool hasValidPermitOfType(db::Database& database, std::string_view site_id,
                          std::string_view permit_type, std::string_view date) {
  if (!parseDate(date)) return false;
  auto lease = database.lease();
  for (const auto& permit : repository::permitsForSite(lease, std::string(site_id))) {
    if (permit.type == permit_type && permitsOperation(permitStatus(permit, date))) return true;
  }
  return false;
}

}  // namespace masseflyt::registry::sites
