#pragma once

#include "platform/auth/permissions.hpp"

namespace masseflyt::identity::clients {

// The permissions the API clients part checks, as data. Which roles hold them is decided in one
// grant table (platform/auth/roles.cpp).
inline constexpr auth::PermissionDef kPermissions[] = {
    {"identity.api_clients.manage", "clients.permission.manage", auth::PermissionScope::Organisation},
};

inline constexpr std::string_view kManagePermission = "identity.api_clients.manage";

}  // namespace masseflyt::identity::clients
