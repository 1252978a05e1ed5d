#include "modules/registry/providers/infra/provider_repository.hpp"

#include <soci/soci.h>

#include <string_view>
#include <utility>

#include "modules/registry/common/rules.hpp"

namespace masseflyt::registry::providers::repository {
namespace {

constexpr std::string_view kSelectProviders = R"sql(
SELECT p.id, p.organisation_id, p.organisasjonsnummer, p.name, p.services,
  p.accreditation_scheme, p.accreditation_number, p.municipalities, p.contact_name,
  p.contact_phone, p.contact_email, p.description, p.created_at, p.updated_at, p.is_demo
  FROM quality_providers p)sql";

constexpr std::string_view kCountProviders = "SELECT COUNT(*) FROM quality_providers p";

constexpr std::string_view kInsertProvider = R"sql(
INSERT INTO quality_providers (id, organisation_id, organisasjonsnummer, name, search_name,
  services, accreditation_scheme, accreditation_number, municipalities, contact_name,
  contact_phone, contact_email, description, created_at, updated_at, is_demo)
VALUES (:id, :organisation_id, :number, :name, :search_name, :services, :scheme, :accreditation,
  :municipalities, :contact_name, :contact_phone, :contact_email, :description, :created_at,
  :updated_at, :is_demo))sql";

constexpr std::string_view kUpdateProvider = R"sql(
UPDATE quality_providers
   SET services = :services, accreditation_scheme = :scheme,
       accreditation_number = :accreditation, municipalities = :municipalities,
       contact_name = :contact_name, contact_phone = :contact_phone,
       contact_email = :contact_email, description = :description, updated_at = :updated_at
 WHERE id = :id)sql";

constexpr std::string_view kByNumber = " WHERE p.organisasjonsnummer = :number";
constexpr std::string_view kAfter = " AND p.organisasjonsnummer > :after";
constexpr std::string_view kKeysetOrder = " ORDER BY p.organisasjonsnummer LIMIT :limit";
constexpr std::string_view kPage = " LIMIT :limit OFFSET :offset";

struct ProviderRow {
  ProviderRecord record;
  std::string services, municipalities;
  int is_demo = 0;

  void bind(soci::statement& s) {
    s.exchange(soci::into(record.id));
    s.exchange(soci::into(record.organisation_id));
    s.exchange(soci::into(record.organisation_number));
    s.exchange(soci::into(record.name));
    s.exchange(soci::into(services));
    s.exchange(soci::into(record.accreditation_scheme));
    s.exchange(soci::into(record.accreditation_number));
    s.exchange(soci::into(municipalities));
    s.exchange(soci::into(record.contact_name));
    s.exchange(soci::into(record.contact_phone));
    s.exchange(soci::into(record.contact_email));
    s.exchange(soci::into(record.description));
    s.exchange(soci::into(record.created_at));
    s.exchange(soci::into(record.updated_at));
    s.exchange(soci::into(is_demo));
  }

  ProviderRecord get() const {
    ProviderRecord out = record;
    out.services = common::splitCodes(services);
    out.municipalities = common::splitCodes(municipalities);
    out.is_demo = is_demo != 0;
    return out;
  }
};

using Parameters = std::vector<std::pair<std::string, std::string>>;
using Numbers = std::vector<std::pair<std::string, std::int64_t>>;

std::vector<ProviderRecord> query(db::Database::Lease& lease, const std::string& sql,
                                  const Parameters& parameters, const Numbers& numbers = {}) {
  std::vector<ProviderRecord> out;
  ProviderRow row;
  soci::statement statement(*lease);
  row.bind(statement);
  for (const auto& [name, value] : parameters) statement.exchange(soci::use(value, name));
  for (const auto& [name, value] : numbers) statement.exchange(soci::use(value, name));
  statement.alloc();
  statement.prepare(sql);
  statement.define_and_bind();
  if (statement.execute(true)) {
    do {
      out.push_back(row.get());
    } while (statement.fetch());
  }
  return out;
}

// Filter values are always bound, never spliced: only the fixed fragments below join the SQL.
std::string providerWhere(const ProviderFilter& filter, Parameters& parameters) {
  std::string where = " WHERE 1 = 1";
  std::string digits;
  bool only_digits = !filter.search.empty();
  for (const char c : filter.search) {
    if (c == ' ') continue;
    if (c >= '0' && c <= '9') {
      digits += c;
    } else {
      only_digits = false;
    }
  }
  if (only_digits && !digits.empty()) {
    where += " AND p.organisasjonsnummer LIKE :search ESCAPE '\\'";
    parameters.emplace_back("search", common::likeEscape(digits) + "%");
  } else if (!filter.search.empty()) {
    where += " AND p.search_name LIKE :search ESCAPE '\\'";
    parameters.emplace_back("search", "%" + common::likeEscape(common::searchText(filter.search)) + "%");
  }
  if (!filter.service.empty()) {
    where += " AND p.services LIKE :service";
    parameters.emplace_back("service", "%," + filter.service + ",%");
  }
  if (!filter.municipality.empty()) {
    where += " AND p.municipalities LIKE :municipality";
    parameters.emplace_back("municipality", "%," + filter.municipality + ",%");
  }
  if (filter.accredited_only) where += " AND p.accreditation_number <> ''";
  return where;
}

std::string_view providerOrder(ProviderSort sort) {
  switch (sort) {
    case ProviderSort::Name: return " ORDER BY p.search_name, p.organisasjonsnummer";
    case ProviderSort::NameDesc: return " ORDER BY p.search_name DESC, p.organisasjonsnummer";
    case ProviderSort::Accredited:
      return " ORDER BY CASE WHEN p.accreditation_number <> '' THEN 0 ELSE 1 END, p.search_name,"
             " p.organisasjonsnummer";
  }
  return " ORDER BY p.search_name";
}

}  // namespace

void insertProvider(db::Database::Lease& lease, const ProviderRecord& p) {
  const std::string search_name = common::searchText(p.name);
  const std::string services = common::joinCodes(p.services);
  const std::string municipalities = common::joinCodes(p.municipalities);
  const int is_demo = p.is_demo ? 1 : 0;
  *lease << kInsertProvider, soci::use(p.id, "id"), soci::use(p.organisation_id, "organisation_id"),
      soci::use(p.organisation_number, "number"), soci::use(p.name, "name"),
      soci::use(search_name, "search_name"), soci::use(services, "services"),
      soci::use(p.accreditation_scheme, "scheme"), soci::use(p.accreditation_number, "accreditation"),
      soci::use(municipalities, "municipalities"), soci::use(p.contact_name, "contact_name"),
      soci::use(p.contact_phone, "contact_phone"), soci::use(p.contact_email, "contact_email"),
      soci::use(p.description, "description"), soci::use(p.created_at, "created_at"),
      soci::use(p.updated_at, "updated_at"), soci::use(is_demo, "is_demo");
}

void updateProvider(db::Database::Lease& lease, const ProviderRecord& p) {
  const std::string services = common::joinCodes(p.services);
  const std::string municipalities = common::joinCodes(p.municipalities);
  *lease << kUpdateProvider, soci::use(p.id, "id"), soci::use(services, "services"),
      soci::use(p.accreditation_scheme, "scheme"), soci::use(p.accreditation_number, "accreditation"),
      soci::use(municipalities, "municipalities"), soci::use(p.contact_name, "contact_name"),
      soci::use(p.contact_phone, "contact_phone"), soci::use(p.contact_email, "contact_email"),
      soci::use(p.description, "description"), soci::use(p.updated_at, "updated_at");
}

std::optional<ProviderRecord> findProviderByNumber(db::Database::Lease& lease, const std::string& number) {
  auto rows = query(lease, std::string(kSelectProviders) + std::string(kByNumber), {{"number", number}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<ProviderRecord> listProviders(db::Database::Lease& lease, const ProviderFilter& filter,
                                          ProviderSort sort, std::int64_t offset, std::int64_t limit) {
  Parameters parameters;
  const std::string sql = std::string(kSelectProviders) + providerWhere(filter, parameters) +
                          std::string(providerOrder(sort)) + std::string(kPage);
  return query(lease, sql, parameters, {{"limit", limit}, {"offset", offset}});
}

std::int64_t countProviders(db::Database::Lease& lease, const ProviderFilter& filter) {
  Parameters parameters;
  const std::string sql = std::string(kCountProviders) + providerWhere(filter, parameters);
  std::int64_t count = 0;
  soci::statement statement(*lease);
  statement.exchange(soci::into(count));
  for (const auto& [name, value] : parameters) statement.exchange(soci::use(value, name));
  statement.alloc();
  statement.prepare(sql);
  statement.define_and_bind();
  statement.execute(true);
  return count;
}

std::vector<ProviderRecord> listProvidersAfter(db::Database::Lease& lease, const ProviderFilter& filter,
                                               const std::optional<std::string>& after,
                                               std::int64_t limit) {
  Parameters parameters;
  std::string sql = std::string(kSelectProviders) + providerWhere(filter, parameters);
  if (after) {
    sql += kAfter;
    parameters.emplace_back("after", *after);
  }
  sql += kKeysetOrder;
  return query(lease, sql, parameters, {{"limit", limit}});
}

}  // namespace masseflyt::registry::providers::repository
