#pragma once

#include <optional>
#include <string_view>

#include "modules/registry/carriers/app/vehicle_register.hpp"

// One parser for what Statens vegvesen sends (KjoretoydataResponse), shared by the live client and
// the fixture client, so the recorded responses exercise exactly the code that reads live answers.
namespace masseflyt::vegvesen {

using registry::carriers::RegisterVehicle;

/// The first vehicle of a kjoretoydata answer; nullopt when the list is empty (the register's
/// "not found" with a feilmelding). Tolerant of unknown and missing fields. Throws
/// Error(Unavailable, "vegvesen.error.invalid_response") for a body that is not such an object.
std::optional<RegisterVehicle> parseVehicleResponse(std::string_view json);

}  // namespace masseflyt::vegvesen
