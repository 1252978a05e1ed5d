#include "modules/masses/balance/infra/balance_repository.hpp"

#include <soci/soci.h>

#include <cstdio>
#include <map>

#include "modules/registry/common/sql_lists.hpp"

namespace masseflyt::masses::balance::repository {
namespace {

namespace sql = registry::common::sql;

// Published and partly reserved listings count: a draft is not an offer yet, and fulfilled or
// withdrawn ones no longer are. A reservation moves masses from a surplus to a need, both still
// real in the region, so the full quantity counts rather than what is left.
constexpr const char* kCounted = "l.status IN ('publisert', 'delvis_reservert')";

constexpr const char* kSelectListings =
    "SELECT l.id, l.kind, l.fraction_group, l.quantity_kg, l.period_from, l.period_to, "
    "COALESCE(l.site_id, ''), l.fraction_key "
    "FROM masses_listings l WHERE ";

constexpr const char* kSelectPhases =
    "SELECT p.listing_id, p.period_start, p.quantity_kg "
    "FROM masses_listing_phases p JOIN masses_listings l ON l.id = p.listing_id WHERE ";

std::string dayText(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// The WHERE clause both queries share: counted status, period overlapping the window, and the
// optional municipality, fraction group and project set.
std::string whereClause(const BalanceFilter& filter, sql::Parameters& parameters) {
  const Quarter last = filter.from.plus(filter.count - 1);
  constexpr int kLastDay[] = {31, 30, 30, 31};
  parameters.text.emplace_back("window_from", dayText(filter.from.year, (filter.from.number - 1) * 3 + 1, 1));
  parameters.text.emplace_back("window_to", dayText(last.year, last.number * 3, kLastDay[last.number - 1]));
  std::string where = std::string(kCounted) + " AND l.period_to >= :window_from AND l.period_from <= :window_to";
  if (!filter.municipality_number.empty()) {
    where += " AND l.municipality_number = :municipality";
    parameters.text.emplace_back("municipality", filter.municipality_number);
  }
  if (!filter.fraction_group.empty()) {
    where += " AND l.fraction_group = :fraction_group";
    parameters.text.emplace_back("fraction_group", filter.fraction_group);
  }
  if (!filter.project_ids.empty()) {
    where += " AND l.project_id IN (";
    for (std::size_t i = 0; i < filter.project_ids.size(); ++i) {
      const std::string name = "project" + std::to_string(i);
      where += (i == 0 ? ":" : ", :") + name;
      parameters.text.emplace_back(name, filter.project_ids[i]);
    }
    where += ")";
  }
  return where;
}

struct ListingRow {
  ListingAmount listing;
  void bind(soci::statement& st) {
    st.exchange(soci::into(listing.id));
    st.exchange(soci::into(listing.kind));
    st.exchange(soci::into(listing.fraction_group));
    st.exchange(soci::into(listing.kg));
    st.exchange(soci::into(listing.period_from));
    st.exchange(soci::into(listing.period_to));
    st.exchange(soci::into(listing.site_id));
    st.exchange(soci::into(listing.fraction_key));
  }
};

struct PhaseRow {
  std::string listing_id;
  Phase phase;
  void bind(soci::statement& st) {
    st.exchange(soci::into(listing_id));
    st.exchange(soci::into(phase.period_start));
    st.exchange(soci::into(phase.kg));
  }
};

}  // namespace

std::vector<ListingAmount> listingAmounts(db::Database::Lease& lease, const BalanceFilter& filter) {
  sql::Parameters parameters;
  const std::string where = whereClause(filter, parameters);
  auto listings = sql::queryRows<ListingRow>(lease, kSelectListings + where + " ORDER BY l.id", parameters,
                                             [](const ListingRow& row) { return row.listing; });
  auto phases = sql::queryRows<PhaseRow>(
      lease, kSelectPhases + where + " ORDER BY p.listing_id, p.period_start", parameters,
      [](const PhaseRow& row) { return std::pair(row.listing_id, row.phase); });
  std::map<std::string, std::vector<Phase>, std::less<>> by_listing;
  for (auto& [id, phase] : phases) by_listing[id].push_back(std::move(phase));
  for (auto& listing : listings) {
    if (auto it = by_listing.find(listing.id); it != by_listing.end()) listing.phases = std::move(it->second);
  }
  return listings;
}

}  // namespace masseflyt::masses::balance::repository
