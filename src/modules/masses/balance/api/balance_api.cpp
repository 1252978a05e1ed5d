#include "modules/masses/balance/api/balance_api.hpp"

#include "modules/masses/balance/api/balance_json.hpp"
#include "modules/masses/balance/app/balance_service.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::masses::balance {
namespace {

constexpr std::string_view kParameters[] = {"kommune", "prosjekt", "gruppe", "fra", "kvartaler", "format"};

bool wantsCsv(const http::Request& request) {
  if (const auto format = request.queryParam("format")) return *format == "csv";
  const auto accept = request.header("Accept");
  return accept && accept->find("text/csv") != std::string_view::npos;
}

http::Response getBalance(db::Database& database, const http::Request& request) {
  std::vector<FieldError> errors;
  for (const auto& [name, value] : request.queryParams()) {
    if (std::find(std::begin(kParameters), std::end(kParameters), name) == std::end(kParameters)) {
      errors.push_back({name, "masses.balance.error.unknown_parameter"});
    }
  }
  if (const auto format = request.queryParam("format"); format && *format != "json" && *format != "csv") {
    errors.push_back({"format", "masses.balance.error.format"});
  }
  const BalanceFilter filter = readBalanceFilter(request, errors);
  if (!errors.empty()) throw Error(ErrorKind::Validation, "masses.balance.error.query", {}, std::move(errors));
  const BalanceReport report = computeReport(database, filter);
  if (wantsCsv(request)) {
    return http::Response::download(balanceCsv(report), "text/csv; charset=utf-8", "massebalanse.csv");
  }
  return http::Response::json(json::balanceDocument(report));
}

}  // namespace

void registerApiRoutes(http::Router& router, db::Database& database) {
  router.add({http::Method::Get, "/api/v1/massebalanse", http::Audience::Api,
              [&database](http::Request& request) { return getBalance(database, request); },
              {}});
}

}  // namespace masseflyt::masses::balance
