#pragma once

#include "platform/auth/permissions.hpp"

namespace masseflyt::identity::organisations {

// The permissions the organisations part checks, as data. Which roles hold them is decided in
// one grant table (platform/auth/roles.cpp), not here.
inline constexpr auth::PermissionDef kPermissions[] = {
    {"identity.organisation.register", "organisations.permission.register",
     auth::PermissionScope::Platform},
    {"identity.members.manage", "organisations.permission.members_manage",
     auth::PermissionScope::Organisation},
    {"identity.members.read", "organisations.permission.members_read",
     auth::PermissionScope::Organisation},
    {"identity.organisation.edit", "organisations.permission.edit",
     auth::PermissionScope::Organisation},
    {"identity.admin.first_admin.approve", "organisations.permission.first_admin_approve",
     auth::PermissionScope::Platform},
};

inline constexpr std::string_view kRegisterPermission = "identity.organisation.register";
inline constexpr std::string_view kManageMembersPermission = "identity.members.manage";
inline constexpr std::string_view kReadMembersPermission = "identity.members.read";
inline constexpr std::string_view kEditPermission = "identity.organisation.edit";
inline constexpr std::string_view kFirstAdminPermission = "identity.admin.first_admin.approve";

}  // namespace masseflyt::identity::organisations
