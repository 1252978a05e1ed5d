#include "platform/auth/permissions.hpp"

#include <algorithm>
#include <mutex>

#include "platform/core/error.hpp"

namespace masseflyt::auth {
namespace {

// Filled once at start-up by the composition root, read afterwards; the mutex only guards
// registration (tests register more than once).
struct Registry {
  std::mutex mutex;
  std::vector<PermissionDef> permissions;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

bool grants(const RoleDef& role, std::string_view permission) {
  return std::find(role.permissions.begin(), role.permissions.end(), permission) !=
         role.permissions.end();
}

bool roleGrants(std::string_view role_key, std::string_view permission) {
  const auto* role = findRole(role_key);
  return role != nullptr && grants(*role, permission);
}

bool inBaseline(std::string_view permission) {
  const auto baseline = baselinePermissions();
  return std::find(baseline.begin(), baseline.end(), permission) != baseline.end();
}

bool contains(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// An API client acts for exactly its own organisation (a verified membership set by the bearer
// middleware) and holds only its scopes; a Platform-scoped permission is never granted to it,
// whatever its scopes say. Without `organisation_id` the question is "in some organisation".
bool apiClientAllowed(const Principal& client, std::string_view permission,
                      std::optional<std::string_view> organisation_id) {
  if (!contains(client.scopes, permission)) return false;
  const auto* def = findPermission(permission);
  if (def != nullptr && def->scope == PermissionScope::Platform) return false;
  return std::any_of(client.memberships.begin(), client.memberships.end(), [&](const auto& m) {
    return m.verified && (!organisation_id || m.organisation_id == *organisation_id);
  });
}

}  // namespace

void registerPermissions(std::span<const PermissionDef> permissions) {
  auto& reg = registry();
  const std::lock_guard lock(reg.mutex);
  for (const auto& permission : permissions) {
    const auto existing =
        std::find_if(reg.permissions.begin(), reg.permissions.end(),
                     [&](const PermissionDef& p) { return p.key == permission.key; });
    if (existing == reg.permissions.end()) {
      reg.permissions.push_back(permission);
    } else if (existing->scope != permission.scope) {
      throw Error(ErrorKind::Internal, "auth.error.permission_scope_clash",
                  std::string(permission.key));
    }
  }
}

std::span<const PermissionDef> allPermissions() { return registry().permissions; }

const PermissionDef* findPermission(std::string_view key) {
  for (const auto& permission : registry().permissions) {
    if (permission.key == key) return &permission;
  }
  return nullptr;
}

std::vector<std::string> unregisteredGrantedPermissions() {
  std::vector<std::string> missing;
  const auto note = [&](std::string_view key) {
    if (findPermission(key) == nullptr && !contains(missing, key)) missing.emplace_back(key);
  };
  for (const auto& role : roles()) {
    for (const auto key : role.permissions) note(key);
  }
  for (const auto key : baselinePermissions()) note(key);
  return missing;
}

bool allowed(const Principal* principal, std::string_view permission,
             std::optional<std::string_view> organisation_id) {
  if (principal == nullptr) return false;
  if (principal->kind == Principal::Kind::ApiClient) {
    return apiClientAllowed(*principal, permission, organisation_id);
  }
  const auto* def = findPermission(permission);
  const PermissionScope scope =
      def != nullptr ? def->scope
                     : (organisation_id ? PermissionScope::Organisation : PermissionScope::Platform);

  // Platform roles count everywhere, for both scopes.
  for (const auto& role : principal->platform_roles) {
    const auto* role_def = findRole(role);
    if (role_def != nullptr && role_def->platform_role && grants(*role_def, permission)) {
      return true;
    }
  }
  if (scope == PermissionScope::Platform) {
    if (inBaseline(permission)) return true;
    return std::any_of(principal->memberships.begin(), principal->memberships.end(),
                       [&](const Membership& m) { return m.verified && roleGrants(m.role, permission); });
  }
  // Organisation scope: a verified membership of exactly that organisation (or of any, when no
  // organisation is named) whose role grants it. Only organisation roles count here.
  return std::any_of(principal->memberships.begin(), principal->memberships.end(),
                     [&](const Membership& m) {
                       if (!m.verified) return false;
                       if (organisation_id && m.organisation_id != *organisation_id) return false;
                       const auto* role_def = findRole(m.role);
                       return role_def != nullptr && !role_def->platform_role &&
                              grants(*role_def, permission);
                     });
}

void require(const http::Request& request, std::string_view permission,
             std::optional<std::string_view> organisation_id) {
  const Principal* principal = request.principal.get();
  if (principal == nullptr) {
    throw Error(ErrorKind::Unauthorized, "auth.error.login_required", std::string(permission));
  }
  if (!allowed(principal, permission, organisation_id)) {
    throw Error(ErrorKind::Forbidden,
                organisation_id ? "auth.error.forbidden_organisation" : "auth.error.forbidden",
                std::string(permission));
  }
}

const Principal& requireAuthenticated(const http::Request& request) {
  if (request.principal == nullptr) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  return *request.principal;
}

}  // namespace masseflyt::auth
