#include "modules/registry/common/sql_lists.hpp"

namespace masseflyt::registry::common::sql {

void Parameters::bindTo(soci::statement& statement) const {
  for (const auto& [name, value] : text) statement.exchange(soci::use(value, name));
  for (const auto& [name, value] : numbers) statement.exchange(soci::use(value, name));
  for (const auto& [name, value] : reals) statement.exchange(soci::use(value, name));
}

std::int64_t count(db::Database::Lease& lease, const std::string& sql, const Parameters& parameters) {
  std::int64_t result = 0;
  soci::statement statement(*lease);
  statement.exchange(soci::into(result));
  parameters.bindTo(statement);
  statement.alloc();
  statement.prepare(sql);
  statement.define_and_bind();
  statement.execute(true);
  return result;
}

std::string keysetPage(std::string_view id_column, const std::optional<std::string>& after,
                       std::int64_t limit, Parameters& parameters) {
  std::string sql;
  if (after) {
    sql += " AND " + std::string(id_column) + " > :after";
    parameters.text.emplace_back("after", *after);
  }
  sql += " ORDER BY " + std::string(id_column) + " LIMIT :limit";
  parameters.numbers.emplace_back("limit", limit);
  return sql;
}

}  // namespace masseflyt::registry::common::sql
