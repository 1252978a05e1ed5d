#include "modules/identity/organisations/infra/organisation_repository.hpp"

#include <soci/soci.h>

#include <string_view>
#include <utility>

#include "platform/core/text.hpp"
#include "platform/db/optional.hpp"

namespace masseflyt::identity::organisations {
namespace {

constexpr std::string_view kOrganisationColumns = R"sql(
  id, organisasjonsnummer, name, organisation_form, organisation_form_description,
  business_address, postal_code, postal_place, municipality_number, municipality_name,
  nace_codes, nace_descriptions, parent_organisasjonsnummer, register_status,
  register_fetched_at, created_at, updated_at, is_demo)sql";

constexpr std::string_view kInsertOrganisation = R"sql(
INSERT INTO organisations (id, organisasjonsnummer, name, search_name, organisation_form,
  organisation_form_description, business_address, postal_code, postal_place,
  municipality_number, municipality_name, nace_codes, nace_descriptions,
  parent_organisasjonsnummer, register_status, register_fetched_at, created_at, updated_at,
  is_demo)
VALUES (:id, :number, :name, :search_name, :form, :form_description, :address, :postal_code,
  :postal_place, :municipality_number, :municipality_name, :nace_codes, :nace_descriptions,
  :parent, :status, :fetched_at, :created_at, :updated_at, :is_demo))sql";

// Refresh from the register: everything the register owns, never the platform's own columns.
constexpr std::string_view kRefreshOrganisation = R"sql(
UPDATE organisations
   SET name = :name, search_name = :search_name, organisation_form = :form,
       organisation_form_description = :form_description, business_address = :address,
       postal_code = :postal_code, postal_place = :postal_place,
       municipality_number = :municipality_number, municipality_name = :municipality_name,
       nace_codes = :nace_codes, nace_descriptions = :nace_descriptions,
       parent_organisasjonsnummer = :parent, register_status = :status,
       register_fetched_at = :fetched_at, updated_at = :updated_at
 WHERE id = :id)sql";

constexpr std::string_view kMembershipColumns = R"sql(
  m.id, m.user_id, m.organisation_id, m.role, m.status, m.requested_at, m.decided_at,
  m.decided_by, m.decision_note, u.display_name, u.email)sql";

constexpr std::string_view kInsertMembership = R"sql(
INSERT INTO memberships (id, user_id, organisation_id, role, status, requested_at)
VALUES (:id, :user_id, :organisation_id, :role, :status, :requested_at))sql";

constexpr std::string_view kReopenMembership = R"sql(
UPDATE memberships
   SET status = 'pending', requested_at = :now, decided_at = NULL, decided_by = NULL,
       decision_note = NULL
 WHERE id = :id AND status IN ('rejected', 'revoked'))sql";

// Fenced on 'pending' so two approvers deciding at once cannot both win.
constexpr std::string_view kDecideMembership = R"sql(
UPDATE memberships
   SET status = :status, decided_at = :decided_at, decided_by = :decided_by,
       decision_note = :note
 WHERE id = :id AND status = 'pending')sql";

// Only a verified membership can be revoked; the person keeps the row (and its history) and may
// ask again later, which reopens it as pending.
constexpr std::string_view kRevokeMembership = R"sql(
UPDATE memberships
   SET status = 'revoked', decided_at = :decided_at, decided_by = :decided_by,
       decision_note = :note
 WHERE id = :id AND status = 'verified')sql";

constexpr std::string_view kHasVerifiedAdmin = R"sql(
SELECT COUNT(*) FROM memberships
 WHERE organisation_id = :organisation_id AND role = 'org_admin' AND status = 'verified')sql";

constexpr std::string_view kUserByEmail = R"sql(
SELECT id FROM users WHERE email = :email)sql";

// Fetch target for one organisations row (nullable columns as optionals).
struct OrganisationRow {
  std::string id, number, name;
  std::optional<std::string> form, form_description, address, postal_code, postal_place,
      municipality_number, municipality_name, nace_codes, nace_descriptions, parent;
  std::string status;
  std::optional<std::int64_t> fetched_at;
  std::int64_t created_at = 0, updated_at = 0;
  int is_demo = 0;

  void bind(soci::statement& statement) {
    statement.exchange(soci::into(id));
    statement.exchange(soci::into(number));
    statement.exchange(soci::into(name));
    statement.exchange(soci::into(form));
    statement.exchange(soci::into(form_description));
    statement.exchange(soci::into(address));
    statement.exchange(soci::into(postal_code));
    statement.exchange(soci::into(postal_place));
    statement.exchange(soci::into(municipality_number));
    statement.exchange(soci::into(municipality_name));
    statement.exchange(soci::into(nace_codes));
    statement.exchange(soci::into(nace_descriptions));
    statement.exchange(soci::into(parent));
    statement.exchange(soci::into(status));
    statement.exchange(soci::into(fetched_at));
    statement.exchange(soci::into(created_at));
    statement.exchange(soci::into(updated_at));
    statement.exchange(soci::into(is_demo));
  }

  OrganisationRecord record() const {
    OrganisationRecord out;
    out.id = id;
    out.organisation_number = number;
    out.name = name;
    out.organisation_form = form.value_or("");
    out.organisation_form_description = form_description.value_or("");
    out.business_address = address.value_or("");
    out.postal_code = postal_code.value_or("");
    out.postal_place = postal_place.value_or("");
    out.municipality_number = municipality_number.value_or("");
    out.municipality_name = municipality_name.value_or("");
    const std::string codes = nace_codes.value_or("");
    const std::string descriptions = nace_descriptions.value_or("");
    std::size_t code_start = 0;
    std::size_t description_start = 0;
    while (code_start < codes.size()) {
      auto code_end = codes.find(',', code_start);
      if (code_end == std::string::npos) code_end = codes.size();
      auto description_end = descriptions.find('\n', description_start);
      if (description_end == std::string::npos) description_end = descriptions.size();
      NaceCode nace;
      nace.code = codes.substr(code_start, code_end - code_start);
      if (description_start < descriptions.size()) {
        nace.description = descriptions.substr(description_start, description_end - description_start);
      }
      out.nace_codes.push_back(std::move(nace));
      code_start = code_end + 1;
      description_start = description_end + 1;
    }
    out.parent_organisation_number = parent.value_or("");
    out.register_status = parseRegisterStatus(status).value_or(RegisterStatus::Active);
    out.register_fetched_at = fetched_at;
    out.created_at = created_at;
    out.updated_at = updated_at;
    out.is_demo = is_demo != 0;
    return out;
  }
};

struct MembershipRow {
  MembershipRecord record;
  std::optional<std::string> user_name, user_email;

  void bind(soci::statement& statement) {
    statement.exchange(soci::into(record.id));
    statement.exchange(soci::into(record.user_id));
    statement.exchange(soci::into(record.organisation_id));
    statement.exchange(soci::into(record.role));
    statement.exchange(soci::into(record.status));
    statement.exchange(soci::into(record.requested_at));
    statement.exchange(soci::into(record.decided_at));
    statement.exchange(soci::into(record.decided_by));
    statement.exchange(soci::into(record.decision_note));
    statement.exchange(soci::into(user_name));
    statement.exchange(soci::into(user_email));
  }

  MembershipRecord get() const {
    MembershipRecord out = record;
    out.user_name = user_name.value_or("");
    out.user_email = user_email.value_or("");
    return out;
  }
};

// Named string parameters of a statement built from fixed fragments.
using Parameters = std::vector<std::pair<std::string, std::string>>;

std::string whereClause(const OrganisationFilter& filter, Parameters& parameters) {
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
    where += " AND organisasjonsnummer LIKE :search ESCAPE '\\'";
    parameters.emplace_back("search", text::likeEscape(digits) + "%");
  } else if (!filter.search.empty()) {
    where += " AND search_name LIKE :search ESCAPE '\\'";
    parameters.emplace_back("search", "%" + text::likeEscape(text::foldCase(filter.search)) + "%");
  }
  if (!filter.municipality_number.empty()) {
    where += " AND municipality_number = :municipality";
    parameters.emplace_back("municipality", filter.municipality_number);
  }
  return where;
}

std::string_view orderBy(OrganisationSort sort) {
  switch (sort) {
    case OrganisationSort::Name: return " ORDER BY search_name, organisasjonsnummer";
    case OrganisationSort::NameDesc: return " ORDER BY search_name DESC, organisasjonsnummer";
    case OrganisationSort::Number: return " ORDER BY organisasjonsnummer";
    case OrganisationSort::NumberDesc: return " ORDER BY organisasjonsnummer DESC";
    case OrganisationSort::Municipality:
      return " ORDER BY municipality_name, search_name, organisasjonsnummer";
    case OrganisationSort::MunicipalityDesc:
      return " ORDER BY municipality_name DESC, search_name, organisasjonsnummer";
  }
  return " ORDER BY search_name";
}

std::vector<OrganisationRecord> queryOrganisations(db::Database::Lease& lease, const std::string& sql,
                                                   const Parameters& parameters,
                                                   const std::vector<std::pair<std::string, std::int64_t>>& numbers = {}) {
  std::vector<OrganisationRecord> out;
  OrganisationRow row;
  soci::statement statement(*lease);
  row.bind(statement);
  for (const auto& [name, value] : parameters) statement.exchange(soci::use(value, name));
  for (const auto& [name, value] : numbers) statement.exchange(soci::use(value, name));
  statement.alloc();
  statement.prepare(sql);
  statement.define_and_bind();
  if (statement.execute(true)) {
    do {
      out.push_back(row.record());
    } while (statement.fetch());
  }
  return out;
}

std::vector<MembershipRecord> queryMemberships(db::Database::Lease& lease, const std::string& sql,
                                               const Parameters& parameters) {
  std::vector<MembershipRecord> out;
  MembershipRow row;
  soci::statement statement(*lease);
  row.bind(statement);
  for (const auto& [name, value] : parameters) statement.exchange(soci::use(value, name));
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

std::string joinNace(const std::vector<NaceCode>& codes, bool descriptions) {
  std::string out;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (i > 0) out += descriptions ? "\n" : ",";
    out += descriptions ? codes[i].description : codes[i].code;
  }
  return out;
}

std::optional<std::string> nonEmpty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::string selectOrganisations() {
  return "SELECT " + std::string(kOrganisationColumns) + " FROM organisations";
}

std::string selectMemberships() {
  return "SELECT " + std::string(kMembershipColumns) +
         " FROM memberships m LEFT JOIN users u ON u.id = m.user_id";
}

}  // namespace

namespace repository {

void insertOrganisation(db::Database::Lease& lease, const OrganisationRecord& o) {
  const std::string search_name = text::foldCase(o.name);
  const auto form = nonEmpty(o.organisation_form);
  const auto form_description = nonEmpty(o.organisation_form_description);
  const auto address = nonEmpty(o.business_address);
  const auto postal_code = nonEmpty(o.postal_code);
  const auto postal_place = nonEmpty(o.postal_place);
  const auto municipality_number = nonEmpty(o.municipality_number);
  const auto municipality_name = nonEmpty(o.municipality_name);
  const auto nace_codes = nonEmpty(joinNace(o.nace_codes, false));
  const auto nace_descriptions = nonEmpty(joinNace(o.nace_codes, true));
  const auto parent = nonEmpty(o.parent_organisation_number);
  const std::string status(registerStatusCode(o.register_status));
  const int is_demo = o.is_demo ? 1 : 0;
  *lease << kInsertOrganisation, soci::use(o.id, "id"), soci::use(o.organisation_number, "number"),
      soci::use(o.name, "name"), soci::use(search_name, "search_name"), soci::use(form, "form"),
      soci::use(form_description, "form_description"), soci::use(address, "address"),
      soci::use(postal_code, "postal_code"), soci::use(postal_place, "postal_place"),
      soci::use(municipality_number, "municipality_number"),
      soci::use(municipality_name, "municipality_name"), soci::use(nace_codes, "nace_codes"),
      soci::use(nace_descriptions, "nace_descriptions"), soci::use(parent, "parent"),
      soci::use(status, "status"), soci::use(o.register_fetched_at, "fetched_at"),
      soci::use(o.created_at, "created_at"), soci::use(o.updated_at, "updated_at"),
      soci::use(is_demo, "is_demo");
}

void refreshOrganisation(db::Database::Lease& lease, const OrganisationRecord& o) {
  const std::string search_name = text::foldCase(o.name);
  const auto form = nonEmpty(o.organisation_form);
  const auto form_description = nonEmpty(o.organisation_form_description);
  const auto address = nonEmpty(o.business_address);
  const auto postal_code = nonEmpty(o.postal_code);
  const auto postal_place = nonEmpty(o.postal_place);
  const auto municipality_number = nonEmpty(o.municipality_number);
  const auto municipality_name = nonEmpty(o.municipality_name);
  const auto nace_codes = nonEmpty(joinNace(o.nace_codes, false));
  const auto nace_descriptions = nonEmpty(joinNace(o.nace_codes, true));
  const auto parent = nonEmpty(o.parent_organisation_number);
  const std::string status(registerStatusCode(o.register_status));
  *lease << kRefreshOrganisation, soci::use(o.id, "id"), soci::use(o.name, "name"),
      soci::use(search_name, "search_name"), soci::use(form, "form"),
      soci::use(form_description, "form_description"), soci::use(address, "address"),
      soci::use(postal_code, "postal_code"), soci::use(postal_place, "postal_place"),
      soci::use(municipality_number, "municipality_number"),
      soci::use(municipality_name, "municipality_name"), soci::use(nace_codes, "nace_codes"),
      soci::use(nace_descriptions, "nace_descriptions"), soci::use(parent, "parent"),
      soci::use(status, "status"), soci::use(o.register_fetched_at, "fetched_at"),
      soci::use(o.updated_at, "updated_at");
}

std::optional<OrganisationRecord> findOrganisationByNumber(db::Database::Lease& lease,
                                                           const std::string& number) {
  auto rows = queryOrganisations(lease, selectOrganisations() + " WHERE organisasjonsnummer = :number",
                                 {{"number", number}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<OrganisationRecord> findOrganisationById(db::Database::Lease& lease,
                                                       const std::string& id) {
  auto rows = queryOrganisations(lease, selectOrganisations() + " WHERE id = :id", {{"id", id}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<OrganisationRecord> listOrganisations(db::Database::Lease& lease,
                                                  const OrganisationFilter& filter,
                                                  OrganisationSort sort, std::int64_t offset,
                                                  std::int64_t limit) {
  Parameters parameters;
  std::string sql = selectOrganisations() + whereClause(filter, parameters) +
                    std::string(orderBy(sort)) + " LIMIT :limit OFFSET :offset";
  return queryOrganisations(lease, sql, parameters, {{"limit", limit}, {"offset", offset}});
}

std::int64_t countOrganisations(db::Database::Lease& lease, const OrganisationFilter& filter) {
  Parameters parameters;
  const std::string sql = "SELECT COUNT(*) FROM organisations" + whereClause(filter, parameters);
  std::int64_t count = 0;
  {
    soci::statement statement(*lease);
    statement.exchange(soci::into(count));
    for (const auto& [name, value] : parameters) statement.exchange(soci::use(value, name));
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute(true);
  }
  return count;
}

std::vector<OrganisationRecord> listOrganisationsAfter(db::Database::Lease& lease,
                                                       const OrganisationFilter& filter,
                                                       const std::optional<std::string>& after,
                                                       std::int64_t limit) {
  Parameters parameters;
  std::string sql = selectOrganisations() + whereClause(filter, parameters);
  if (after) {
    sql += " AND organisasjonsnummer > :after";
    parameters.emplace_back("after", *after);
  }
  sql += " ORDER BY organisasjonsnummer LIMIT :limit";
  return queryOrganisations(lease, sql, parameters, {{"limit", limit}});
}

void insertMembership(db::Database::Lease& lease, const MembershipRecord& m) {
  *lease << kInsertMembership, soci::use(m.id, "id"), soci::use(m.user_id, "user_id"),
      soci::use(m.organisation_id, "organisation_id"), soci::use(m.role, "role"),
      soci::use(m.status, "status"), soci::use(m.requested_at, "requested_at");
}

std::optional<MembershipRecord> findMembership(db::Database::Lease& lease, const std::string& id) {
  auto rows = queryMemberships(lease, selectMemberships() + " WHERE m.id = :id", {{"id", id}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<MembershipRecord> findMembershipFor(db::Database::Lease& lease,
                                                  const std::string& user_id,
                                                  const std::string& organisation_id,
                                                  const std::string& role) {
  auto rows = queryMemberships(
      lease,
      selectMemberships() +
          " WHERE m.user_id = :user_id AND m.organisation_id = :organisation_id AND m.role = :role",
      {{"user_id", user_id}, {"organisation_id", organisation_id}, {"role", role}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

bool reopenMembership(db::Database::Lease& lease, const std::string& id, std::int64_t now) {
  soci::statement statement =
      (lease->prepare << kReopenMembership, soci::use(id, "id"), soci::use(now, "now"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

bool decideMembership(db::Database::Lease& lease, const std::string& id, const std::string& status,
                      std::int64_t decided_at, const std::string& decided_by,
                      const std::string& note) {
  const auto note_value = nonEmpty(note);
  const auto decided_by_value = nonEmpty(decided_by);  // empty: decided by seed-demo, no person
  soci::statement statement =
      (lease->prepare << kDecideMembership, soci::use(id, "id"), soci::use(status, "status"),
       soci::use(decided_at, "decided_at"), soci::use(decided_by_value, "decided_by"),
       soci::use(note_value, "note"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

bool revokeMembership(db::Database::Lease& lease, const std::string& id, std::int64_t decided_at,
                      const std::string& decided_by, const std::string& note) {
  const auto note_value = nonEmpty(note);
  const auto decided_by_value = nonEmpty(decided_by);
  soci::statement statement =
      (lease->prepare << kRevokeMembership, soci::use(id, "id"),
       soci::use(decided_at, "decided_at"), soci::use(decided_by_value, "decided_by"),
       soci::use(note_value, "note"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

std::vector<MembershipRecord> listMemberships(db::Database::Lease& lease,
                                              const std::string& organisation_id) {
  return queryMemberships(
      lease,
      selectMemberships() +
          " WHERE m.organisation_id = :organisation_id"
          " ORDER BY CASE m.status WHEN 'pending' THEN 0 WHEN 'verified' THEN 1 ELSE 2 END,"
          " u.display_name, m.role",
      {{"organisation_id", organisation_id}});
}

bool hasVerifiedAdmin(db::Database::Lease& lease, const std::string& organisation_id) {
  std::int64_t count = 0;
  *lease << kHasVerifiedAdmin, soci::into(count), soci::use(organisation_id, "organisation_id");
  return count > 0;
}

std::optional<std::string> findUserIdByEmail(db::Database::Lease& lease, const std::string& email) {
  std::string id;
  soci::indicator indicator = soci::i_null;
  *lease << kUserByEmail, soci::into(id, indicator), soci::use(email, "email");
  if (!lease->got_data() || indicator != soci::i_ok) return std::nullopt;
  return id;
}

}  // namespace repository
}  // namespace masseflyt::identity::organisations
