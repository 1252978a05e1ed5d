#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "modules/registry/carriers/app/vehicle_register.hpp"
#include "platform/core/embedded_file.hpp"

namespace masseflyt {
/// The files under src/integrations/vegvesen/fixtures/, paths relative to src/integrations/vegvesen/.
std::span<const EmbeddedFile> embeddedVegvesenFixtures();
}  // namespace masseflyt

namespace masseflyt::vegvesen {

/// Statens vegvesen from recorded responses, for tests and the offline demo: fixtures/kjoretoy/
/// <PLATE>.json answers that plate; any other plate is not found (as fixtures/feil/404-*.json
/// records). Every file goes through the live parser at construction, so a broken fixture fails
/// at start-up. Counts lookups, so tests can prove an invalid number never reaches the register.
class FixtureVehicleRegister final : public registry::carriers::VehicleRegister {
 public:
  FixtureVehicleRegister();

  std::optional<registry::carriers::RegisterVehicle> lookup(const std::string& plate) const override;

  /// How many lookups reached this register.
  std::size_t lookups() const;

  /// The raw text of a fixture ("kjoretoy/DT61001.json"); nullopt if absent.
  static std::optional<std::string_view> file(std::string_view relative_path);

 private:
  std::map<std::string, registry::carriers::RegisterVehicle, std::less<>> vehicles_;
  mutable std::atomic<std::size_t> lookups_{0};
};

struct ClientSettings {
  std::string mode = "fixture";  ///< "fixture" or "live"
  std::string api_key;           ///< live only; never logged
  std::string base_url = "https://akfell-datautlevering.atlas.vegvesen.no";
};

/// The client for config vegvesen_mode. Throws Error(BadRequest, "vegvesen.error.mode") for an
/// unknown mode and Error(BadRequest, "vegvesen.error.no_key") for live without a key.
std::unique_ptr<const registry::carriers::VehicleRegister> clientFor(const ClientSettings& settings);

}  // namespace masseflyt::vegvesen
