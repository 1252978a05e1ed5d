#include <boost/json.hpp>

#include "modules/masses/balance/api/balance_json.hpp"
#include "modules/masses/fractions/domain/fraction.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::masses::balance::json {
namespace {

namespace bj = boost::json;

bj::object cellObject(const Cell& c) {
  return {{"overskudd_kg", c.surplus_kg}, {"behov_kg", c.need_kg}, {"kapasitet_kg", c.capacity_kg}, {"netto_kg", c.net()}};
}

bj::array quarterArray(const std::vector<Quarter>& quarters, const std::vector<Cell>& cells) {
  bj::array out;
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    auto cell = cellObject(cells[i]);
    cell["kvartal"] = quarterKey(quarters[i]);
    out.push_back(std::move(cell));
  }
  return out;
}

std::string groupLabel(std::string_view key) {
  for (const auto& g : fractions::groups()) {
    if (g.key == key) return std::string(i18n::t(g.label_key));
  }
  return std::string(key);
}

}  // namespace

std::string balanceDocument(const BalanceReport& report) {
  const auto& f = report.filter;
  const auto& b = report.balance;
  bj::array projects;
  for (const auto& p : report.projects) projects.push_back({{"id", p.id}, {"navn", p.name}, {"kjent", p.known}});
  const char* kind = !f.project_ids.empty() ? "prosjekter" : !f.municipality_number.empty() ? "kommune" : "region";
  bj::object scope{{"type", kind},
                   {"kommunenummer", f.municipality_number.empty() ? bj::value(nullptr) : bj::value(f.municipality_number)},
                   {"prosjekter", std::move(projects)},
                   {"tekst", report.scope_text}};
  bj::array quarters;
  for (const auto& q : b.quarters) quarters.emplace_back(quarterKey(q));
  bj::array groups;
  for (const auto& row : b.groups) {
    groups.push_back({{"gruppe", row.group},
                      {"navn", groupLabel(row.group)},
                      {"kvartaler", quarterArray(b.quarters, row.quarters)},
                      {"sum", cellObject(row.total)}});
  }
  return bj::serialize(bj::object{
      {"omrade", std::move(scope)},
      {"gruppe", f.fraction_group.empty() ? bj::value(nullptr) : bj::value(f.fraction_group)},
      {"fra", quarterKey(f.from)},
      {"kvartaler", std::move(quarters)},
      {"regel", i18n::t("masses.balance.rule")},
      {"antall_annonser", b.listings},
      {"grupper", std::move(groups)},
      {"totalt", bj::object{{"kvartaler", quarterArray(b.quarters, b.totals)}, {"sum", cellObject(b.total)}}}});
}

}  // namespace masseflyt::masses::balance::json
