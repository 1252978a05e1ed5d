#include "modules/registry/carriers/app/carrier_service.hpp"

#include <algorithm>
#include <charconv>

#include "modules/registry/carriers/infra/carrier_repository.hpp"
#include "modules/registry/carriers/permissions.hpp"
#include "modules/registry/common/profiles.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/common/rules.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::carriers {
namespace {

using identity::organisations::OrganisationRecord;

constexpr std::size_t kMaxWorksFor = 20;

using common::parseCount;
using common::requireAllowed;
using common::trim;

std::string servicesText(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) {
    if (!out.empty()) out += ", ";
    out += std::string(i18n::t("registry.carrier.service." + code));
  }
  return out;
}

using common::municipalitiesText;

std::string optionalNumber(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : std::string();
}

history::ChangeSet carrierChanges(const CarrierRecord& before, const CarrierRecord& after) {
  history::ChangeSet changes;
  changes.compare("registry.carrier.field.services", servicesText(before.services),
                  servicesText(after.services));
  changes.compare("registry.carrier.field.municipalities", municipalitiesText(before.municipalities),
                  municipalitiesText(after.municipalities));
  changes.compare("registry.carrier.field.vehicle_count", optionalNumber(before.vehicle_count),
                  optionalNumber(after.vehicle_count));
  changes.compare("registry.carrier.field.tonnes_per_day", optionalNumber(before.tonnes_per_day),
                  optionalNumber(after.tonnes_per_day));
  changes.compare("registry.carrier.field.capacity_note", before.capacity_note, after.capacity_note);
  changes.compare("registry.carrier.field.contact_name", before.contact_name, after.contact_name);
  changes.compare("registry.carrier.field.contact_phone", before.contact_phone, after.contact_phone);
  changes.compare("registry.carrier.field.contact_email", before.contact_email, after.contact_email);
  changes.compare("registry.carrier.field.description", before.description, after.description);
  return changes;
}

std::string statusText(VehicleStatus status) {
  return std::string(i18n::t("registry.vehicle.status." + std::string(vehicleStatusCode(status))));
}

}  // namespace

CarrierRecord validateCarrierInput(const CarrierInput& input) {
  std::vector<FieldError> errors;
  CarrierRecord out;
  for (const auto& code : input.services) {
    if (code.empty()) continue;
    if (!isCarrierService(code)) {
      errors.push_back({"tjenester", "registry.carrier.error.service"});
      break;
    }
    if (std::find(out.services.begin(), out.services.end(), code) == out.services.end()) {
      out.services.push_back(code);
    }
  }
  if (out.services.empty() && errors.empty()) {
    errors.push_back({"tjenester", "registry.carrier.error.service_required"});
  }
  // Stored in the order of the data list, so two saves of the same choice compare equal.
  std::vector<std::string> ordered;
  for (const auto& service : carrierServices()) {
    if (std::find(out.services.begin(), out.services.end(), service.code) != out.services.end()) {
      ordered.emplace_back(service.code);
    }
  }
  out.services = std::move(ordered);
  out.municipalities = common::validateMunicipalities(input.municipalities, "kommuner",
                                                     "registry.carrier.error.municipality", errors);
  bool ok = true;
  out.vehicle_count = parseCount(input.vehicle_count, 10000, ok);
  if (!ok) errors.push_back({"antall_kjoretoy", "registry.carrier.error.vehicle_count"});
  out.tonnes_per_day = parseCount(input.tonnes_per_day, 1000000, ok);
  if (!ok) errors.push_back({"tonn_per_dag", "registry.carrier.error.tonnes_per_day"});
  out.capacity_note = trim(input.capacity_note);
  if (out.capacity_note.size() > 500) {
    errors.push_back({"kapasitet_merknad", "registry.carrier.error.capacity_note"});
  }
  const auto contact = common::validateContact(
      {input.contact_name, input.contact_phone, input.contact_email}, "registry.carrier", errors);
  out.contact_name = contact.name;
  out.contact_phone = contact.phone;
  out.contact_email = contact.email;
  out.description = trim(input.description);
  if (out.description.size() > 4000) errors.push_back({"beskrivelse", "registry.carrier.error.description"});
  if (!errors.empty()) {
    throw Error(ErrorKind::Validation, "registry.carrier.error.invalid", {}, std::move(errors));
  }
  return out;
}

CarrierService::CarrierService(db::Database& database,
                               const identity::organisations::BrregClient& brreg,
                               const VehicleRegister& vehicles)
    : database_(database), organisations_(database, brreg), vehicles_(vehicles) {}

CarrierRecord CarrierService::registerCarrier(const auth::Principal& actor, std::string_view orgnr,
                                              const CarrierInput& input) const {
  const auto organisation = organisations_.find(orgnr);
  if (!organisation) {
    throw Error(ErrorKind::Validation, "registry.carrier.error.organisation_unknown", {},
                {{"organisasjonsnummer", "registry.carrier.error.organisation_unknown"}});
  }
  requireAllowed(actor, kEditCarrier, organisation->id);
  CarrierRecord carrier = validateCarrierInput(input);
  carrier.id = db::newUuidV7();
  carrier.organisation_id = organisation->id;
  carrier.organisation_number = organisation->organisation_number;
  carrier.name = organisation->name;
  carrier.created_at = carrier.updated_at = db::nowEpochMs();
  carrier.is_demo = organisation->is_demo;

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::findCarrierByNumber(lease, carrier.organisation_number)) {
    throw Error(ErrorKind::Conflict, "registry.carrier.error.exists");
  }
  repository::insertCarrier(lease, carrier);
  history::record(lease, "carrier", carrier.id, actor.user_id, organisation->name, "created",
                  carrierChanges(CarrierRecord{}, carrier).changes());
  transaction.commit();
  return carrier;
}

CarrierRecord CarrierService::updateCarrier(const auth::Principal& actor, std::string_view orgnr,
                                            const CarrierInput& input) const {
  const CarrierRecord before = get(orgnr);
  requireAllowed(actor, kEditCarrier, before.organisation_id);
  CarrierRecord after = validateCarrierInput(input);
  after.id = before.id;
  after.organisation_id = before.organisation_id;
  after.organisation_number = before.organisation_number;
  after.name = before.name;
  after.created_at = before.created_at;
  after.is_demo = before.is_demo;
  after.updated_at = db::nowEpochMs();
  const auto changes = carrierChanges(before, after);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateCarrier(lease, after);
  history::record(lease, "carrier", after.id, actor.user_id, before.name, "updated", changes.changes());
  transaction.commit();
  return get(orgnr);
}

std::optional<CarrierRecord> CarrierService::find(std::string_view orgnr) const {
  if (!common::isOrganisationNumber(orgnr)) return std::nullopt;
  auto lease = database_.lease();
  return repository::findCarrierByNumber(lease, std::string(orgnr));
}

CarrierRecord CarrierService::get(std::string_view orgnr) const {
  auto carrier = find(orgnr);
  if (!carrier) throw Error(ErrorKind::NotFound, "registry.carrier.error.not_found");
  return std::move(*carrier);
}

CarrierService::Page CarrierService::list(const CarrierFilter& filter, CarrierSort sort,
                                          std::int64_t offset, std::int64_t limit) const {
  auto lease = database_.lease();
  Page page;
  page.items = repository::listCarriers(lease, filter, sort, offset, limit);
  page.total = repository::countCarriers(lease, filter);
  return page;
}

std::vector<CarrierRecord> CarrierService::listAfter(const CarrierFilter& filter,
                                                     const std::optional<std::string>& after,
                                                     std::int64_t limit) const {
  auto lease = database_.lease();
  return repository::listCarriersAfter(lease, filter, after, limit);
}

std::optional<OrganisationRecord> CarrierService::organisation(std::string_view orgnr) const {
  return organisations_.find(orgnr);
}

std::optional<OrganisationRecord> CarrierService::organisationById(std::string_view id) const {
  return organisations_.findById(id);
}

std::vector<OrganisationRecord> CarrierService::registrable(const auth::Principal& actor) const {
  return common::registrableOrganisations(organisations_, actor, kEditCarrier,
                                          [this](const OrganisationRecord& organisation) {
                                            return find(organisation.organisation_number).has_value();
                                          });
}

std::optional<RegisterVehicle> CarrierService::lookupVehicle(std::string_view plate_input) const {
  const PlateCheck check = checkPlate(plate_input);
  if (!check.valid()) {
    throw Error(ErrorKind::Validation, check.message_key, {}, {{"kjennemerke", check.message_key}});
  }
  return vehicles_.lookup(*check.plate);
}

VehicleRecord CarrierService::addVehicle(const auth::Principal& actor, std::string_view orgnr,
                                         const VehicleInput& input) const {
  const CarrierRecord carrier = get(orgnr);
  requireAllowed(actor, kEditVehicle, carrier.organisation_id);
  std::vector<FieldError> errors;
  const PlateCheck check = checkPlate(input.registration_number);
  if (!check.valid()) errors.push_back({"kjennemerke", check.message_key});
  if (!isFuel(input.fuel)) errors.push_back({"drivstoff", "registry.vehicle.error.fuel"});
  std::vector<std::string> works_for;
  if (input.works_for.size() > kMaxWorksFor) {
    errors.push_back({"arbeider_for", "registry.vehicle.error.works_for_many"});
  } else {
    for (const auto& number : input.works_for) {
      std::string digits;
      for (const char c : number) {
        if (c != ' ') digits += c;
      }
      if (digits.empty()) continue;
      const auto organisation = organisations_.find(digits);
      if (!organisation) {
        errors.push_back({"arbeider_for", "registry.vehicle.error.works_for"});
        break;
      }
      if (std::find(works_for.begin(), works_for.end(), organisation->id) == works_for.end()) {
        works_for.push_back(organisation->id);
      }
    }
  }
  if (!errors.empty()) {
    throw Error(ErrorKind::Validation, "registry.vehicle.error.invalid", {}, std::move(errors));
  }
  {
    auto lease = database_.lease();
    if (repository::findVehicleByPlate(lease, carrier.id, *check.plate)) {
      throw Error(ErrorKind::Conflict, "registry.vehicle.error.exists", {},
                  {{"kjennemerke", "registry.vehicle.error.exists"}});
    }
  }
  // Outside the transaction: the register may take seconds, and a write lock must not wait on it.
  const auto found = vehicles_.lookup(*check.plate);
  if (!found) {
    throw Error(ErrorKind::Validation, "registry.vehicle.plate.not_found", {},
                {{"kjennemerke", "registry.vehicle.plate.not_found"}});
  }
  VehicleRecord vehicle;
  vehicle.id = db::newUuidV7();
  vehicle.carrier_id = carrier.id;
  vehicle.carrier_organisation_number = carrier.organisation_number;
  vehicle.carrier_organisation_id = carrier.organisation_id;
  vehicle.carrier_name = carrier.name;
  vehicle.registration_number = *check.plate;
  vehicle.make = found->make;
  vehicle.model = found->model;
  vehicle.vehicle_group = found->vehicle_group;
  vehicle.vehicle_group_description = found->vehicle_group_description;
  vehicle.euro_class = found->euro_class;
  vehicle.register_fuel_code = found->register_fuel_code;
  vehicle.permitted_total_weight_kg = found->permitted_total_weight_kg;
  vehicle.payload_kg = found->payload_kg;
  vehicle.register_source = found->source_key;
  vehicle.register_fetched_at = found->fetched_at_ms;
  vehicle.fuel = input.fuel;
  vehicle.status = VehicleStatus::Pending;
  vehicle.works_for = works_for;
  vehicle.created_at = vehicle.updated_at = db::nowEpochMs();
  vehicle.is_demo = carrier.is_demo;

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::findVehicleByPlate(lease, carrier.id, vehicle.registration_number)) {
    throw Error(ErrorKind::Conflict, "registry.vehicle.error.exists", {},
                {{"kjennemerke", "registry.vehicle.error.exists"}});
  }
  repository::insertVehicle(lease, vehicle);
  history::ChangeSet changes;
  changes.compare("registry.vehicle.field.plate", "", formatPlate(vehicle.registration_number));
  changes.compare("registry.vehicle.field.euro_class", "", euroClassLabel(vehicle.euro_class));
  changes.compare("registry.vehicle.field.fuel", "",
                  std::string(i18n::t("registry.vehicle.fuel." + vehicle.fuel)));
  changes.compare("registry.vehicle.field.status", "", statusText(vehicle.status));
  history::record(lease, "vehicle", vehicle.id, actor.user_id, carrier.name, "created", changes.changes());
  transaction.commit();
  return vehicle;
}

VehicleRecord CarrierService::decide(const auth::Principal& actor, std::string_view vehicle_id,
                                     VehicleAction action) const {
  const auto vehicle = findVehicle(vehicle_id);
  if (!vehicle) throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
  requireAllowed(actor, action == VehicleAction::Reactivate ? kEditVehicle : kApproveVehicle,
                 vehicle->carrier_organisation_id);
  const auto next = transition(vehicle->status, action);
  if (!next) throw Error(ErrorKind::Conflict, "registry.vehicle.error.transition");
  const std::int64_t now = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (!repository::updateVehicleStatus(lease, vehicle->id, vehicle->status, *next, now, actor.user_id)) {
    throw Error(ErrorKind::Conflict, "registry.vehicle.error.transition");
  }
  history::ChangeSet changes;
  changes.compare("registry.vehicle.field.status", statusText(vehicle->status), statusText(*next));
  const std::string_view history_action = action == VehicleAction::Approve      ? "approved"
                                          : action == VehicleAction::Deactivate ? "deactivated"
                                                                                : "updated";
  history::record(lease, "vehicle", vehicle->id, actor.user_id, vehicle->carrier_name, history_action,
                  changes.changes());
  transaction.commit();
  return *findVehicle(vehicle_id);
}

std::string CarrierService::projectName(std::string_view project_id) const {
  const auto project = projects::findProjectRef(database_, project_id);
  return project ? project->name : std::string();
}

std::vector<std::pair<std::string, std::string>> CarrierService::projectChoices() const {
  std::vector<std::pair<std::string, std::string>> choices;
  for (const auto& project : projects::listAllProjectRefs(database_, kMaxProjectChoices)) {
    choices.emplace_back(project.id, project.name);
  }
  return choices;
}

namespace {

std::string projectNames(const CarrierService& service, const std::vector<std::string>& ids) {
  std::string names;
  for (const auto& id : ids) {
    const auto name = service.projectName(id);
    if (name.empty()) continue;
    names += (names.empty() ? "" : ", ") + name;
  }
  return names;
}

}  // namespace

VehicleRecord CarrierService::linkProject(const auth::Principal& actor, std::string_view vehicle_id,
                                          std::string_view project_id) const {
  const auto vehicle = findVehicle(vehicle_id);
  if (!vehicle) throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
  requireAllowed(actor, kEditVehicle, vehicle->carrier_organisation_id);
  if (project_id.empty() || project_id.size() > 64 || !projects::findProjectRef(database_, project_id)) {
    throw Error(ErrorKind::Validation, "registry.vehicle.error.project", {},
                {{"prosjekt", "registry.vehicle.error.project"}});
  }
  const std::string id(project_id);
  if (std::find(vehicle->projects.begin(), vehicle->projects.end(), id) != vehicle->projects.end()) {
    return *vehicle;
  }
  if (vehicle->projects.size() >= kMaxVehicleProjects) {
    throw Error(ErrorKind::Validation, "registry.vehicle.error.projects_many", {},
                {{"prosjekt", "registry.vehicle.error.projects_many"}});
  }
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::linkVehicleProject(lease, vehicle->id, id, db::nowEpochMs())) {
    auto after = vehicle->projects;
    after.push_back(id);
    history::ChangeSet changes;
    changes.compare("registry.vehicle.field.projects", projectNames(*this, vehicle->projects),
                    projectNames(*this, after));
    history::record(lease, "vehicle", vehicle->id, actor.user_id, vehicle->carrier_name, "updated",
                    changes.changes());
  }
  transaction.commit();
  return *findVehicle(vehicle_id);
}

VehicleRecord CarrierService::unlinkProject(const auth::Principal& actor, std::string_view vehicle_id,
                                            std::string_view project_id) const {
  const auto vehicle = findVehicle(vehicle_id);
  if (!vehicle) throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
  requireAllowed(actor, kEditVehicle, vehicle->carrier_organisation_id);
  const std::string id(project_id);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::unlinkVehicleProject(lease, vehicle->id, id)) {
    auto after = vehicle->projects;
    std::erase(after, id);
    history::ChangeSet changes;
    changes.compare("registry.vehicle.field.projects", projectNames(*this, vehicle->projects),
                    projectNames(*this, after));
    history::record(lease, "vehicle", vehicle->id, actor.user_id, vehicle->carrier_name, "updated",
                    changes.changes());
  }
  transaction.commit();
  return *findVehicle(vehicle_id);
}

std::optional<VehicleRecord> CarrierService::findVehicle(std::string_view id) const {
  if (id.empty() || id.size() > 64) return std::nullopt;
  auto lease = database_.lease();
  return repository::findVehicle(lease, std::string(id));
}

std::vector<VehicleRecord> CarrierService::carrierVehicles(const CarrierRecord& carrier,
                                                           bool include_hidden) const {
  auto lease = database_.lease();
  return repository::listCarrierVehicles(lease, carrier.id, include_hidden);
}

std::vector<VehicleRecord> CarrierService::listVehiclesAfter(const VehicleFilter& filter,
                                                             const std::optional<std::string>& after,
                                                             std::int64_t limit) const {
  auto lease = database_.lease();
  return repository::listVehiclesAfter(lease, filter, after, limit);
}

bool CarrierService::isMember(const auth::Principal* actor, const CarrierRecord& carrier) const {
  return common::isVerifiedMember(actor, carrier.organisation_id);
}

std::vector<history::ChangeEntry> CarrierService::history(std::string_view kind, std::string_view id) const {
  auto lease = database_.lease();
  return history::list(lease, kind, id);
}

}  // namespace masseflyt::registry::carriers
