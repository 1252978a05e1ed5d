#include "modules/registry/carriers/domain/vehicle.hpp"

#include <algorithm>
#include <array>

namespace masseflyt::registry::carriers {
namespace {

constexpr ServiceDef kServices[] = {
    {"tipp", "registry.carrier.service.tipp"},
    {"semitrailer", "registry.carrier.service.semitrailer"},
    {"krok", "registry.carrier.service.krok"},
    {"lekter", "registry.carrier.service.lekter"},
    {"maskin", "registry.carrier.service.maskin"},
};

constexpr FuelDef kFuels[] = {
    {"diesel", "registry.vehicle.fuel.diesel"},     {"hvo100", "registry.vehicle.fuel.hvo100"},
    {"biogass", "registry.vehicle.fuel.biogass"},   {"elektrisk", "registry.vehicle.fuel.elektrisk"},
    {"hydrogen", "registry.vehicle.fuel.hydrogen"}, {"annet", "registry.vehicle.fuel.annet"},
};

constexpr std::array<std::string_view, 7> kEuroCodes = {"0", "6T", "EEV", "5T", "4T", "3T", "U"};

bool isAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string normalisePlate(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  for (const char c : input) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  }
  return out;
}

PlateCheck checkPlate(std::string_view input) {
  PlateCheck result;
  const std::string plate = normalisePlate(input);
  if (plate.empty()) {
    result.message_key = "registry.vehicle.plate.required";
    return result;
  }
  if (plate.size() > 12) {
    result.message_key = "registry.vehicle.plate.format";
    return result;
  }
  const bool letters = plate.size() >= 2 && isAsciiLetter(plate[0]) && isAsciiLetter(plate[1]);
  const std::string_view digits = plate.size() >= 2 ? std::string_view(plate).substr(2) : "";
  const bool all_digits = !digits.empty() && std::all_of(digits.begin(), digits.end(), isDigit);
  if (!letters || !all_digits || (digits.size() != 4 && digits.size() != 5) || digits[0] == '0') {
    result.message_key = "registry.vehicle.plate.format";
    return result;
  }
  result.plate = plate;
  return result;
}

std::string formatPlate(std::string_view canonical) {
  if (canonical.size() < 3) return std::string(canonical);
  return std::string(canonical.substr(0, 2)) + " " + std::string(canonical.substr(2));
}

std::span<const ServiceDef> carrierServices() { return kServices; }
bool isCarrierService(std::string_view code) {
  return std::any_of(std::begin(kServices), std::end(kServices),
                     [&](const ServiceDef& s) { return s.code == code; });
}

std::span<const FuelDef> fuels() { return kFuels; }
bool isFuel(std::string_view code) {
  return std::any_of(std::begin(kFuels), std::end(kFuels), [&](const FuelDef& f) { return f.code == code; });
}

std::string_view suggestedFuel(std::string_view code) {
  if (code == "5") return "elektrisk";
  if (code == "7") return "biogass";
  if (code == "9" || code == "hydrogen") return "hydrogen";
  if (code == "1") return "annet";
  return "diesel";
}

std::string euroClassLabel(std::string_view code) {
  if (code.empty()) return {};
  if (code == "0") return "Nullutslipp";
  if (code == "EEV") return "EEV";
  if (code == "U") return "Før Euro";
  static constexpr std::string_view kRoman[] = {"", "I", "II", "III", "IV", "V", "VI"};
  if (code.size() == 2 && code[0] >= '1' && code[0] <= '6') {
    const int n = code[0] - '0';
    if (code[1] == 'T') return "Euro " + std::string(kRoman[n]);
    if (code[1] == 'L') return "Euro " + std::to_string(n);
  }
  return std::string(code);
}

std::span<const std::string_view> euroClassCodes() { return kEuroCodes; }

std::string_view vehicleStatusCode(VehicleStatus status) {
  switch (status) {
    case VehicleStatus::Pending: return "pending";
    case VehicleStatus::Approved: return "approved";
    case VehicleStatus::Deactivated: return "deactivated";
  }
  return "pending";
}

std::optional<VehicleStatus> parseVehicleStatus(std::string_view code) {
  if (code == "pending" || code == "venter") return VehicleStatus::Pending;
  if (code == "approved" || code == "godkjent") return VehicleStatus::Approved;
  if (code == "deactivated" || code == "deaktivert") return VehicleStatus::Deactivated;
  return std::nullopt;
}

std::string_view vehicleStatusApiCode(VehicleStatus status) {
  switch (status) {
    case VehicleStatus::Pending: return "venter";
    case VehicleStatus::Approved: return "godkjent";
    case VehicleStatus::Deactivated: return "deaktivert";
  }
  return "venter";
}

std::optional<VehicleAction> parseVehicleAction(std::string_view code) {
  if (code == "godkjenn") return VehicleAction::Approve;
  if (code == "deaktiver") return VehicleAction::Deactivate;
  if (code == "reaktiver") return VehicleAction::Reactivate;
  return std::nullopt;
}

std::optional<VehicleStatus> transition(VehicleStatus from, VehicleAction action) {
  switch (action) {
    case VehicleAction::Approve:
      if (from == VehicleStatus::Pending) return VehicleStatus::Approved;
      return std::nullopt;
    case VehicleAction::Deactivate:
      if (from != VehicleStatus::Deactivated) return VehicleStatus::Deactivated;
      return std::nullopt;
    case VehicleAction::Reactivate:
      if (from == VehicleStatus::Deactivated) return VehicleStatus::Pending;
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace masseflyt::registry::carriers
