#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/masses/listings/domain/listing.hpp"
#include "platform/db/database.hpp"

// The SQL of the listings part; internal to it. Each function runs on the caller's session and
// opens no transaction itself.
namespace masseflyt::masses::listings::repository {

void insertListing(db::Database::Lease& lease, const Listing& listing, const std::string& search_text);
void updateListing(db::Database::Lease& lease, const Listing& listing, const std::string& search_text);
/// Replaces the listing's phases with `listing.phases`.
void replacePhases(db::Database::Lease& lease, const Listing& listing);
/// With its phases.
std::optional<Listing> findListing(db::Database::Lease& lease, const std::string& id);
std::optional<Listing> findByPlanLine(db::Database::Lease& lease, const std::string& plan_line_id);

/// The SQL side of a search: every filter except distance ranking and the DSA site check, plus
/// the bounding box around the origin that holds every point within the radius. Without phases.
enum class SqlOrder { Date, QuantityDesc, QuantityAsc, Newest, Id };
/// The DSA rule in SQL: capacity listings of these fractions are left out unless their site is
/// one of `permitted_sites` (sites with a valid dsa permit today).
struct DsaRule {
  std::vector<std::string> fraction_keys;
  std::vector<std::string> permitted_sites;
};
/// `limit` < 0: all rows.
std::vector<Listing> search(db::Database::Lease& lease, const ListingFilter& filter, const DsaRule& dsa,
                            SqlOrder order, std::int64_t offset, std::int64_t limit);
std::int64_t count(db::Database::Lease& lease, const ListingFilter& filter, const DsaRule& dsa);
/// The sites of open capacity listings of these fractions (to check their permits once).
std::vector<std::string> capacitySites(db::Database::Lease& lease,
                                       const std::vector<std::string>& fraction_keys);
/// Phases of many listings at once.
std::map<std::string, std::vector<Phase>> phasesFor(db::Database::Lease& lease,
                                                    const std::vector<std::string>& ids);
std::int64_t countDemo(db::Database::Lease& lease);

}  // namespace masseflyt::masses::listings::repository
