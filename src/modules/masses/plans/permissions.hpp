#pragma once

#include "platform/auth/permissions.hpp"

namespace masseflyt::masses::plans {

// The permissions the plans part checks, as data. Which roles hold them is decided in the one grant
// table (platform/auth/roles.cpp). Object level: only verified members of the project's developer
// or contractor organisations (or platform roles granting it) may edit a project's plan.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"masses.plan.edit", "masses.plans.permission.edit", auth::PermissionScope::Organisation},
};

inline constexpr std::string_view kEditPermission = "masses.plan.edit";

}  // namespace masseflyt::masses::plans
