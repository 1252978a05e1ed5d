#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// The regional mass balance (issue 5 item 7): surplus, need and receiving capacity per fraction
// group per quarter. Pure rules, no I/O: how a listing's quantity spreads over quarters, and how
// spread listings add up. Quantities are kg; every split keeps the listing's sum exact.
namespace masseflyt::masses::balance {

/// A calendar quarter. Ordered, so it can key a map.
struct Quarter {
  int year = 0;
  int number = 1;  ///< 1..4

  auto operator<=>(const Quarter&) const = default;
  Quarter next() const;
  Quarter plus(int quarters) const;
};

/// "2026-K1" (the key in URLs, the API and CSV).
std::string quarterKey(Quarter quarter);
std::optional<Quarter> parseQuarterKey(std::string_view key);
/// "1. kv. 2026" (page text).
std::string quarterLabel(Quarter quarter);
/// The quarter of a date "YYYY-MM-DD" (also accepts "YYYY-MM"); nullopt when malformed.
std::optional<Quarter> quarterOfDate(std::string_view date);
/// Days since 1970-01-01 of a valid "YYYY-MM-DD"; nullopt when malformed or not a real date.
std::optional<std::int64_t> daysFromDate(std::string_view date);
/// The first and last day (days since 1970-01-01) of a quarter.
std::int64_t firstDay(Quarter quarter);
std::int64_t lastDay(Quarter quarter);

/// One entry of a listing's phased profile (masses_listing_phases): the month or quarter starting
/// at `period_start` ("YYYY-MM-01").
struct Phase {
  std::string period_start = {};
  std::int64_t kg = 0;
};

/// Splits `weights` (≥ 0, not all 0) into integer parts of `total` proportional to them, exactly
/// summing to `total` (largest remainder; ties go to the earlier entry, so the result is
/// deterministic). All zeros: an empty result.
std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<std::int64_t>& weights);

/// The listing's quantity per quarter. With phases: in proportion to the phases (exactly the
/// phases when they sum to `kg`, as the listings part keeps them). Without: evenly by days over
/// period_from..period_to, both days included. The values always sum to `kg`. Throws
/// Error(Validation, "masses.balance.error.period") for malformed dates or from after to.
std::map<Quarter, std::int64_t> distribute(std::int64_t kg, std::string_view period_from,
                                           std::string_view period_to, const std::vector<Phase>& phases);

/// What a listing contributes: its kind ("overskudd", "behov", "kapasitet") and group.
struct ListingAmount {
  std::string id = {};
  std::string kind = {};
  std::string fraction_group = {};
  std::int64_t kg = 0;
  std::string period_from = {};
  std::string period_to = {};
  std::vector<Phase> phases = {};
  std::string site_id = {};       ///< "" when the listing is at a project or a point
  std::string fraction_key = {};
  /// When set, only these quarters count: capacity for a fraction that needs a permit (alum shale
  /// needs DSA's) counts only while the site holds one, as the search shows it only then.
  std::optional<std::set<Quarter>> counted_quarters = {};
};

/// One cell of the balance.
struct Cell {
  std::int64_t surplus_kg = 0;
  std::int64_t need_kg = 0;
  std::int64_t capacity_kg = 0;
  /// Surplus minus need: positive means masses that must go to a receiver (compare capacity),
  /// negative means the need has to be met from elsewhere (quarries, other regions).
  std::int64_t net() const { return surplus_kg - need_kg; }
};

struct GroupRow {
  std::string group = {};
  std::vector<Cell> quarters = {};  ///< one per quarter of the window, in order
  Cell total = {};
};

struct Balance {
  Quarter from = {};
  std::vector<Quarter> quarters = {};
  std::vector<GroupRow> groups = {};  ///< fraction-group order; only groups with any figure
  std::vector<Cell> totals = {};      ///< all groups per quarter
  Cell total = {};
  int listings = 0;              ///< listings that contributed to the window
};

/// Adds the listings up over `count` quarters from `from`. Parts of a listing outside the window
/// are left out. `group_order` fixes the row order (the fraction catalog's groups).
Balance computeBalance(const std::vector<ListingAmount>& listings, Quarter from, int count,
                       const std::vector<std::string>& group_order);

}  // namespace masseflyt::masses::balance
