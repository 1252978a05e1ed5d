#include "modules/registry/sites/infra/site_repository.hpp"

#include <soci/soci.h>

#include <cmath>
#include <string_view>
#include <utility>

#include "modules/registry/common/sql_lists.hpp"
#include "platform/core/text.hpp"
#include "platform/db/optional.hpp"

namespace masseflyt::registry::sites {
namespace {

constexpr std::string_view kSiteColumns = R"sql(
  s.id, s.organisation_id, s.kind, s.name, s.description, s.address, s.lat, s.lon,
  s.area_geojson, s.municipality_number, s.opening_hours, s.contact_name, s.contact_phone,
  s.contact_email, s.fraction_groups, s.capacity_kg_per_year, s.remaining_kg,
  s.fee_ore_per_tonne, s.publish_fees, s.source, s.is_demo, s.created_at, s.updated_at,
  s.import_source, s.import_key, s.import_licence, s.source_url, s.import_orgnr, s.imported_at,
  s.claimed_at, s.claimed_by, s.owner_edited_fields, s.vanished_at)sql";

constexpr std::string_view kInsertSite = R"sql(
INSERT INTO registry_sites (id, organisation_id, kind, name, sort_name, search_text, description,
  address, lat, lon, area_geojson, municipality_number, opening_hours, contact_name,
  contact_phone, contact_email, fraction_groups, capacity_kg_per_year, remaining_kg,
  fee_ore_per_tonne, publish_fees, source, is_demo, created_at, updated_at, import_source,
  import_key, import_licence, source_url, import_orgnr, imported_at, claimed_at, claimed_by,
  owner_edited_fields, vanished_at)
VALUES (:id, :organisation_id, :kind, :name, :sort_name, :search_text, :description, :address,
  :lat, :lon, :area, :municipality, :opening_hours, :contact_name, :contact_phone,
  :contact_email, :fractions, :capacity, :remaining, :fee, :publish_fees, :source, :is_demo,
  :created_at, :updated_at, :import_source, :import_key, :import_licence, :source_url,
  :import_orgnr, :imported_at, :claimed_at, :claimed_by, :owner_edited, :vanished_at))sql";

constexpr std::string_view kUpdateSite = R"sql(
UPDATE registry_sites
   SET organisation_id = :organisation_id, kind = :kind, name = :name, sort_name = :sort_name,
       search_text = :search_text, description = :description, address = :address, lat = :lat,
       lon = :lon, area_geojson = :area, municipality_number = :municipality,
       opening_hours = :opening_hours, contact_name = :contact_name,
       contact_phone = :contact_phone, contact_email = :contact_email,
       fraction_groups = :fractions, capacity_kg_per_year = :capacity,
       remaining_kg = :remaining, fee_ore_per_tonne = :fee, publish_fees = :publish_fees,
       source = :source, is_demo = :is_demo, created_at = :created_at, updated_at = :updated_at,
       import_source = :import_source, import_key = :import_key,
       import_licence = :import_licence, source_url = :source_url, import_orgnr = :import_orgnr,
       imported_at = :imported_at, claimed_at = :claimed_at, claimed_by = :claimed_by,
       owner_edited_fields = :owner_edited, vanished_at = :vanished_at
 WHERE id = :id)sql";

constexpr std::string_view kPermitColumns = R"sql(
  id, site_id, permit_type, authority, reference, valid_from, valid_to, fraction_groups,
  max_condition_class, max_annual_kg, document_url, created_at, updated_at, document_file,
  document_name, document_bytes, document_uploaded_at)sql";

constexpr std::string_view kInsertPermit = R"sql(
INSERT INTO registry_site_permits (id, site_id, permit_type, authority, reference, valid_from,
  valid_to, fraction_groups, max_condition_class, max_annual_kg, document_url, created_at,
  updated_at)
VALUES (:id, :site_id, :type, :authority, :reference, :valid_from, :valid_to, :fractions,
  :condition_class, :max_annual, :document_url, :created_at, :updated_at))sql";

constexpr std::string_view kUpdatePermit = R"sql(
UPDATE registry_site_permits
   SET permit_type = :type, authority = :authority, reference = :reference,
       valid_from = :valid_from, valid_to = :valid_to, fraction_groups = :fractions,
       max_condition_class = :condition_class, max_annual_kg = :max_annual,
       document_url = :document_url, created_at = :created_at, updated_at = :updated_at
 WHERE id = :id AND site_id = :site_id)sql";

// The uploaded document changes on its own, so an edit of the other fields made from an older
// read can never drop a document uploaded meanwhile (and the other way round).
constexpr std::string_view kSetPermitDocument = R"sql(
UPDATE registry_site_permits
   SET document_file = :document_file, document_name = :document_name,
       document_bytes = :document_bytes, document_uploaded_at = :document_uploaded_at,
       updated_at = :updated_at
 WHERE id = :id)sql";

constexpr std::string_view kCountDemoSites = "SELECT COUNT(*) FROM registry_sites WHERE is_demo = 1";

// A permit valid on the day: from <= day <= to (to open-ended when NULL). Dates are ISO text, so
// string comparison is date comparison on both engines.
constexpr std::string_view kValidOnFilter = R"sql(
 AND EXISTS (SELECT 1 FROM registry_site_permits p
              WHERE p.site_id = s.id AND p.valid_from <= :valid_on_a
                AND (p.valid_to IS NULL OR p.valid_to >= :valid_on_b)))sql";

std::string joinKeys(const std::vector<std::string>& keys) {
  std::string out = ",";
  for (const auto& key : keys) out += key + ",";
  return out;
}

std::vector<std::string> splitKeys(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<std::string> nonEmpty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

struct SiteRow {
  Site site;
  std::optional<std::string> description, address, area, opening_hours, contact_name,
      contact_phone, contact_email;
  std::string fractions;
  int publish_fees = 0, is_demo = 0;
  std::optional<std::string> import_source, import_key, import_licence, source_url, import_orgnr,
      claimed_by;
  std::string owner_edited;

  void bind(soci::statement& st) {
    st.exchange(soci::into(site.id));
    st.exchange(soci::into(site.organisation_id));
    st.exchange(soci::into(site.kind));
    st.exchange(soci::into(site.name));
    st.exchange(soci::into(description));
    st.exchange(soci::into(address));
    st.exchange(soci::into(site.lat));
    st.exchange(soci::into(site.lon));
    st.exchange(soci::into(area));
    st.exchange(soci::into(site.municipality_number));
    st.exchange(soci::into(opening_hours));
    st.exchange(soci::into(contact_name));
    st.exchange(soci::into(contact_phone));
    st.exchange(soci::into(contact_email));
    st.exchange(soci::into(fractions));
    st.exchange(soci::into(site.capacity_kg_per_year));
    st.exchange(soci::into(site.remaining_kg));
    st.exchange(soci::into(site.fee_ore_per_tonne));
    st.exchange(soci::into(publish_fees));
    st.exchange(soci::into(site.source));
    st.exchange(soci::into(is_demo));
    st.exchange(soci::into(site.created_at));
    st.exchange(soci::into(site.updated_at));
    st.exchange(soci::into(import_source));
    st.exchange(soci::into(import_key));
    st.exchange(soci::into(import_licence));
    st.exchange(soci::into(source_url));
    st.exchange(soci::into(import_orgnr));
    st.exchange(soci::into(site.imported_at));
    st.exchange(soci::into(site.claimed_at));
    st.exchange(soci::into(claimed_by));
    st.exchange(soci::into(owner_edited));
    st.exchange(soci::into(site.vanished_at));
  }

  Site get() const {
    Site out = site;
    out.description = description.value_or("");
    out.address = address.value_or("");
    out.area_geojson = area.value_or("");
    out.opening_hours = opening_hours.value_or("");
    out.contact_name = contact_name.value_or("");
    out.contact_phone = contact_phone.value_or("");
    out.contact_email = contact_email.value_or("");
    out.fraction_groups = splitKeys(fractions);
    out.publish_fees = publish_fees != 0;
    out.is_demo = is_demo != 0;
    out.import_source = import_source.value_or("");
    out.import_key = import_key.value_or("");
    out.import_licence = import_licence.value_or("");
    out.source_url = source_url.value_or("");
    out.import_orgnr = import_orgnr.value_or("");
    out.claimed_by = claimed_by.value_or("");
    out.owner_edited_fields = splitKeys(owner_edited);
    return out;
  }
};

struct PermitRow {
  Permit permit;
  std::optional<std::string> reference, valid_to, document_url, document_file, document_name;
  std::optional<std::int64_t> document_bytes, document_uploaded_at;
  std::string fractions;
  std::optional<int> condition_class;

  void bind(soci::statement& st) {
    st.exchange(soci::into(permit.id));
    st.exchange(soci::into(permit.site_id));
    st.exchange(soci::into(permit.type));
    st.exchange(soci::into(permit.authority));
    st.exchange(soci::into(reference));
    st.exchange(soci::into(permit.valid_from));
    st.exchange(soci::into(valid_to));
    st.exchange(soci::into(fractions));
    st.exchange(soci::into(condition_class));
    st.exchange(soci::into(permit.max_annual_kg));
    st.exchange(soci::into(document_url));
    st.exchange(soci::into(permit.created_at));
    st.exchange(soci::into(permit.updated_at));
    st.exchange(soci::into(document_file));
    st.exchange(soci::into(document_name));
    st.exchange(soci::into(document_bytes));
    st.exchange(soci::into(document_uploaded_at));
  }

  Permit get() const {
    Permit out = permit;
    out.reference = reference.value_or("");
    out.valid_to = valid_to;
    out.document_url = document_url.value_or("");
    out.fraction_groups = splitKeys(fractions);
    out.max_condition_class = condition_class;
    if (document_file) {
      out.document = PermitDocument{.file_key = *document_file,
                                    .name = document_name.value_or(""),
                                    .size_bytes = document_bytes.value_or(0),
                                    .uploaded_at = document_uploaded_at.value_or(0)};
    }
    return out;
  }
};

using common::sql::Parameters;

template <typename Row>
auto query(db::Database::Lease& lease, const std::string& sql, const Parameters& p) {
  return common::sql::queryRows<Row>(lease, sql, p, [](const Row& row) { return row.get(); });
}

std::string whereClause(const SiteFilter& filter, Parameters& p) {
  std::string where = " WHERE 1 = 1";
  if (!filter.kinds.empty()) {
    where += " AND s.kind IN (";
    for (std::size_t i = 0; i < filter.kinds.size(); ++i) {
      const std::string name = "kind" + std::to_string(i);
      where += (i > 0 ? ", :" : ":") + name;
      p.text.emplace_back(name, filter.kinds[i]);
    }
    where += ")";
  }
  if (!filter.municipality_number.empty()) {
    where += " AND s.municipality_number = :municipality";
    p.text.emplace_back("municipality", filter.municipality_number);
  }
  if (!filter.fraction_group.empty()) {
    where += " AND s.fraction_groups LIKE :fraction ESCAPE '\\'";
    p.text.emplace_back("fraction", "%," + text::likeEscape(filter.fraction_group) + ",%");
  }
  if (!filter.valid_on.empty()) {
    where += kValidOnFilter;
    p.text.emplace_back("valid_on_a", filter.valid_on);
    p.text.emplace_back("valid_on_b", filter.valid_on);
  }
  if (filter.min_remaining_kg) {
    where += " AND s.remaining_kg >= :min_remaining";
    p.numbers.emplace_back("min_remaining", *filter.min_remaining_kg);
  }
  if (!filter.search.empty()) {
    where += " AND s.search_text LIKE :search ESCAPE '\\'";
    p.text.emplace_back("search", "%" + text::likeEscape(text::foldCase(filter.search)) + "%");
  }
  if (!filter.organisation_id.empty()) {
    where += " AND s.organisation_id = :organisation_id";
    p.text.emplace_back("organisation_id", filter.organisation_id);
  }
  return where;
}

std::string_view orderBy(SiteSort sort) {
  switch (sort) {
    case SiteSort::Name: return " ORDER BY s.sort_name, s.id";
    case SiteSort::Municipality: return " ORDER BY s.municipality_number, s.sort_name, s.id";
    case SiteSort::Capacity:
      return " ORDER BY COALESCE(s.remaining_kg, -1) DESC, s.sort_name, s.id";
    case SiteSort::Updated: return " ORDER BY s.updated_at DESC, s.id";
  }
  return " ORDER BY s.sort_name, s.id";
}

std::string selectSites() {
  return "SELECT " + std::string(kSiteColumns) + " FROM registry_sites s";
}

std::string selectPermits() {
  return "SELECT " + std::string(kPermitColumns) + " FROM registry_site_permits";
}

struct SiteBinding {
  std::string sort_name, search_text, fractions;
  std::optional<std::string> description, address, area, opening_hours, contact_name,
      contact_phone, contact_email;
  int publish_fees = 0, is_demo = 0;
  std::optional<std::string> import_source, import_key, import_licence, source_url, import_orgnr,
      claimed_by;
  std::string owner_edited;

  explicit SiteBinding(const Site& s)
      : sort_name(text::foldCase(s.name)),
        search_text(text::foldCase(s.name + "\n" + s.description + "\n" + s.address)),
        fractions(joinKeys(s.fraction_groups)),
        description(nonEmpty(s.description)),
        address(nonEmpty(s.address)),
        area(nonEmpty(s.area_geojson)),
        opening_hours(nonEmpty(s.opening_hours)),
        contact_name(nonEmpty(s.contact_name)),
        contact_phone(nonEmpty(s.contact_phone)),
        contact_email(nonEmpty(s.contact_email)),
        publish_fees(s.publish_fees ? 1 : 0),
        is_demo(s.is_demo ? 1 : 0),
        import_source(nonEmpty(s.import_source)),
        import_key(nonEmpty(s.import_key)),
        import_licence(nonEmpty(s.import_licence)),
        source_url(nonEmpty(s.source_url)),
        import_orgnr(nonEmpty(s.import_orgnr)),
        claimed_by(nonEmpty(s.claimed_by)),
        owner_edited(s.owner_edited_fields.empty() ? "" : joinKeys(s.owner_edited_fields)) {}
};

void runSite(db::Database::Lease& lease, std::string_view sql, const Site& s) {
  const SiteBinding b(s);
  *lease << sql, soci::use(s.id, "id"), soci::use(s.organisation_id, "organisation_id"),
      soci::use(s.kind, "kind"), soci::use(s.name, "name"), soci::use(b.sort_name, "sort_name"),
      soci::use(b.search_text, "search_text"), soci::use(b.description, "description"),
      soci::use(b.address, "address"), soci::use(s.lat, "lat"), soci::use(s.lon, "lon"),
      soci::use(b.area, "area"), soci::use(s.municipality_number, "municipality"),
      soci::use(b.opening_hours, "opening_hours"), soci::use(b.contact_name, "contact_name"),
      soci::use(b.contact_phone, "contact_phone"), soci::use(b.contact_email, "contact_email"),
      soci::use(b.fractions, "fractions"), soci::use(s.capacity_kg_per_year, "capacity"),
      soci::use(s.remaining_kg, "remaining"), soci::use(s.fee_ore_per_tonne, "fee"),
      soci::use(b.publish_fees, "publish_fees"), soci::use(s.source, "source"),
      soci::use(b.is_demo, "is_demo"), soci::use(s.created_at, "created_at"),
      soci::use(s.updated_at, "updated_at"), soci::use(b.import_source, "import_source"),
      soci::use(b.import_key, "import_key"), soci::use(b.import_licence, "import_licence"),
      soci::use(b.source_url, "source_url"), soci::use(b.import_orgnr, "import_orgnr"),
      soci::use(s.imported_at, "imported_at"), soci::use(s.claimed_at, "claimed_at"),
      soci::use(b.claimed_by, "claimed_by"), soci::use(b.owner_edited, "owner_edited"),
      soci::use(s.vanished_at, "vanished_at");
}

void runPermit(db::Database::Lease& lease, std::string_view sql, const Permit& p) {
  const auto reference = nonEmpty(p.reference);
  const auto document_url = nonEmpty(p.document_url);
  const std::string fractions = joinKeys(p.fraction_groups);
  *lease << sql, soci::use(p.id, "id"), soci::use(p.site_id, "site_id"), soci::use(p.type, "type"),
      soci::use(p.authority, "authority"), soci::use(reference, "reference"),
      soci::use(p.valid_from, "valid_from"), soci::use(p.valid_to, "valid_to"),
      soci::use(fractions, "fractions"), soci::use(p.max_condition_class, "condition_class"),
      soci::use(p.max_annual_kg, "max_annual"), soci::use(document_url, "document_url"),
      soci::use(p.created_at, "created_at"), soci::use(p.updated_at, "updated_at");
}

struct DocumentColumns {
  std::optional<std::string> file, name;
  std::optional<std::int64_t> bytes, uploaded_at;

  explicit DocumentColumns(const std::optional<PermitDocument>& document) {
    if (!document) return;
    file = document->file_key;
    name = document->name;
    bytes = document->size_bytes;
    uploaded_at = document->uploaded_at;
  }
};

void writePermitDocument(db::Database::Lease& lease, const std::string& permit_id,
                         const std::optional<PermitDocument>& document, std::int64_t updated_at) {
  const DocumentColumns c(document);
  *lease << kSetPermitDocument, soci::use(c.file, "document_file"), soci::use(c.name, "document_name"),
      soci::use(c.bytes, "document_bytes"), soci::use(c.uploaded_at, "document_uploaded_at"),
      soci::use(updated_at, "updated_at"), soci::use(permit_id, "id");
}

}  // namespace

namespace repository {

void insertSite(db::Database::Lease& lease, const Site& site) { runSite(lease, kInsertSite, site); }
void updateSite(db::Database::Lease& lease, const Site& site) { runSite(lease, kUpdateSite, site); }

std::optional<Site> findSite(db::Database::Lease& lease, const std::string& id) {
  Parameters p;
  p.text.emplace_back("id", id);
  auto rows = query<SiteRow>(lease, selectSites() + " WHERE s.id = :id", p);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<Site> listSites(db::Database::Lease& lease, const SiteFilter& filter, SiteSort sort,
                            std::int64_t offset, std::int64_t limit) {
  Parameters p;
  std::string sql = selectSites() + whereClause(filter, p) + std::string(orderBy(sort)) +
                    " LIMIT :limit OFFSET :offset";
  p.numbers.emplace_back("limit", limit);
  p.numbers.emplace_back("offset", offset);
  return query<SiteRow>(lease, sql, p);
}

std::int64_t countSites(db::Database::Lease& lease, const SiteFilter& filter) {
  Parameters p;
  return common::sql::count(lease, "SELECT COUNT(*) FROM registry_sites s" + whereClause(filter, p), p);
}

std::vector<Site> listSitesAfter(db::Database::Lease& lease, const SiteFilter& filter,
                                 const std::optional<std::string>& after_id, std::int64_t limit) {
  Parameters p;
  std::string sql = selectSites() + whereClause(filter, p);
  sql += common::sql::keysetPage("s.id", after_id, limit, p);
  return query<SiteRow>(lease, sql, p);
}

std::vector<Site> sitesInBox(db::Database::Lease& lease, double lat, double lon, double radius_m) {
  // One degree of latitude is ~111.2 km everywhere; a degree of longitude shrinks with cos(lat).
  constexpr double kMetresPerDegree = 111'195.0;
  constexpr double kPi = 3.14159265358979323846;
  const double dlat = radius_m / kMetresPerDegree;
  const double dlon = radius_m / (kMetresPerDegree * std::max(0.01, std::cos(lat * kPi / 180.0)));
  Parameters p;
  p.reals = {{"min_lat", lat - dlat}, {"max_lat", lat + dlat}, {"min_lon", lon - dlon},
             {"max_lon", lon + dlon}};
  return query<SiteRow>(
      lease,
      selectSites() +
          " WHERE s.lat BETWEEN :min_lat AND :max_lat AND s.lon BETWEEN :min_lon AND :max_lon",
      p);
}

std::vector<Site> importedSites(db::Database::Lease& lease, const std::string& source) {
  Parameters p;
  p.text.emplace_back("source", source);
  return query<SiteRow>(lease, selectSites() + " WHERE s.import_source = :source ORDER BY s.id", p);
}

std::int64_t countDemoSites(db::Database::Lease& lease) {
  std::int64_t count = 0;
  *lease << kCountDemoSites, soci::into(count);
  return count;
}

void insertPermit(db::Database::Lease& lease, const Permit& permit) {
  runPermit(lease, kInsertPermit, permit);
  if (permit.document) writePermitDocument(lease, permit.id, permit.document, permit.updated_at);
}
void updatePermit(db::Database::Lease& lease, const Permit& permit) {
  runPermit(lease, kUpdatePermit, permit);
}
void setPermitDocument(db::Database::Lease& lease, const std::string& permit_id,
                       const std::optional<PermitDocument>& document, std::int64_t updated_at) {
  writePermitDocument(lease, permit_id, document, updated_at);
}

std::optional<Permit> findPermit(db::Database::Lease& lease, const std::string& id) {
  Parameters p;
  p.text.emplace_back("id", id);
  auto rows = query<PermitRow>(lease, selectPermits() + " WHERE id = :id", p);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<Permit> permitsForSite(db::Database::Lease& lease, const std::string& site_id) {
  Parameters p;
  p.text.emplace_back("site_id", site_id);
  return query<PermitRow>(
      lease, selectPermits() + " WHERE site_id = :site_id ORDER BY valid_from, id", p);
}

std::map<std::string, std::vector<Permit>> permitsForSites(db::Database::Lease& lease,
                                                           const std::vector<std::string>& site_ids) {
  std::map<std::string, std::vector<Permit>> out;
  // In chunks so the parameter count stays far below either engine's limit.
  constexpr std::size_t kChunk = 200;
  for (std::size_t start = 0; start < site_ids.size(); start += kChunk) {
    Parameters p;
    std::string sql = selectPermits() + " WHERE site_id IN (";
    for (std::size_t i = start; i < std::min(site_ids.size(), start + kChunk); ++i) {
      const std::string name = "s" + std::to_string(i - start);
      sql += (i > start ? ", :" : ":") + name;
      p.text.emplace_back(name, site_ids[i]);
    }
    sql += ") ORDER BY valid_from, id";
    for (auto& permit : query<PermitRow>(lease, sql, p)) {
      out[permit.site_id].push_back(std::move(permit));
    }
  }
  return out;
}

}  // namespace repository
}  // namespace masseflyt::registry::sites
