#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/carriers/app/model.hpp"
#include "platform/db/database.hpp"

// The SQL of the carriers part; internal to it (other code uses app/api.hpp). Each function runs
// on the caller's session and opens no transaction itself.
namespace masseflyt::registry::carriers::repository {

void insertCarrier(db::Database::Lease& lease, const CarrierRecord& carrier);
void updateCarrier(db::Database::Lease& lease, const CarrierRecord& carrier);
std::optional<CarrierRecord> findCarrierByNumber(db::Database::Lease& lease, const std::string& number);
std::optional<CarrierRecord> findCarrierById(db::Database::Lease& lease, const std::string& id);
/// One page for people: sorted, offset-based.
std::vector<CarrierRecord> listCarriers(db::Database::Lease& lease, const CarrierFilter& filter,
                                        CarrierSort sort, std::int64_t offset, std::int64_t limit);
std::int64_t countCarriers(db::Database::Lease& lease, const CarrierFilter& filter);
/// One page for programs: keyset by organisasjonsnummer.
std::vector<CarrierRecord> listCarriersAfter(db::Database::Lease& lease, const CarrierFilter& filter,
                                             const std::optional<std::string>& after,
                                             std::int64_t limit);

void insertVehicle(db::Database::Lease& lease, const VehicleRecord& vehicle);
std::optional<VehicleRecord> findVehicle(db::Database::Lease& lease, const std::string& id);
std::optional<VehicleRecord> findVehicleByPlate(db::Database::Lease& lease,
                                                const std::string& carrier_id,
                                                const std::string& plate);
/// Sets the status if it is still `from` (two deciders at once cannot both win).
bool updateVehicleStatus(db::Database::Lease& lease, const std::string& id, VehicleStatus from,
                         VehicleStatus to, std::int64_t at, const std::string& by);
/// A carrier's vehicles: approved, then pending, then deactivated; by plate.
std::vector<VehicleRecord> listCarrierVehicles(db::Database::Lease& lease,
                                               const std::string& carrier_id, bool include_hidden);
/// Keyset by id (UUIDv7, time-ordered).
/// Links the vehicle to the project; false when it was linked already.
bool linkVehicleProject(db::Database::Lease& lease, const std::string& vehicle_id,
                        const std::string& project_id, std::int64_t at);
/// False when it was not linked.
bool unlinkVehicleProject(db::Database::Lease& lease, const std::string& vehicle_id,
                          const std::string& project_id);
std::vector<VehicleRecord> listVehiclesAfter(db::Database::Lease& lease, const VehicleFilter& filter,
                                             const std::optional<std::string>& after,
                                             std::int64_t limit);

}  // namespace masseflyt::registry::carriers::repository
