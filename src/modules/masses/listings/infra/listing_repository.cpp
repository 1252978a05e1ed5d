#include "modules/masses/listings/infra/listing_repository.hpp"

#include <soci/soci.h>

#include <cmath>
#include <string_view>

#include "modules/registry/common/sql_lists.hpp"
#include "platform/core/text.hpp"
#include "platform/db/optional.hpp"

namespace masseflyt::masses::listings::repository {
namespace {

constexpr std::string_view kColumns = R"sql(
  l.id, l.kind, l.status, l.organisation_id, l.project_id, l.site_id, l.title, l.description,
  l.fraction_key, l.fraction_group, l.catalog_version, l.entered_unit, l.entered_kg,
  l.entered_dm3, l.entered_state, l.quantity_kg, l.reserved_kg, l.density_kg_per_m3,
  l.swell_permille, l.placed_permille, l.factor_source, l.factors_overridden, l.period_from,
  l.period_to, l.price_kind, l.price_ore, l.transport_needed, l.transport_by, l.lat, l.lon,
  l.municipality_number, l.place_name, l.plan_line_id, l.is_demo, l.published_at, l.created_at,
  l.updated_at)sql";

constexpr std::string_view kInsert = R"sql(
INSERT INTO masses_listings (id, kind, status, organisation_id, project_id, site_id, title,
  description, search_text, fraction_key, fraction_group, catalog_version, entered_unit,
  entered_kg, entered_dm3, entered_state, quantity_kg, reserved_kg, density_kg_per_m3,
  swell_permille, placed_permille, factor_source, factors_overridden, period_from, period_to,
  price_kind, price_ore, transport_needed, transport_by, lat, lon, municipality_number,
  place_name, plan_line_id, is_demo, published_at, created_at, updated_at)
VALUES (:id, :kind, :status, :organisation_id, :project_id, :site_id, :title, :description,
  :search_text, :fraction_key, :fraction_group, :catalog_version, :entered_unit, :entered_kg,
  :entered_dm3, :entered_state, :quantity_kg, :reserved_kg, :density, :swell, :placed,
  :factor_source, :overridden, :period_from, :period_to, :price_kind, :price_ore,
  :transport_needed, :transport_by, :lat, :lon, :municipality, :place_name, :plan_line_id,
  :is_demo, :published_at, :created_at, :updated_at))sql";

constexpr std::string_view kUpdate = R"sql(
UPDATE masses_listings
   SET kind = :kind, status = :status, organisation_id = :organisation_id,
       project_id = :project_id, site_id = :site_id, title = :title, description = :description,
       search_text = :search_text, fraction_key = :fraction_key, fraction_group = :fraction_group,
       catalog_version = :catalog_version, entered_unit = :entered_unit, entered_kg = :entered_kg,
       entered_dm3 = :entered_dm3, entered_state = :entered_state, quantity_kg = :quantity_kg,
       reserved_kg = :reserved_kg, density_kg_per_m3 = :density, swell_permille = :swell,
       placed_permille = :placed, factor_source = :factor_source,
       factors_overridden = :overridden, period_from = :period_from, period_to = :period_to,
       price_kind = :price_kind, price_ore = :price_ore, transport_needed = :transport_needed,
       transport_by = :transport_by, lat = :lat, lon = :lon, municipality_number = :municipality,
       place_name = :place_name, plan_line_id = :plan_line_id, is_demo = :is_demo,
       published_at = :published_at, created_at = :created_at, updated_at = :updated_at
 WHERE id = :id)sql";

constexpr std::string_view kDeletePhases = "DELETE FROM masses_listing_phases WHERE listing_id = :id";
constexpr std::string_view kInsertPhase = R"sql(
INSERT INTO masses_listing_phases (listing_id, period_start, granularity, quantity_kg)
VALUES (:id, :start, :granularity, :kg))sql";
constexpr std::string_view kSelectPhases = R"sql(
SELECT listing_id, period_start, granularity, quantity_kg FROM masses_listing_phases
 WHERE listing_id IN )sql";
constexpr std::string_view kCountDemo = "SELECT COUNT(*) FROM masses_listings WHERE is_demo = 1";

constexpr double kMetresPerDegree = 111'320.0;

std::optional<std::string> nonEmpty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

struct Row {
  Listing l;
  std::string kind, status, unit;
  std::optional<std::string> project_id, site_id, description, entered_state, transport_by,
      plan_line_id;
  std::optional<std::int64_t> entered_kg, entered_dm3;
  int density = 0, swell = 0, placed = 0, overridden = 0, transport_needed = 0, is_demo = 0;
  std::string price_kind;

  void bind(soci::statement& st) {
    st.exchange(soci::into(l.id));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(status));
    st.exchange(soci::into(l.organisation_id));
    st.exchange(soci::into(project_id));
    st.exchange(soci::into(site_id));
    st.exchange(soci::into(l.title));
    st.exchange(soci::into(description));
    st.exchange(soci::into(l.fraction_key));
    st.exchange(soci::into(l.fraction_group));
    st.exchange(soci::into(l.catalog_version));
    st.exchange(soci::into(unit));
    st.exchange(soci::into(entered_kg));
    st.exchange(soci::into(entered_dm3));
    st.exchange(soci::into(entered_state));
    st.exchange(soci::into(l.quantity_kg));
    st.exchange(soci::into(l.reserved_kg));
    st.exchange(soci::into(density));
    st.exchange(soci::into(swell));
    st.exchange(soci::into(placed));
    st.exchange(soci::into(l.factors.source));
    st.exchange(soci::into(overridden));
    st.exchange(soci::into(l.period_from));
    st.exchange(soci::into(l.period_to));
    st.exchange(soci::into(price_kind));
    st.exchange(soci::into(l.price_ore));
    st.exchange(soci::into(transport_needed));
    st.exchange(soci::into(transport_by));
    st.exchange(soci::into(l.lat));
    st.exchange(soci::into(l.lon));
    st.exchange(soci::into(l.municipality_number));
    st.exchange(soci::into(l.place_name));
    st.exchange(soci::into(plan_line_id));
    st.exchange(soci::into(is_demo));
    st.exchange(soci::into(l.published_at));
    st.exchange(soci::into(l.created_at));
    st.exchange(soci::into(l.updated_at));
  }

  Listing get() const {
    Listing out = l;
    out.kind = parseKind(kind).value_or(Kind::Surplus);
    out.status = parseStatus(status).value_or(Status::Draft);
    out.project_id = project_id.value_or("");
    out.site_id = site_id.value_or("");
    out.description = description.value_or("");
    out.entered.unit = unit == "m3" ? fractions::Unit::CubicMetres : fractions::Unit::Tonnes;
    out.entered.kg = entered_kg.value_or(0);
    out.entered.dm3 = entered_dm3.value_or(0);
    out.entered.state =
        fractions::parseVolumeState(entered_state.value_or("fast")).value_or(fractions::VolumeState::Solid);
    out.factors.density_kg_per_m3 = density;
    out.factors.swell_permille = swell;
    out.factors.placed_permille = placed;
    out.factors_overridden = overridden != 0;
    out.price_kind = parsePriceKind(price_kind).value_or(PriceKind::None);
    out.transport_needed = transport_needed != 0;
    out.transport_by = transport_by.value_or("");
    out.plan_line_id = plan_line_id.value_or("");
    out.is_demo = is_demo != 0;
    return out;
  }
};

void run(db::Database::Lease& lease, std::string_view sql, const Listing& l, const std::string& search_text) {
  const std::string kind(kindKey(l.kind));
  const std::string status(statusKey(l.status));
  const std::string price_kind(priceKindKey(l.price_kind));
  const bool m3 = l.entered.unit == fractions::Unit::CubicMetres;
  const std::string unit = m3 ? "m3" : "tonn";
  const std::optional<std::int64_t> entered_kg = m3 ? std::nullopt : std::optional<std::int64_t>(l.entered.kg);
  const std::optional<std::int64_t> entered_dm3 = m3 ? std::optional<std::int64_t>(l.entered.dm3) : std::nullopt;
  const std::optional<std::string> entered_state =
      m3 ? std::optional<std::string>(std::string(fractions::volumeStateKey(l.entered.state))) : std::nullopt;
  const auto project_id = nonEmpty(l.project_id);
  const auto site_id = nonEmpty(l.site_id);
  const auto description = nonEmpty(l.description);
  const auto transport_by = nonEmpty(l.transport_by);
  const auto plan_line_id = nonEmpty(l.plan_line_id);
  const int density = l.factors.density_kg_per_m3, swell = l.factors.swell_permille,
            placed = l.factors.placed_permille;
  const int overridden = l.factors_overridden ? 1 : 0;
  const int transport_needed = l.transport_needed ? 1 : 0;
  const int is_demo = l.is_demo ? 1 : 0;
  *lease << sql, soci::use(l.id, "id"), soci::use(kind, "kind"), soci::use(status, "status"),
      soci::use(l.organisation_id, "organisation_id"), soci::use(project_id, "project_id"),
      soci::use(site_id, "site_id"), soci::use(l.title, "title"),
      soci::use(description, "description"), soci::use(search_text, "search_text"),
      soci::use(l.fraction_key, "fraction_key"), soci::use(l.fraction_group, "fraction_group"),
      soci::use(l.catalog_version, "catalog_version"), soci::use(unit, "entered_unit"),
      soci::use(entered_kg, "entered_kg"), soci::use(entered_dm3, "entered_dm3"),
      soci::use(entered_state, "entered_state"), soci::use(l.quantity_kg, "quantity_kg"),
      soci::use(l.reserved_kg, "reserved_kg"), soci::use(density, "density"),
      soci::use(swell, "swell"), soci::use(placed, "placed"),
      soci::use(l.factors.source, "factor_source"), soci::use(overridden, "overridden"),
      soci::use(l.period_from, "period_from"), soci::use(l.period_to, "period_to"),
      soci::use(price_kind, "price_kind"), soci::use(l.price_ore, "price_ore"),
      soci::use(transport_needed, "transport_needed"), soci::use(transport_by, "transport_by"),
      soci::use(l.lat, "lat"), soci::use(l.lon, "lon"),
      soci::use(l.municipality_number, "municipality"), soci::use(l.place_name, "place_name"),
      soci::use(plan_line_id, "plan_line_id"), soci::use(is_demo, "is_demo"),
      soci::use(l.published_at, "published_at"), soci::use(l.created_at, "created_at"),
      soci::use(l.updated_at, "updated_at");
}

using registry::common::sql::Parameters;

std::vector<Listing> query(db::Database::Lease& lease, const std::string& sql, const Parameters& p) {
  return registry::common::sql::queryRows<Row>(lease, sql, p, [](const Row& row) { return row.get(); });
}

std::string inList(std::string_view column, std::string_view prefix, const std::vector<std::string>& values,
                   Parameters& p) {
  std::string out = std::string(" AND ") + std::string(column) + " IN (";
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string name = std::string(prefix) + std::to_string(i);
    out += (i > 0 ? ", :" : ":") + name;
    p.text.emplace_back(name, values[i]);
  }
  return out + ")";
}

// Text search is a substring match, served on each engine by the index of migration 0003. On
// SQLite that is the trigram FTS table, which needs at least three characters (a trigram) and is
// asked with GLOB; the query starts from it (CROSS JOIN fixes the order, so the planner never
// prefers walking the status index without statistics). Shorter terms match most listings
// anyway, and a plain scan is faster for them. PostgreSQL's trigram GIN index serves LIKE as is.
bool usesTextIndex(db::Engine engine, const ListingFilter& f) {
  if (engine != db::Engine::Sqlite || f.search.empty()) return false;
  std::size_t characters = 0;
  for (const char c : f.search) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return characters >= 3;
}

std::string fromClause(db::Engine engine, const ListingFilter& f) {
  return usesTextIndex(engine, f)
             ? " FROM masses_listings_text t CROSS JOIN masses_listings l ON l.id = t.listing_id"
             : " FROM masses_listings l";
}

std::string whereClause(db::Engine engine, const ListingFilter& f, const DsaRule& dsa, Parameters& p) {
  std::string where = " WHERE 1 = 1";
  if (!dsa.fraction_keys.empty()) {
    where += " AND NOT (l.kind = 'kapasitet'" + inList("l.fraction_key", "dsa", dsa.fraction_keys, p) +
             " AND (l.site_id IS NULL";
    if (!dsa.permitted_sites.empty()) {
      std::string permitted = inList("l.site_id", "dsa_site", dsa.permitted_sites, p);
      permitted.replace(permitted.find(" IN ("), 5, " NOT IN (");
      where += " OR (1 = 1" + permitted + ")";
    } else {
      where += " OR 1 = 1";
    }
    where += "))";
  }
  if (!f.kinds.empty()) {
    std::vector<std::string> keys;
    for (auto k : f.kinds) keys.emplace_back(kindKey(k));
    where += inList("l.kind", "kind", keys, p);
  }
  std::vector<std::string> statuses;
  if (f.statuses.empty()) {
    statuses = {"publisert", "delvis_reservert"};
    if (f.include_drafts) statuses.emplace_back("utkast");
  } else {
    for (auto s : f.statuses) statuses.emplace_back(statusKey(s));
  }
  where += inList("l.status", "status", statuses, p);
  if (!f.fraction_keys.empty()) where += inList("l.fraction_key", "fraction", f.fraction_keys, p);
  if (!f.fraction_group.empty()) {
    where += " AND l.fraction_group = :fraction_group";
    p.text.emplace_back("fraction_group", f.fraction_group);
  }
  if (f.min_kg) {
    where += " AND l.quantity_kg - l.reserved_kg >= :min_kg";
    p.numbers.emplace_back("min_kg", *f.min_kg);
  }
  if (f.max_kg) {
    where += " AND l.quantity_kg - l.reserved_kg <= :max_kg";
    p.numbers.emplace_back("max_kg", *f.max_kg);
  }
  // Period overlap: the listing starts before the wanted period ends and ends after it starts
  // (ISO dates compare as text on both engines).
  if (!f.period_to.empty()) {
    where += " AND l.period_from <= :period_to";
    p.text.emplace_back("period_to", f.period_to);
  }
  if (!f.period_from.empty()) {
    where += " AND l.period_to >= :period_from";
    p.text.emplace_back("period_from", f.period_from);
  }
  if (f.radius_m && f.near_lat && f.near_lon) {
    const double dlat = *f.radius_m / kMetresPerDegree;
    const double cos_lat = std::max(0.01, std::cos(*f.near_lat * M_PI / 180.0));
    const double dlon = *f.radius_m / (kMetresPerDegree * cos_lat);
    where += " AND l.lat BETWEEN :lat_min AND :lat_max AND l.lon BETWEEN :lon_min AND :lon_max";
    p.reals.emplace_back("lat_min", *f.near_lat - dlat);
    p.reals.emplace_back("lat_max", *f.near_lat + dlat);
    p.reals.emplace_back("lon_min", *f.near_lon - dlon);
    p.reals.emplace_back("lon_max", *f.near_lon + dlon);
  }
  if (!f.municipality_number.empty()) {
    where += " AND l.municipality_number = :municipality";
    p.text.emplace_back("municipality", f.municipality_number);
  }
  if (!f.organisation_id.empty()) {
    where += " AND l.organisation_id = :organisation_id";
    p.text.emplace_back("organisation_id", f.organisation_id);
  }
  if (!f.project_id.empty()) {
    where += " AND l.project_id = :project_id";
    p.text.emplace_back("project_id", f.project_id);
  }
  if (!f.search.empty()) {
    if (usesTextIndex(engine, f)) {
      where += " AND t.search_text GLOB :search";
      p.text.emplace_back("search", "*" + text::globEscape(text::foldCase(f.search)) + "*");
    } else {
      where += " AND l.search_text LIKE :search ESCAPE '\\'";
      p.text.emplace_back("search", "%" + text::likeEscape(text::foldCase(f.search)) + "%");
    }
  }
  return where;
}

std::string_view orderBy(SqlOrder order) {
  switch (order) {
    case SqlOrder::Date: return " ORDER BY l.period_from, l.id";
    case SqlOrder::QuantityDesc: return " ORDER BY l.quantity_kg - l.reserved_kg DESC, l.id";
    case SqlOrder::QuantityAsc: return " ORDER BY l.quantity_kg - l.reserved_kg, l.id";
    case SqlOrder::Newest: return " ORDER BY l.updated_at DESC, l.id";
    case SqlOrder::Id: return " ORDER BY l.id";
  }
  return " ORDER BY l.id";
}

std::string selectListings(std::string_view from = " FROM masses_listings l") {
  return "SELECT " + std::string(kColumns) + std::string(from);
}

}  // namespace

void insertListing(db::Database::Lease& lease, const Listing& listing, const std::string& search_text) {
  run(lease, kInsert, listing, search_text);
  replacePhases(lease, listing);
}

void updateListing(db::Database::Lease& lease, const Listing& listing, const std::string& search_text) {
  run(lease, kUpdate, listing, search_text);
  replacePhases(lease, listing);
}

void replacePhases(db::Database::Lease& lease, const Listing& listing) {
  *lease << kDeletePhases, soci::use(listing.id, "id");
  for (const auto& phase : listing.phases) {
    *lease << kInsertPhase, soci::use(listing.id, "id"), soci::use(phase.period_start, "start"),
        soci::use(phase.granularity, "granularity"), soci::use(phase.quantity_kg, "kg");
  }
}

std::optional<Listing> findListing(db::Database::Lease& lease, const std::string& id) {
  Parameters p;
  p.text.emplace_back("id", id);
  auto rows = query(lease, selectListings() + " WHERE l.id = :id", p);
  if (rows.empty()) return std::nullopt;
  auto phases = phasesFor(lease, {id});
  rows.front().phases = std::move(phases[id]);
  return std::move(rows.front());
}

std::optional<Listing> findByPlanLine(db::Database::Lease& lease, const std::string& plan_line_id) {
  Parameters p;
  p.text.emplace_back("plan_line", plan_line_id);
  auto rows = query(lease, selectListings() + " WHERE l.plan_line_id = :plan_line ORDER BY l.id", p);
  if (rows.empty()) return std::nullopt;
  const std::string id = rows.front().id;
  auto phases = phasesFor(lease, {id});
  rows.front().phases = std::move(phases[id]);
  return std::move(rows.front());
}

std::vector<Listing> search(db::Database::Lease& lease, const ListingFilter& filter, const DsaRule& dsa,
                            SqlOrder order, std::int64_t offset, std::int64_t limit) {
  Parameters p;
  std::string sql = selectListings(fromClause(lease.engine(), filter)) + whereClause(lease.engine(), filter, dsa, p) +
                    std::string(orderBy(order));
  if (limit >= 0) {
    sql += " LIMIT :limit OFFSET :offset";
    p.numbers.emplace_back("limit", limit);
    p.numbers.emplace_back("offset", offset);
  }
  return query(lease, sql, p);
}

std::int64_t count(db::Database::Lease& lease, const ListingFilter& filter, const DsaRule& dsa) {
  Parameters p;
  const std::string sql =
      "SELECT COUNT(*)" + fromClause(lease.engine(), filter) + whereClause(lease.engine(), filter, dsa, p);
  return registry::common::sql::count(lease, sql, p);
}

std::vector<std::string> capacitySites(db::Database::Lease& lease,
                                       const std::vector<std::string>& fraction_keys) {
  if (fraction_keys.empty()) return {};
  Parameters p;
  const std::string sql =
      "SELECT DISTINCT l.site_id FROM masses_listings l WHERE l.kind = 'kapasitet'"
      " AND l.site_id IS NOT NULL AND l.status IN ('publisert', 'delvis_reservert')" +
      inList("l.fraction_key", "dsa", fraction_keys, p) + " ORDER BY l.site_id";
  struct IdRow {
    std::string id;
    void bind(soci::statement& st) { st.exchange(soci::into(id)); }
  };
  return registry::common::sql::queryRows<IdRow>(lease, sql, p, [](const IdRow& r) { return r.id; });
}

std::map<std::string, std::vector<Phase>> phasesFor(db::Database::Lease& lease,
                                                    const std::vector<std::string>& ids) {
  std::map<std::string, std::vector<Phase>> out;
  if (ids.empty()) return out;
  // In chunks, so a long result page never exceeds a bind-parameter limit.
  for (std::size_t start = 0; start < ids.size(); start += 200) {
    Parameters p;
    std::string sql = std::string(kSelectPhases) + "(";
    for (std::size_t i = start; i < ids.size() && i < start + 200; ++i) {
      const std::string name = "id" + std::to_string(i - start);
      sql += (i > start ? ", :" : ":") + name;
      p.text.emplace_back(name, ids[i]);
    }
    sql += ") ORDER BY listing_id, period_start";
    struct PhaseRow {
      std::string listing_id;
      Phase phase;
      void bind(soci::statement& st) {
        st.exchange(soci::into(listing_id));
        st.exchange(soci::into(phase.period_start));
        st.exchange(soci::into(phase.granularity));
        st.exchange(soci::into(phase.quantity_kg));
      }
    };
    const auto rows = registry::common::sql::queryRows<PhaseRow>(
        lease, sql, p, [](const PhaseRow& row) { return std::make_pair(row.listing_id, row.phase); });
    for (const auto& [id, phase] : rows) out[id].push_back(phase);
  }
  return out;
}

std::int64_t countDemo(db::Database::Lease& lease) {
  std::int64_t n = 0;
  *lease << kCountDemo, soci::into(n);
  return n;
}

}  // namespace masseflyt::masses::listings::repository
