#pragma once

#include <span>
#include <string_view>

#include "platform/auth/permissions.hpp"

namespace masseflyt::registry::providers {

// The permissions the providers part checks, as data. Which roles hold them is decided in the one
// grant table (platform/auth/roles.cpp), not here.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"registry.provider.edit", "registry.provider.permission.edit", auth::PermissionScope::Organisation},
};

inline constexpr std::string_view kEditProvider = "registry.provider.edit";

inline std::span<const auth::PermissionDef> permissions() { return kPermissions; }

}  // namespace masseflyt::registry::providers
