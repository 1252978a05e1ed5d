#pragma once

#include <cstdint>
#include <optional>
#include <string>

// The port to Statens vegvesen's technical vehicle data ("Tekniske kjøretøyopplysninger –
// enkeltoppslag"). Adapters: the live HTTP client and the fixture client over recorded responses
// (src/integrations/vegvesen). Implementations are thread-safe: one instance serves every request.
namespace masseflyt::registry::carriers {

/// What the register says about one vehicle, with only what Masseflyt uses. No owner data: the
/// register does not give it.
struct RegisterVehicle {
  std::string registration_number;  ///< canonical ("AB12345"), from kjoretoyId.kjennemerke
  std::string make;                 ///< merke[0].merke
  std::string model;                ///< handelsbetegnelse[0]
  std::string vehicle_group;        ///< kjoretoyklassifisering.tekniskKode.kodeVerdi ("N3")
  std::string vehicle_group_description;  ///< kjoretoyklassifisering.beskrivelse
  std::string euro_class;           ///< miljodata.euroKlasse.kodeVerdi ("6T", "5T", "0")
  std::string register_fuel_code;   ///< drivstoffKode ("2" diesel, "5" elektrisk)
  std::optional<std::int64_t> permitted_total_weight_kg;  ///< vekter.tillattTotalvekt
  std::optional<std::int64_t> payload_kg;                 ///< vekter.nyttelast
  std::optional<std::int64_t> curb_weight_kg;             ///< vekter.egenvekt
  std::string registration_status;  ///< registrering.registreringsstatus.kodeVerdi
  std::int64_t fetched_at_ms = 0;    ///< when this answer was fetched (cached answers keep theirs)
  std::string source_key;            ///< catalog key naming the source, for the page
};

class VehicleRegister {
 public:
  virtual ~VehicleRegister() = default;

  /// The vehicle with this canonical registration number, nullopt when the register has none.
  /// Callers validate first (checkPlate): an invalid number must never cost an outbound call.
  /// Throws masseflyt::Error(Unavailable, "vegvesen.error.*") when the register cannot be reached,
  /// refuses, or the day's quota is used up.
  virtual std::optional<RegisterVehicle> lookup(const std::string& plate) const = 0;
};

}  // namespace masseflyt::registry::carriers
