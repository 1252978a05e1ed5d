#pragma once

#include <string_view>

#include "platform/auth/permissions.hpp"

namespace masseflyt::registry::sites {

// The permissions the sites part checks, as data. Reading sites needs none (open register;
// personal contact details need a login only). Which roles hold them: platform/auth/roles.cpp.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"registry.site.edit", "registry.site.permission.edit", auth::PermissionScope::Organisation},
};

inline constexpr std::string_view kEditPermission = "registry.site.edit";

}  // namespace masseflyt::registry::sites
