#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/common/rules.hpp"

// The rules of carriers and vehicles that need no I/O: registration numbers, what a carrier
// offers, fuels, Euro classes and the approval states of a vehicle.
namespace masseflyt::registry::carriers {

/// A registration number as typed ("ab 12345", "AB-12345") made canonical: spaces and hyphens
/// removed, letters upper-cased ("AB12345"). Nothing else is changed, so validation sees the rest.
std::string normalisePlate(std::string_view input);

/// The result of checking a registration number. `message_key` names the Norwegian message.
struct PlateCheck {
  std::optional<std::string> plate;  ///< canonical, when valid
  std::string message_key;           ///< empty when valid
  bool valid() const { return plate.has_value(); }
};

/// Norwegian ordinary plates: two letters and four or five digits without a leading zero
/// ("AB12345", "AB1234"; the letters A–Z). Personalised plates are not accepted yet: trucks
/// carrying masses are on ordinary plates, and a lookup on a malformed number costs quota.
PlateCheck checkPlate(std::string_view input);

/// "AB 12345": how the plate is printed.
std::string formatPlate(std::string_view canonical);

/// What a carrier offers (a data list; the code is stored, the label comes from the catalog).
struct ServiceDef {
  std::string_view code;       ///< "tipp"
  std::string_view label_key;  ///< "registry.carrier.service.tipp"
};
std::span<const ServiceDef> carrierServices();
bool isCarrierService(std::string_view code);

/// The fuel or energy a vehicle runs on, chosen by the carrier (the register's own fuel code is
/// kept beside it only as a hint: HVO100 and biogas are not visible in the register).
struct FuelDef {
  std::string_view code;       ///< "hvo100"
  std::string_view label_key;  ///< "registry.vehicle.fuel.hvo100"
};
std::span<const FuelDef> fuels();
bool isFuel(std::string_view code);
/// The fuel to preselect from the register's fuel code (drivstoffKode): "1" bensin → annet,
/// "2" diesel, "5" elektrisk, "7" gass → biogass, "9"/"hydrogen" → hydrogen; otherwise diesel.
std::string_view suggestedFuel(std::string_view register_fuel_code);

/// "6T" → "Euro VI", "5T" → "Euro V", "0" → "Nullutslipp", "EEV" → "EEV", "" → "".
std::string euroClassLabel(std::string_view code);
/// The Euro class codes the filters offer, newest first.
std::span<const std::string_view> euroClassCodes();

enum class VehicleStatus { Pending, Approved, Deactivated };
std::string_view vehicleStatusCode(VehicleStatus status);  ///< "pending", "approved", "deactivated"
std::optional<VehicleStatus> parseVehicleStatus(std::string_view code);
/// "venter", "godkjent", "deaktivert": the words of the API.
std::string_view vehicleStatusApiCode(VehicleStatus status);

enum class VehicleAction { Approve, Deactivate, Reactivate };
std::optional<VehicleAction> parseVehicleAction(std::string_view code);  ///< godkjenn/deaktiver/reaktiver
/// The state after `action`, or nullopt when it is not allowed from `from`: approve only a
/// pending vehicle; deactivate a pending or approved one; reactivate a deactivated one, which puts
/// it back to pending (it must be approved again before use).
std::optional<VehicleStatus> transition(VehicleStatus from, VehicleAction action);

// Search text and code lists are shared with the other registry profiles.
using common::joinCodes;
using common::searchText;
using common::splitCodes;

}  // namespace masseflyt::registry::carriers
