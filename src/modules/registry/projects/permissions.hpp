#pragma once

#include "platform/auth/permissions.hpp"

namespace masseflyt::registry::projects {

// The permissions the projects part checks, as data. Which roles hold them is decided in the one
// grant table (platform/auth/roles.cpp).
inline constexpr auth::PermissionDef kPermissions[] = {
    {"registry.project.edit", "registry.project.permission.edit", auth::PermissionScope::Organisation},
};

inline constexpr std::string_view kEditPermission = "registry.project.edit";

}  // namespace masseflyt::registry::projects
