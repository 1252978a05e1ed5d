#pragma once

#include <string>
#include <vector>

#include "modules/masses/balance/domain/balance.hpp"
#include "modules/masses/balance/infra/balance_repository.hpp"
#include "platform/db/database.hpp"
#include "platform/core/error.hpp"
#include "platform/http/message.hpp"

namespace masseflyt::masses::balance {

/// The quarter now (UTC).
Quarter currentQuarter();

/// Reads the filter from the URL: kommune (4 digits of the region), prosjekt (repeatable or
/// comma-separated project ids, at most 50), gruppe (a fraction group), fra (quarter "2026-K1",
/// default the current quarter) and kvartaler (1–40, default 25: the current quarter and six
/// years). Bad values become field errors in `errors` (and the default is used).
BalanceFilter readBalanceFilter(const http::Request& request, std::vector<FieldError>& errors);

/// A project chosen in the filter, by name when the projects part knows it.
struct ProjectChoice {
  std::string id = {};
  std::string name = {};  ///< the id itself when the project is unknown
  bool known = false;
};

struct BalanceReport {
  BalanceFilter filter = {};
  Balance balance = {};
  std::vector<ProjectChoice> projects = {};
  std::string scope_text = {};  ///< "Hele regionen", "Bærum", "2 prosjekter" (Norwegian)
};

/// The balance for a filter; project names through the projects part's public face.
BalanceReport computeReport(db::Database& database, const BalanceFilter& filter);

/// Semicolon-separated CSV with a BOM (Excel reads UTF-8), one line per group and quarter plus
/// the totals: kvartal;gruppe;gruppe_navn;overskudd_tonn;behov_tonn;kapasitet_tonn;netto_tonn.
std::string balanceCsv(const BalanceReport& report);

/// Tonnes with a decimal comma and no grouping, for CSV: 27000000 kg → "27000", 1500 → "1,5".
std::string csvTonnes(std::int64_t kg);

}  // namespace masseflyt::masses::balance
