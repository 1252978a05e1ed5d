#include "integrations/vegvesen/fixture_client.hpp"

#include "integrations/vegvesen/live_client.hpp"
#include "integrations/vegvesen/vegvesen_parser.hpp"
#include "platform/core/error.hpp"

#include <chrono>

namespace masseflyt::vegvesen {
namespace {

using registry::carriers::RegisterVehicle;

constexpr std::string_view kPrefix = "fixtures/";
constexpr std::string_view kVehicles = "fixtures/kjoretoy/";

}  // namespace

std::optional<std::string_view> FixtureVehicleRegister::file(std::string_view relative_path) {
  return findEmbeddedFile(embeddedVegvesenFixtures(), std::string(kPrefix) + std::string(relative_path));
}

FixtureVehicleRegister::FixtureVehicleRegister() {
  for (const auto& file : embeddedVegvesenFixtures()) {
    if (!file.path.starts_with(kVehicles) || !file.path.ends_with(".json")) continue;
    auto vehicle = parseVehicleResponse(file.content);
    if (!vehicle || vehicle->registration_number != fileStem(file.path)) {
      throw Error(ErrorKind::Internal, "vegvesen.error.fixture", std::string(file.path));
    }
    vehicle->source_key = "vegvesen.source.fixture";
    vehicles_.try_emplace(vehicle->registration_number, std::move(*vehicle));
  }
}

std::optional<RegisterVehicle> FixtureVehicleRegister::lookup(const std::string& plate) const {
  ++lookups_;
  const auto it = vehicles_.find(plate);
  if (it == vehicles_.end()) return std::nullopt;
  RegisterVehicle out = it->second;
  out.fetched_at_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  return out;
}

std::size_t FixtureVehicleRegister::lookups() const { return lookups_.load(); }

std::unique_ptr<const registry::carriers::VehicleRegister> clientFor(const ClientSettings& settings) {
  if (settings.mode.empty() || settings.mode == "fixture") {
    return std::make_unique<FixtureVehicleRegister>();
  }
  if (settings.mode == "live") {
    if (settings.api_key.empty()) throw Error(ErrorKind::BadRequest, "vegvesen.error.no_key");
    LiveClientOptions options;
    options.base_url = settings.base_url;
    options.api_key = settings.api_key;
    return std::make_unique<LiveVehicleRegister>(options);
  }
  throw Error(ErrorKind::BadRequest, "vegvesen.error.mode", "MASSEFLYT_VEGVESEN=" + settings.mode);
}

}  // namespace masseflyt::vegvesen
