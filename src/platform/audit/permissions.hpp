#pragma once

#include "platform/auth/permissions.hpp"

namespace masseflyt::audit {

/// Permissions the audit log checks; granted to roles in platform/auth/roles.cpp.
inline constexpr auth::PermissionDef kAuditPermissions[] = {
    {"audit.log.read", "audit.permission.log_read", auth::PermissionScope::Platform},
};

}  // namespace masseflyt::audit
