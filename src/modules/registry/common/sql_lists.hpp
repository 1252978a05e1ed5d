#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "platform/db/database.hpp"

// The repository side of the registry's lists (sites, projects): filters build a WHERE clause
// with named parameters, which the page query, the count and the keyset-paged API query all bind
// the same way.
namespace masseflyt::registry::common::sql {

/// Named parameters of a dynamically built statement, bound by name (order does not matter).
struct Parameters {
  std::vector<std::pair<std::string, std::string>> text;
  std::vector<std::pair<std::string, std::int64_t>> numbers;
  std::vector<std::pair<std::string, double>> reals;

  /// Binds every parameter to `statement` (the values must outlive its execution).
  void bindTo(soci::statement& statement) const;
};

/// Runs `sql`: `Row` binds its columns with `bind(soci::statement&)`, and `convert(row)` makes
/// one result per fetched row.
template <typename Row, typename Convert>
auto queryRows(db::Database::Lease& lease, const std::string& sql, const Parameters& parameters,
               Convert convert) -> std::vector<std::invoke_result_t<Convert, const Row&>> {
  std::vector<std::invoke_result_t<Convert, const Row&>> out;
  Row row;
  soci::statement statement(*lease);
  row.bind(statement);
  parameters.bindTo(statement);
  statement.alloc();
  statement.prepare(sql);
  statement.define_and_bind();
  if (statement.execute(true)) {
    do {
      out.push_back(convert(static_cast<const Row&>(row)));
    } while (statement.fetch());
  }
  return out;
}

/// The single number `sql` (a SELECT COUNT(*) …) answers.
std::int64_t count(db::Database::Lease& lease, const std::string& sql, const Parameters& parameters);

/// " AND <id_column> > :after ORDER BY <id_column> LIMIT :limit" (the "after" part only when
/// `after` is set): keyset paging by id for the APIs' `neste` cursor, after a WHERE clause.
std::string keysetPage(std::string_view id_column, const std::optional<std::string>& after,
                       std::int64_t limit, Parameters& parameters);

}  // namespace masseflyt::registry::common::sql
