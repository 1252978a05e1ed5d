#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/carriers/app/model.hpp"
#include "modules/registry/carriers/app/vehicle_register.hpp"

// JSON of the carriers API (Boost.JSON lives in carrier_api_json.cpp only).
namespace masseflyt::registry::carriers::json {

/// `with_contact`: personal contact details only for logged-in callers.
std::string carrier(const CarrierRecord& carrier, bool with_contact);
std::string carrierPage(const std::vector<CarrierRecord>& items, const std::optional<std::string>& next,
                        bool with_contact);
std::string vehicle(const VehicleRecord& vehicle);
std::string vehiclePage(const std::vector<VehicleRecord>& items, const std::optional<std::string>& next);
std::string lookup(const RegisterVehicle& vehicle);

/// A carrier body: {"organisasjonsnummer", "tjenester": [..], "kommuner": [..],
/// "antall_kjoretoy", "tonn_per_dag", "kapasitet_merknad", "kontakt": {"navn","telefon","epost"},
/// "beskrivelse"}. Throws Error(BadRequest, "registry.carrier.error.body") for a malformed body.
struct CarrierBody {
  std::string organisasjonsnummer;
  CarrierInput input;
};
CarrierBody parseCarrierBody(std::string_view body);

/// {"kjennemerke", "drivstoff", "arbeider_for": ["orgnr", ...]}
VehicleInput parseVehicleBody(std::string_view body);
/// {"handling": "godkjenn" | "deaktiver" | "reaktiver"}
std::string parseDecisionBody(std::string_view body);

}  // namespace masseflyt::registry::carriers::json
