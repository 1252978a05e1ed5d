#include <array>

#include "platform/auth/permissions.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::auth {
namespace {

// THE grant table: every role and what it may do. Changing a line here changes who may do what
// across the whole platform, so the role x permission matrix test (permissions_test.cpp) spells
// out the expected result and must be changed with it.
//
// Pending (unverified) members get nothing from their role until an organisation admin or a
// platform administrator approves them. Tilsyn is read-only: only *.read permissions.
const std::array<RoleDef, 8>& table() {
  static const std::array<RoleDef, 8> kRoles = {{
      {"org_admin", "auth.role.org_admin", false,
       {"identity.members.manage", "identity.members.read", "identity.organisation.edit",
        "identity.api_clients.manage",
        "registry.carrier.edit", "registry.vehicle.edit", "registry.vehicle.approve",
        "registry.project.edit", "registry.site.edit", "registry.provider.edit", "masses.plan.edit", "masses.listing.edit"}},
      {"representative", "auth.role.representative", false, {"identity.members.read",
        "registry.carrier.edit", "registry.project.edit", "registry.site.edit",
        "registry.provider.edit", "masses.plan.edit", "masses.listing.edit"}},
      {"dispatcher", "auth.role.dispatcher", false, {"registry.carrier.edit", "registry.vehicle.edit"}},
      {"driver", "auth.role.driver", false, {}},
      {"receiver", "auth.role.receiver", false, {}},
      {"quality_controller", "auth.role.quality_controller", false, {"registry.provider.edit"}},
      {"administrator", "auth.role.administrator", true,
       {"identity.members.manage", "identity.members.read", "identity.organisation.edit",
        "identity.admin.first_admin.approve", "audit.log.read", "identity.api_clients.manage",
        "registry.carrier.edit", "registry.vehicle.edit", "registry.vehicle.approve",
        "registry.project.edit", "registry.site.edit", "registry.provider.edit",
        "registry.import.run", "registry.import.claim.undo", "masses.plan.edit", "masses.listing.edit"}},
      {"tilsyn", "auth.role.tilsyn", true, {"identity.members.read", "audit.log.read"}},
  }};
  return kRoles;
}

// Held by every logged-in person, whatever their roles.
constexpr std::array<std::string_view, 2> kBaseline = {"identity.organisation.register",
                                                     "masses.search.save"};

}  // namespace

std::span<const RoleDef> roles() { return table(); }

const RoleDef* findRole(std::string_view key) {
  for (const auto& role : table()) {
    if (role.key == key) return &role;
  }
  return nullptr;
}

std::span<const std::string_view> baselinePermissions() { return kBaseline; }

std::string_view roleName(std::string_view key) {
  const auto* role = findRole(key);
  return role != nullptr ? i18n::t(role->name_key) : key;
}

}  // namespace masseflyt::auth
