#pragma once

#include <span>
#include <string_view>

#include "platform/auth/permissions.hpp"

namespace masseflyt::registry::carriers {

// The permissions the carriers part checks, as data. Which roles hold them is decided in the one
// grant table (platform/auth/roles.cpp), not here.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"registry.carrier.edit", "registry.carrier.permission.edit", auth::PermissionScope::Organisation},
    {"registry.vehicle.edit", "registry.vehicle.permission.edit", auth::PermissionScope::Organisation},
    {"registry.vehicle.approve", "registry.vehicle.permission.approve",
     auth::PermissionScope::Organisation},
};

inline constexpr std::string_view kEditCarrier = "registry.carrier.edit";
inline constexpr std::string_view kEditVehicle = "registry.vehicle.edit";
inline constexpr std::string_view kApproveVehicle = "registry.vehicle.approve";

inline std::span<const auth::PermissionDef> permissions() { return kPermissions; }

}  // namespace masseflyt::registry::carriers
