#pragma once

#include <string_view>

#include "platform/auth/permissions.hpp"

namespace masseflyt::masses::searches {

// Saving searches is for people, whatever their role: the permission is in the baseline every
// logged-in person holds (platform/auth/roles.cpp). API clients do not hold it.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"masses.search.save", "masses.search.permission.save", auth::PermissionScope::Platform},
};

inline constexpr std::string_view kSavePermission = "masses.search.save";

}  // namespace masseflyt::masses::searches
