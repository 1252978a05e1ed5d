#include "modules/masses/balance/domain/balance.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>

#include "platform/core/error.hpp"

namespace masseflyt::masses::balance {
namespace {

__extension__ typedef __int128 Wide;  // GCC extension; exact products of kg and day counts

std::optional<int> number(std::string_view text) {
  int value = 0;
  if (text.empty()) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool leapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leapYear(y) ? 29 : kDays[m - 1];
}

[[noreturn]] void badPeriod(std::string detail) {
  throw Error(ErrorKind::Validation, "masses.balance.error.period", std::move(detail));
}

}  // namespace

Quarter Quarter::next() const { return plus(1); }

Quarter Quarter::plus(int quarters) const {
  const int index = year * 4 + (number - 1) + quarters;
  return {index / 4, index % 4 + 1};
}

std::string quarterKey(Quarter quarter) {
  return std::to_string(quarter.year) + "-K" + std::to_string(quarter.number);
}

std::optional<Quarter> parseQuarterKey(std::string_view key) {
  if (key.size() != 7 || key[4] != '-' || (key[5] != 'K' && key[5] != 'k')) return std::nullopt;
  const auto year = number(key.substr(0, 4));
  const auto q = number(key.substr(6, 1));
  if (!year || !q || *year < 1900 || *q < 1 || *q > 4) return std::nullopt;
  return Quarter{*year, *q};
}

std::string quarterLabel(Quarter quarter) {
  return std::to_string(quarter.number) + ". kv. " + std::to_string(quarter.year);
}

std::optional<std::int64_t> daysFromDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  const auto y = number(date.substr(0, 4));
  const auto m = number(date.substr(5, 2));
  const auto d = number(date.substr(8, 2));
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > daysInMonth(*y, *m)) return std::nullopt;
  return daysFromCivil(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

std::optional<Quarter> quarterOfDate(std::string_view date) {
  if (date.size() == 10) {
    if (!daysFromDate(date)) return std::nullopt;
  } else if (date.size() != 7 || date[4] != '-') {
    return std::nullopt;
  }
  const auto y = number(date.substr(0, 4));
  const auto m = number(date.substr(5, 2));
  if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
  return Quarter{*y, (*m - 1) / 3 + 1};
}

std::int64_t firstDay(Quarter quarter) {
  return daysFromCivil(quarter.year, static_cast<unsigned>((quarter.number - 1) * 3 + 1), 1);
}

std::int64_t lastDay(Quarter quarter) { return firstDay(quarter.next()) - 1; }

std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<std::int64_t>& weights) {
  Wide sum = 0;
  for (auto w : weights) sum += w;
  if (sum <= 0) return {};
  std::vector<std::int64_t> parts(weights.size());
  std::vector<Wide> remainders(weights.size());
  std::int64_t assigned = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Wide product = static_cast<Wide>(total) * weights[i];
    parts[i] = static_cast<std::int64_t>(product / sum);
    remainders[i] = product % sum;
    assigned += parts[i];
  }
  // The integer remainder goes one kg at a time to the largest fractional parts; ties to the
  // earlier entry, so the same listing always splits the same way.
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::int64_t left = total - assigned, k = 0; left > 0; --left, ++k) {
    ++parts[order[static_cast<std::size_t>(k) % order.size()]];
  }
  return parts;
}

std::map<Quarter, std::int64_t> distribute(std::int64_t kg, std::string_view period_from,
                                           std::string_view period_to, const std::vector<Phase>& phases) {
  std::vector<Quarter> quarters;
  std::vector<std::int64_t> weights;
  if (!phases.empty()) {
    std::map<Quarter, std::int64_t> by_quarter;
    for (const auto& phase : phases) {
      const auto q = quarterOfDate(phase.period_start);
      if (!q) badPeriod("phase start " + phase.period_start);
      if (phase.kg < 0) badPeriod("negative phase");
      by_quarter[*q] += phase.kg;
    }
    for (const auto& [q, w] : by_quarter) {
      quarters.push_back(q);
      weights.push_back(w);
    }
  }
  if (std::accumulate(weights.begin(), weights.end(), std::int64_t{0}) <= 0) {
    quarters.clear();
    weights.clear();
    const auto from = daysFromDate(period_from);
    const auto to = daysFromDate(period_to);
    if (!from || !to || *to < *from) badPeriod("period");
    for (Quarter q = *quarterOfDate(period_from); firstDay(q) <= *to; q = q.next()) {
      quarters.push_back(q);
      weights.push_back(std::min(*to, lastDay(q)) - std::max(*from, firstDay(q)) + 1);
    }
  }
  const auto parts = apportion(kg, weights);
  std::map<Quarter, std::int64_t> out;
  for (std::size_t i = 0; i < parts.size(); ++i) out[quarters[i]] += parts[i];
  return out;
}

Balance computeBalance(const std::vector<ListingAmount>& listings, Quarter from, int count,
                       const std::vector<std::string>& group_order) {
  Balance balance;
  balance.from = from;
  for (int i = 0; i < count; ++i) balance.quarters.push_back(from.plus(i));
  const Quarter end = from.plus(count);
  std::map<std::string, std::vector<Cell>, std::less<>> cells;
  balance.totals.assign(static_cast<std::size_t>(count), Cell{});
  for (const auto& listing : listings) {
    std::int64_t Cell::*field = listing.kind == "overskudd" ? &Cell::surplus_kg
                                : listing.kind == "behov"   ? &Cell::need_kg
                                : listing.kind == "kapasitet" ? &Cell::capacity_kg
                                                              : nullptr;
    if (field == nullptr || listing.kg <= 0) continue;
    std::map<Quarter, std::int64_t> spread;
    try {
      spread = distribute(listing.kg, listing.period_from, listing.period_to, listing.phases);
    } catch (const Error&) {
      continue;  // a stored listing with a broken period cannot be placed; the rest still adds up
    }
    bool contributed = false;
    for (const auto& [q, kg] : spread) {
      if (q < from || !(q < end)) continue;
      if (listing.counted_quarters && !listing.counted_quarters->contains(q)) continue;
      const auto index = static_cast<std::size_t>((q.year * 4 + q.number) - (from.year * 4 + from.number));
      auto& row = cells[listing.fraction_group];
      if (row.empty()) row.assign(static_cast<std::size_t>(count), Cell{});
      row[index].*field += kg;
      balance.totals[index].*field += kg;
      balance.total.*field += kg;
      contributed = true;
    }
    if (contributed) ++balance.listings;
  }
  auto addRow = [&](const std::string& group, const std::vector<Cell>& row) {
    GroupRow out{.group = group, .quarters = row, .total = {}};
    for (const auto& c : row) {
      out.total.surplus_kg += c.surplus_kg;
      out.total.need_kg += c.need_kg;
      out.total.capacity_kg += c.capacity_kg;
    }
    balance.groups.push_back(std::move(out));
  };
  for (const auto& group : group_order) {
    if (const auto it = cells.find(group); it != cells.end()) addRow(group, it->second);
  }
  for (const auto& [group, row] : cells) {
    if (std::find(group_order.begin(), group_order.end(), group) == group_order.end()) addRow(group, row);
  }
  return balance;
}

}  // namespace masseflyt::masses::balance
