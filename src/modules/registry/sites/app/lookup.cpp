// The read-only face other modules use to place things at a site and to check its permits.
#include <span>
#include <string>

#include "modules/registry/sites/app/api.hpp"
#include "modules/registry/sites/domain/permit_status.hpp"
#include "modules/registry/sites/infra/site_repository.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::sites {
namespace {

// More than any organisation will own; the page size of the lookup, not a product limit.
constexpr std::int64_t kMaxSitesOfOrganisation = 1000;

SiteRef toRef(const Site& site, std::span<const Permit> permits, std::string_view day) {
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
  const SiteStatus status = siteStatus(permits, day);
  ref.permit_status = std::string(siteStatusKey(status));
  ref.permit_status_text = std::string(i18n::t(siteStatusLabelKey(status)));
  ref.permit_status_color = std::string(siteStatusColor(status));
  ref.has_valid_permit = hasValidPermit(status);
  return ref;
}

}  // namespace

std::optional<SiteRef> findSiteRef(db::Database& database, std::string_view id) {
  auto lease = database.lease();
  auto site = repository::findSite(lease, std::string(id));
  if (!site) return std::nullopt;
  return toRef(*site, repository::permitsForSite(lease, site->id), today());
}

std::vector<SiteRef> sitesOfOrganisation(db::Database& database, std::string_view organisation_id) {
  auto lease = database.lease();
  SiteFilter filter;
  filter.organisation_id = std::string(organisation_id);
  const auto sites = repository::listSites(lease, filter, SiteSort::Name, 0, kMaxSitesOfOrganisation);
  std::vector<std::string> ids;
  for (const auto& site : sites) ids.push_back(site.id);
  auto permits = repository::permitsForSites(lease, ids);
  const std::string day = today();
  std::vector<SiteRef> refs;
  for (const auto& site : sites) refs.push_back(toRef(site, permits[site.id], day));
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
