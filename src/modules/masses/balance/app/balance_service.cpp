#include "modules/masses/balance/app/balance_service.hpp"

#include <chrono>
#include <map>
#include <set>

#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/fractions/domain/quantity_text.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/sites/app/api.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::masses::balance {
namespace {

constexpr int kDefaultQuarters = 25;  // this quarter and six years more
constexpr int kMaxQuarters = 40;
constexpr std::size_t kMaxProjects = 50;

std::vector<std::string> splitValues(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& value : values) {
    std::size_t start = 0;
    while (start <= value.size()) {
      const auto comma = value.find(',', start);
      const auto part = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!part.empty()) out.push_back(part);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

std::string groupLabel(std::string_view key) {
  for (const auto& g : fractions::groups()) {
    if (g.key == key) return std::string(i18n::t(g.label_key));
  }
  return std::string(key);
}

// Capacity for a fraction that needs a DSA permit counts in a quarter only when the site holds
// one on the quarter's first or last day: a lapsed permit must not make the region look able to
// take alum shale it cannot. One lookup per site and quarter, for the few such listings.
void limitToPermittedQuarters(db::Database& database, std::vector<ListingAmount>& listings, Quarter from,
                              int count) {
  std::map<std::pair<std::string, Quarter>, bool> permitted;
  for (auto& listing : listings) {
    if (listing.kind != "kapasitet") continue;
    const auto* fraction = fractions::catalog().find(listing.fraction_key);
    if (fraction == nullptr || !fraction->requires_dsa_permit) continue;
    std::set<Quarter> quarters;
    for (int i = 0; i < count && !listing.site_id.empty(); ++i) {
      const Quarter q = from.plus(i);
      auto [it, fresh] = permitted.try_emplace({listing.site_id, q}, false);
      if (fresh) {
        it->second = registry::sites::hasValidPermitOfType(database, listing.site_id, "dsa", calendar::formatDate(static_cast<long>(firstDay(q)))) ||
                     registry::sites::hasValidPermitOfType(database, listing.site_id, "dsa", calendar::formatDate(static_cast<long>(lastDay(q))));
      }
      if (it->second) quarters.insert(q);
    }
    listing.counted_quarters = std::move(quarters);
  }
}

}  // namespace

Quarter currentQuarter() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{today};
  return {static_cast<int>(ymd.year()), (static_cast<int>(static_cast<unsigned>(ymd.month())) - 1) / 3 + 1};
}

BalanceFilter readBalanceFilter(const http::Request& request, std::vector<FieldError>& errors) {
  BalanceFilter filter;
  filter.from = currentQuarter();
  filter.count = kDefaultQuarters;
  if (const auto m = request.queryParam("kommune"); m && !m->empty()) {
    if (geo::findMunicipality(*m) != nullptr) {
      filter.municipality_number = *m;
    } else {
      errors.push_back({"kommune", "masses.balance.error.municipality"});
    }
  }
  std::vector<std::string> raw_projects;
  for (const auto& [name, value] : request.queryParams()) {
    if (name == "prosjekt") raw_projects.push_back(value);
  }
  for (const auto& id : splitValues(raw_projects)) {
    if (!db::isUuid(id)) {
      errors.push_back({"prosjekt", "masses.balance.error.project"});
      break;
    }
    if (std::find(filter.project_ids.begin(), filter.project_ids.end(), id) == filter.project_ids.end()) {
      filter.project_ids.push_back(id);
    }
  }
  if (filter.project_ids.size() > kMaxProjects) {
    errors.push_back({"prosjekt", "masses.balance.error.too_many_projects"});
    filter.project_ids.resize(kMaxProjects);
  }
  if (const auto g = request.queryParam("gruppe"); g && !g->empty()) {
    bool known = false;
    for (const auto& group : fractions::groups()) known = known || group.key == *g;
    if (known) {
      filter.fraction_group = *g;
    } else {
      errors.push_back({"gruppe", "masses.balance.error.group"});
    }
  }
  if (const auto from = request.queryParam("fra"); from && !from->empty()) {
    const auto q = parseQuarterKey(*from);
    if (q && q->year >= 2000 && q->year <= 2100) {
      filter.from = *q;
    } else {
      errors.push_back({"fra", "masses.balance.error.from"});
    }
  }
  if (const auto count = request.queryParam("kvartaler"); count && !count->empty()) {
    int value = 0;
    bool digits = count->size() <= 2;
    for (char c : *count) digits = digits && c >= '0' && c <= '9';
    if (digits) value = std::stoi(*count);
    if (digits && value >= 1 && value <= kMaxQuarters) {
      filter.count = value;
    } else {
      errors.push_back({"kvartaler", "masses.balance.error.quarters"});
    }
  }
  return filter;
}

BalanceReport computeReport(db::Database& database, const BalanceFilter& filter) {
  BalanceReport report;
  report.filter = filter;
  std::vector<ListingAmount> listings;
  {
    auto lease = database.lease();
    listings = repository::listingAmounts(lease, filter);
  }
  limitToPermittedQuarters(database, listings, filter.from, filter.count);
  std::vector<std::string> order;
  for (const auto& g : fractions::groups()) order.emplace_back(g.key);
  report.balance = computeBalance(listings, filter.from, filter.count, order);
  if (!filter.project_ids.empty()) {
    const auto refs = registry::projects::listProjectRefs(database, filter.project_ids);
    for (const auto& id : filter.project_ids) {
      ProjectChoice choice{.id = id, .name = id, .known = false};
      for (const auto& ref : refs) {
        if (ref.id == id) choice = {.id = id, .name = ref.name, .known = true};
      }
      report.projects.push_back(std::move(choice));
    }
  }
  if (!report.projects.empty()) {
    std::string names;
    for (const auto& p : report.projects) names += (names.empty() ? "" : ", ") + p.name;
    report.scope_text = i18n::catalog().format("masses.balance.scope.projects", {{"names", names}});
  } else if (!filter.municipality_number.empty()) {
    const auto* m = geo::findMunicipality(filter.municipality_number);
    report.scope_text = i18n::catalog().format(
        "masses.balance.scope.municipality",
        {{"name", m != nullptr ? std::string(m->name) : filter.municipality_number}});
  } else {
    report.scope_text = std::string(i18n::t("masses.balance.scope.region"));
  }
  if (!filter.fraction_group.empty()) report.scope_text += ", " + groupLabel(filter.fraction_group);
  return report;
}

std::string csvTonnes(std::int64_t kg) {
  std::string text = fractions::formatThousandths(kg);
  std::erase(text, ' ');
  return text;
}

std::string balanceCsv(const BalanceReport& report) {
  std::string out = "\xEF\xBB\xBF" "kvartal;gruppe;gruppe_navn;overskudd_tonn;behov_tonn;kapasitet_tonn;netto_tonn\r\n";
  auto line = [&out](Quarter q, const std::string& group, const std::string& label, const Cell& c) {
    out += quarterKey(q) + ";" + group + ";" + label + ";" + csvTonnes(c.surplus_kg) + ";" + csvTonnes(c.need_kg) +
           ";" + csvTonnes(c.capacity_kg) + ";" + csvTonnes(c.net()) + "\r\n";
  };
  const auto& b = report.balance;
  for (const auto& row : b.groups) {
    for (std::size_t i = 0; i < b.quarters.size(); ++i) line(b.quarters[i], row.group, groupLabel(row.group), row.quarters[i]);
  }
  const std::string all(i18n::t("masses.balance.all_groups"));
  for (std::size_t i = 0; i < b.quarters.size(); ++i) line(b.quarters[i], "alle", all, b.totals[i]);
  return out;
}

}  // namespace masseflyt::masses::balance
