#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/sites/domain/model.hpp"
#include "platform/db/database.hpp"

// The SQL of the sites part; internal to it. Each function runs on the caller's session and
// opens no transaction itself.
namespace masseflyt::registry::sites {

namespace repository {

void insertSite(db::Database::Lease& lease, const Site& site);
void updateSite(db::Database::Lease& lease, const Site& site);
std::optional<Site> findSite(db::Database::Lease& lease, const std::string& id);
/// One page for people: sorted, offset-based.
std::vector<Site> listSites(db::Database::Lease& lease, const SiteFilter& filter, SiteSort sort,
                            std::int64_t offset, std::int64_t limit);
std::int64_t countSites(db::Database::Lease& lease, const SiteFilter& filter);
/// One page for programs: keyset by id (UUIDv7, so creation order).
std::vector<Site> listSitesAfter(db::Database::Lease& lease, const SiteFilter& filter,
                                 const std::optional<std::string>& after_id, std::int64_t limit);
/// Sites whose point lies in the box around `lat`,`lon` that contains every point within
/// `radius_m` (the cheap SQL prefilter; the caller measures the real distance).
std::vector<Site> sitesInBox(db::Database::Lease& lease, double lat, double lon, double radius_m);
std::int64_t countDemoSites(db::Database::Lease& lease);
/// Every site imported from `source` ("ngu", …), vanished ones included.
std::vector<Site> importedSites(db::Database::Lease& lease, const std::string& source);

void insertPermit(db::Database::Lease& lease, const Permit& permit);
/// Every field but the document (setPermitDocument), so neither write undoes the other.
void updatePermit(db::Database::Lease& lease, const Permit& permit);
/// Attaches (or with nullopt removes) the uploaded document; insertPermit stores one given.
void setPermitDocument(db::Database::Lease& lease, const std::string& permit_id,
                       const std::optional<PermitDocument>& document, std::int64_t updated_at);
std::optional<Permit> findPermit(db::Database::Lease& lease, const std::string& id);
/// Oldest first.
std::vector<Permit> permitsForSite(db::Database::Lease& lease, const std::string& site_id);
std::map<std::string, std::vector<Permit>> permitsForSites(db::Database::Lease& lease,
                                                           const std::vector<std::string>& site_ids);

}  // namespace repository
}  // namespace masseflyt::registry::sites
