#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/auth/principal.hpp"
#include "platform/http/message.hpp"

namespace masseflyt::auth {

/// Whether a permission is held across the platform or for one organisation at a time.
enum class PermissionScope { Platform, Organisation };

/// A permission declared as data by the module that checks it (Open Zaak style): each module
/// has a `permissions.hpp` listing its PermissionDefs; the developer portal and the role matrix
/// test read the same list.
struct PermissionDef {
  std::string_view key;              ///< "identity.members.manage"
  std::string_view description_key;  ///< message-catalog key for the Norwegian description
  PermissionScope scope;
};

/// A role and the permissions it grants. Roles are data: one table (platform/auth/roles.cpp)
/// maps every role to its permissions; nothing else decides who may do what.
struct RoleDef {
  std::string_view key;        ///< "org_admin", "representative", "dispatcher", "driver",
                               ///< "receiver", "quality_controller", "administrator", "tilsyn"
  std::string_view name_key;   ///< message-catalog key for the Norwegian role name
  bool platform_role;          ///< administrator and tilsyn are platform roles
  std::vector<std::string_view> permissions;
};

std::span<const RoleDef> roles();
const RoleDef* findRole(std::string_view key);
/// Permissions every logged-in person holds whatever their roles (Platform scope only), e.g.
/// "identity.organisation.register": anyone may register an organisation and ask to represent it.
std::span<const std::string_view> baselinePermissions();
/// The Norwegian name of a role key (the key itself for an unknown role).
std::string_view roleName(std::string_view key);

/// All permissions of all modules (registered at start-up by the composition root).
void registerPermissions(std::span<const PermissionDef> permissions);
std::span<const PermissionDef> allPermissions();
const PermissionDef* findPermission(std::string_view key);
/// Keys granted by the role table (or the baseline) that no module registered: a typo or a
/// forgotten registration. The composition root checks this is empty at start-up.
std::vector<std::string> unregisteredGrantedPermissions();

/// The one place permissions are checked. Throws Error(Unauthorized) when nobody is logged in,
/// Error(Forbidden) when the principal lacks the permission. For Organisation-scoped
/// permissions `organisation_id` names the organisation acted for: only a VERIFIED membership
/// of that organisation whose role grants the permission counts (platform roles that grant it
/// count everywhere).
void require(const http::Request& request, std::string_view permission,
             std::optional<std::string_view> organisation_id = std::nullopt);
/// Anyone acting, a person or an API client; throws Error(Unauthorized) otherwise. For API
/// handlers whose use case checks the organisation-scoped permission itself (the organisation is
/// only known from the body or the record), so the gate must not be a person-only permission.
const Principal& requireAuthenticated(const http::Request& request);
/// Rules (in order): nobody → no permission. A person holds a Platform-scoped permission if it is
/// in the baseline, granted by one of their platform roles, or granted by the role of one of
/// their VERIFIED memberships. An Organisation-scoped permission needs either a platform role
/// granting it (valid in every organisation; tilsyn only gets read permissions) or a VERIFIED
/// membership of exactly `organisation_id` whose role grants it. Pending, rejected and revoked
/// memberships grant nothing. Without `organisation_id`, an Organisation-scoped permission asks
/// "in at least one organisation" (menus, not decisions). An unregistered key takes its scope
/// from whether `organisation_id` is given. API clients hold only their scopes, for their own
/// organisation.
/// Same rule as require, without throwing.
bool allowed(const Principal* principal, std::string_view permission,
             std::optional<std::string_view> organisation_id = std::nullopt);

}  // namespace masseflyt::auth
