#pragma once

#include <string_view>

#include "platform/auth/permissions.hpp"

namespace masseflyt::masses::listings {

// The permissions the listings part checks, as data. Reading published listings needs none (open
// data); drafts are seen by those who may edit them. Which roles hold them: platform/auth/roles.cpp.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"masses.listing.edit", "masses.listing.permission.edit", auth::PermissionScope::Organisation},
};

inline constexpr std::string_view kEditPermission = "masses.listing.edit";

}  // namespace masseflyt::masses::listings
