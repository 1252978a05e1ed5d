#include "modules/registry/carriers/infra/carrier_repository.hpp"

#include <soci/soci.h>

#include <string_view>
#include <utility>

#include "platform/db/optional.hpp"

namespace masseflyt::registry::carriers::repository {
namespace {

constexpr std::string_view kCarrierColumns = R"sql(
  c.id, c.organisation_id, c.organisasjonsnummer, c.name, c.services, c.municipalities,
  c.vehicle_count, c.tonnes_per_day, c.capacity_note, c.contact_name, c.contact_phone,
  c.contact_email, c.description, c.created_at, c.updated_at, c.is_demo,
  (SELECT COUNT(*) FROM vehicles v WHERE v.carrier_id = c.id AND v.status = 'approved'),
  (SELECT COUNT(*) FROM vehicles v WHERE v.carrier_id = c.id AND v.status = 'approved'
     AND v.fuel = 'elektrisk'),
  (SELECT COUNT(*) FROM vehicles v WHERE v.carrier_id = c.id AND v.status = 'approved'
     AND v.fuel = 'hvo100'))sql";

constexpr std::string_view kInsertCarrier = R"sql(
INSERT INTO carriers (id, organisation_id, organisasjonsnummer, name, search_name, services,
  municipalities, vehicle_count, tonnes_per_day, capacity_note, contact_name, contact_phone,
  contact_email, description, created_at, updated_at, is_demo)
VALUES (:id, :organisation_id, :number, :name, :search_name, :services, :municipalities,
  :vehicle_count, :tonnes_per_day, :capacity_note, :contact_name, :contact_phone, :contact_email,
  :description, :created_at, :updated_at, :is_demo))sql";

constexpr std::string_view kUpdateCarrier = R"sql(
UPDATE carriers
   SET services = :services, municipalities = :municipalities, vehicle_count = :vehicle_count,
       tonnes_per_day = :tonnes_per_day, capacity_note = :capacity_note,
       contact_name = :contact_name, contact_phone = :contact_phone,
       contact_email = :contact_email, description = :description, updated_at = :updated_at
 WHERE id = :id)sql";

constexpr std::string_view kVehicleColumns = R"sql(
  v.id, v.carrier_id, c.organisasjonsnummer, c.organisation_id, c.name, v.registration_number,
  v.make, v.model, v.vehicle_group, v.vehicle_group_description, v.euro_class,
  v.register_fuel_code, v.permitted_total_weight_kg, v.payload_kg, v.register_source,
  v.register_fetched_at, v.fuel, v.status, v.status_changed_at, v.status_changed_by, v.works_for,
  v.created_at, v.updated_at, v.is_demo)sql";

constexpr std::string_view kVehicleProjects = R"sql(
SELECT project_id FROM vehicle_projects WHERE vehicle_id = :vehicle_id ORDER BY added_at, project_id)sql";
constexpr std::string_view kLinkedAlready = R"sql(
SELECT COUNT(*) FROM vehicle_projects WHERE vehicle_id = :vehicle_id AND project_id = :project_id)sql";
constexpr std::string_view kLinkVehicleProject = R"sql(
INSERT INTO vehicle_projects (vehicle_id, project_id, added_at)
VALUES (:vehicle_id, :project_id, :added_at))sql";
constexpr std::string_view kUnlinkVehicleProject = R"sql(
DELETE FROM vehicle_projects WHERE vehicle_id = :vehicle_id AND project_id = :project_id)sql";

constexpr std::string_view kInsertVehicle = R"sql(
INSERT INTO vehicles (id, carrier_id, registration_number, make, model, vehicle_group,
  vehicle_group_description, euro_class, register_fuel_code, permitted_total_weight_kg,
  payload_kg, register_source, register_fetched_at, fuel, status, status_changed_at,
  status_changed_by, works_for, created_at, updated_at, is_demo)
VALUES (:id, :carrier_id, :plate, :make, :model, :vehicle_group, :vehicle_group_description,
  :euro_class, :register_fuel_code, :total_weight, :payload, :source, :fetched_at, :fuel,
  :status, :status_changed_at, :status_changed_by, :works_for, :created_at, :updated_at,
  :is_demo))sql";

// Fenced on the old status so two approvers deciding at once cannot both win.
constexpr std::string_view kUpdateVehicleStatus = R"sql(
UPDATE vehicles
   SET status = :to_status, status_changed_at = :at, status_changed_by = :by, updated_at = :at
 WHERE id = :id AND status = :from_status)sql";

struct CarrierRow {
  CarrierRecord record;
  std::string services, municipalities;
  int is_demo = 0;
  std::int64_t approved = 0, electric = 0, hvo = 0;

  void bind(soci::statement& s) {
    s.exchange(soci::into(record.id));
    s.exchange(soci::into(record.organisation_id));
    s.exchange(soci::into(record.organisation_number));
    s.exchange(soci::into(record.name));
    s.exchange(soci::into(services));
    s.exchange(soci::into(municipalities));
    s.exchange(soci::into(record.vehicle_count));
    s.exchange(soci::into(record.tonnes_per_day));
    s.exchange(soci::into(record.capacity_note));
    s.exchange(soci::into(record.contact_name));
    s.exchange(soci::into(record.contact_phone));
    s.exchange(soci::into(record.contact_email));
    s.exchange(soci::into(record.description));
    s.exchange(soci::into(record.created_at));
    s.exchange(soci::into(record.updated_at));
    s.exchange(soci::into(is_demo));
    s.exchange(soci::into(approved));
    s.exchange(soci::into(electric));
    s.exchange(soci::into(hvo));
  }

  CarrierRecord get() const {
    CarrierRecord out = record;
    out.services = splitCodes(services);
    out.municipalities = splitCodes(municipalities);
    out.is_demo = is_demo != 0;
    out.approved_vehicles = approved;
    out.has_electric = electric > 0;
    out.has_hvo = hvo > 0;
    return out;
  }
};

struct VehicleRow {
  VehicleRecord record;
  std::string status, works_for;
  int is_demo = 0;

  void bind(soci::statement& s) {
    s.exchange(soci::into(record.id));
    s.exchange(soci::into(record.carrier_id));
    s.exchange(soci::into(record.carrier_organisation_number));
    s.exchange(soci::into(record.carrier_organisation_id));
    s.exchange(soci::into(record.carrier_name));
    s.exchange(soci::into(record.registration_number));
    s.exchange(soci::into(record.make));
    s.exchange(soci::into(record.model));
    s.exchange(soci::into(record.vehicle_group));
    s.exchange(soci::into(record.vehicle_group_description));
    s.exchange(soci::into(record.euro_class));
    s.exchange(soci::into(record.register_fuel_code));
    s.exchange(soci::into(record.permitted_total_weight_kg));
    s.exchange(soci::into(record.payload_kg));
    s.exchange(soci::into(record.register_source));
    s.exchange(soci::into(record.register_fetched_at));
    s.exchange(soci::into(record.fuel));
    s.exchange(soci::into(status));
    s.exchange(soci::into(record.status_changed_at));
    s.exchange(soci::into(record.status_changed_by));
    s.exchange(soci::into(works_for));
    s.exchange(soci::into(record.created_at));
    s.exchange(soci::into(record.updated_at));
    s.exchange(soci::into(is_demo));
  }

  VehicleRecord get() const {
    VehicleRecord out = record;
    out.status = parseVehicleStatus(status).value_or(VehicleStatus::Pending);
    out.works_for = splitCodes(works_for);
    out.is_demo = is_demo != 0;
    return out;
  }
};

using Parameters = std::vector<std::pair<std::string, std::string>>;
using Numbers = std::vector<std::pair<std::string, std::int64_t>>;

template <typename Row>
auto query(db::Database::Lease& lease, const std::string& sql, const Parameters& parameters,
           const Numbers& numbers = {}) {
  std::vector<decltype(Row{}.get())> out;
  Row row;
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

using common::likeEscape;

std::string carrierWhere(const CarrierFilter& filter, Parameters& parameters) {
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
    where += " AND c.organisasjonsnummer LIKE :search ESCAPE '\\'";
    parameters.emplace_back("search", likeEscape(digits) + "%");
  } else if (!filter.search.empty()) {
    where += " AND c.search_name LIKE :search ESCAPE '\\'";
    parameters.emplace_back("search", "%" + likeEscape(searchText(filter.search)) + "%");
  }
  if (!filter.service.empty()) {
    where += " AND c.services LIKE :service";
    parameters.emplace_back("service", "%," + filter.service + ",%");
  }
  if (!filter.municipality.empty()) {
    where += " AND c.municipalities LIKE :municipality";
    parameters.emplace_back("municipality", "%," + filter.municipality + ",%");
  }
  if (!filter.fuel.empty()) {
    where += " AND EXISTS (SELECT 1 FROM vehicles f WHERE f.carrier_id = c.id"
             " AND f.status = 'approved' AND f.fuel = :fuel)";
    parameters.emplace_back("fuel", filter.fuel);
  }
  return where;
}

std::string_view carrierOrder(CarrierSort sort) {
  switch (sort) {
    case CarrierSort::Name: return " ORDER BY c.search_name, c.organisasjonsnummer";
    case CarrierSort::NameDesc: return " ORDER BY c.search_name DESC, c.organisasjonsnummer";
    case CarrierSort::Vehicles:
      return " ORDER BY (SELECT COUNT(*) FROM vehicles v WHERE v.carrier_id = c.id"
             " AND v.status = 'approved') DESC, c.search_name, c.organisasjonsnummer";
  }
  return " ORDER BY c.search_name";
}

std::string selectCarriers() {
  return "SELECT " + std::string(kCarrierColumns) + " FROM carriers c";
}

std::string selectVehicles() {
  return "SELECT " + std::string(kVehicleColumns) +
         " FROM vehicles v JOIN carriers c ON c.id = v.carrier_id";
}

// One query per vehicle: lists are at most a page (100) and most vehicles have few projects.
std::vector<VehicleRecord> withProjects(db::Database::Lease& lease, std::vector<VehicleRecord> vehicles) {
  for (auto& vehicle : vehicles) {
    std::string project_id;
    soci::statement statement = (lease->prepare << kVehicleProjects, soci::into(project_id),
                                 soci::use(vehicle.id, "vehicle_id"));
    statement.execute();
    while (statement.fetch()) vehicle.projects.push_back(project_id);
  }
  return vehicles;
}

}  // namespace

void insertCarrier(db::Database::Lease& lease, const CarrierRecord& c) {
  const std::string search_name = searchText(c.name);
  const std::string services = joinCodes(c.services);
  const std::string municipalities = joinCodes(c.municipalities);
  const int is_demo = c.is_demo ? 1 : 0;
  *lease << kInsertCarrier, soci::use(c.id, "id"), soci::use(c.organisation_id, "organisation_id"),
      soci::use(c.organisation_number, "number"), soci::use(c.name, "name"),
      soci::use(search_name, "search_name"), soci::use(services, "services"),
      soci::use(municipalities, "municipalities"), soci::use(c.vehicle_count, "vehicle_count"),
      soci::use(c.tonnes_per_day, "tonnes_per_day"), soci::use(c.capacity_note, "capacity_note"),
      soci::use(c.contact_name, "contact_name"), soci::use(c.contact_phone, "contact_phone"),
      soci::use(c.contact_email, "contact_email"), soci::use(c.description, "description"),
      soci::use(c.created_at, "created_at"), soci::use(c.updated_at, "updated_at"),
      soci::use(is_demo, "is_demo");
}

void updateCarrier(db::Database::Lease& lease, const CarrierRecord& c) {
  const std::string services = joinCodes(c.services);
  const std::string municipalities = joinCodes(c.municipalities);
  *lease << kUpdateCarrier, soci::use(c.id, "id"), soci::use(services, "services"),
      soci::use(municipalities, "municipalities"), soci::use(c.vehicle_count, "vehicle_count"),
      soci::use(c.tonnes_per_day, "tonnes_per_day"), soci::use(c.capacity_note, "capacity_note"),
      soci::use(c.contact_name, "contact_name"), soci::use(c.contact_phone, "contact_phone"),
      soci::use(c.contact_email, "contact_email"), soci::use(c.description, "description"),
      soci::use(c.updated_at, "updated_at");
}

std::optional<CarrierRecord> findCarrierByNumber(db::Database::Lease& lease, const std::string& number) {
  auto rows = query<CarrierRow>(lease, selectCarriers() + " WHERE c.organisasjonsnummer = :number",
                                {{"number", number}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<CarrierRecord> findCarrierById(db::Database::Lease& lease, const std::string& id) {
  auto rows = query<CarrierRow>(lease, selectCarriers() + " WHERE c.id = :id", {{"id", id}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<CarrierRecord> listCarriers(db::Database::Lease& lease, const CarrierFilter& filter,
                                        CarrierSort sort, std::int64_t offset, std::int64_t limit) {
  Parameters parameters;
  const std::string sql = selectCarriers() + carrierWhere(filter, parameters) +
                          std::string(carrierOrder(sort)) + " LIMIT :limit OFFSET :offset";
  return query<CarrierRow>(lease, sql, parameters, {{"limit", limit}, {"offset", offset}});
}

std::int64_t countCarriers(db::Database::Lease& lease, const CarrierFilter& filter) {
  Parameters parameters;
  const std::string sql = "SELECT COUNT(*) FROM carriers c" + carrierWhere(filter, parameters);
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

std::vector<CarrierRecord> listCarriersAfter(db::Database::Lease& lease, const CarrierFilter& filter,
                                             const std::optional<std::string>& after,
                                             std::int64_t limit) {
  Parameters parameters;
  std::string sql = selectCarriers() + carrierWhere(filter, parameters);
  if (after) {
    sql += " AND c.organisasjonsnummer > :after";
    parameters.emplace_back("after", *after);
  }
  sql += " ORDER BY c.organisasjonsnummer LIMIT :limit";
  return query<CarrierRow>(lease, sql, parameters, {{"limit", limit}});
}

void insertVehicle(db::Database::Lease& lease, const VehicleRecord& v) {
  const std::string status(vehicleStatusCode(v.status));
  const std::string works_for = joinCodes(v.works_for);
  const int is_demo = v.is_demo ? 1 : 0;
  *lease << kInsertVehicle, soci::use(v.id, "id"), soci::use(v.carrier_id, "carrier_id"),
      soci::use(v.registration_number, "plate"), soci::use(v.make, "make"),
      soci::use(v.model, "model"), soci::use(v.vehicle_group, "vehicle_group"),
      soci::use(v.vehicle_group_description, "vehicle_group_description"),
      soci::use(v.euro_class, "euro_class"), soci::use(v.register_fuel_code, "register_fuel_code"),
      soci::use(v.permitted_total_weight_kg, "total_weight"), soci::use(v.payload_kg, "payload"),
      soci::use(v.register_source, "source"), soci::use(v.register_fetched_at, "fetched_at"),
      soci::use(v.fuel, "fuel"), soci::use(status, "status"),
      soci::use(v.status_changed_at, "status_changed_at"),
      soci::use(v.status_changed_by, "status_changed_by"), soci::use(works_for, "works_for"),
      soci::use(v.created_at, "created_at"), soci::use(v.updated_at, "updated_at"),
      soci::use(is_demo, "is_demo");
}

std::optional<VehicleRecord> findVehicle(db::Database::Lease& lease, const std::string& id) {
  auto rows = withProjects(
      lease, query<VehicleRow>(lease, selectVehicles() + " WHERE v.id = :id", {{"id", id}}));
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<VehicleRecord> findVehicleByPlate(db::Database::Lease& lease,
                                                const std::string& carrier_id,
                                                const std::string& plate) {
  auto rows = query<VehicleRow>(
      lease, selectVehicles() + " WHERE v.carrier_id = :carrier_id AND v.registration_number = :plate",
      {{"carrier_id", carrier_id}, {"plate", plate}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

bool updateVehicleStatus(db::Database::Lease& lease, const std::string& id, VehicleStatus from,
                         VehicleStatus to, std::int64_t at, const std::string& by) {
  const std::string from_code(vehicleStatusCode(from));
  const std::string to_code(vehicleStatusCode(to));
  const std::optional<std::string> by_value =
      by.empty() ? std::nullopt : std::optional<std::string>(by);
  soci::statement statement =
      (lease->prepare << kUpdateVehicleStatus, soci::use(id, "id"),
       soci::use(from_code, "from_status"), soci::use(to_code, "to_status"), soci::use(at, "at"),
       soci::use(by_value, "by"));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

std::vector<VehicleRecord> listCarrierVehicles(db::Database::Lease& lease,
                                               const std::string& carrier_id, bool include_hidden) {
  std::string sql = selectVehicles() + " WHERE v.carrier_id = :carrier_id";
  if (!include_hidden) sql += " AND v.status = 'approved'";
  sql += " ORDER BY CASE v.status WHEN 'approved' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END,"
         " v.registration_number";
  return withProjects(lease, query<VehicleRow>(lease, sql, {{"carrier_id", carrier_id}}));
}

bool linkVehicleProject(db::Database::Lease& lease, const std::string& vehicle_id,
                        const std::string& project_id, std::int64_t at) {
  std::int64_t linked = 0;
  *lease << kLinkedAlready, soci::into(linked), soci::use(vehicle_id, "vehicle_id"),
      soci::use(project_id, "project_id");
  if (linked > 0) return false;
  *lease << kLinkVehicleProject, soci::use(vehicle_id, "vehicle_id"),
      soci::use(project_id, "project_id"), soci::use(at, "added_at");
  return true;
}

bool unlinkVehicleProject(db::Database::Lease& lease, const std::string& vehicle_id,
                          const std::string& project_id) {
  soci::statement statement = (lease->prepare << kUnlinkVehicleProject,
                               soci::use(vehicle_id, "vehicle_id"), soci::use(project_id, "project_id"));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

std::vector<VehicleRecord> listVehiclesAfter(db::Database::Lease& lease, const VehicleFilter& filter,
                                             const std::optional<std::string>& after,
                                             std::int64_t limit) {
  Parameters parameters;
  std::string sql = selectVehicles() + " WHERE 1 = 1";
  if (!filter.include_pending) sql += " AND v.status = 'approved'";
  if (!filter.euro_class.empty()) {
    sql += " AND v.euro_class = :euro";
    parameters.emplace_back("euro", filter.euro_class);
  }
  if (!filter.fuel.empty()) {
    sql += " AND v.fuel = :fuel";
    parameters.emplace_back("fuel", filter.fuel);
  }
  if (!filter.carrier_organisation_number.empty()) {
    sql += " AND c.organisasjonsnummer = :carrier";
    parameters.emplace_back("carrier", filter.carrier_organisation_number);
  }
  if (after) {
    sql += " AND v.id > :after";
    parameters.emplace_back("after", *after);
  }
  sql += " ORDER BY v.id LIMIT :limit";
  return withProjects(lease, query<VehicleRow>(lease, sql, parameters, {{"limit", limit}}));
}

}  // namespace masseflyt::registry::carriers::repository
