#pragma once

#include <string_view>

#include "platform/auth/permissions.hpp"

namespace masseflyt::registry::imports {

// The permissions the imports part checks, as data; platform/auth/roles.cpp grants them.
// Claiming an imported site needs the sites part's registry.site.edit for the claiming
// organisation, not a permission of its own.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"registry.import.run", "registry.import.permission.run", auth::PermissionScope::Platform},
    {"registry.import.claim.undo", "registry.import.permission.claim_undo", auth::PermissionScope::Platform},
};

inline constexpr std::string_view kRunPermission = "registry.import.run";
inline constexpr std::string_view kUndoClaimPermission = "registry.import.claim.undo";

}  // namespace masseflyt::registry::imports
