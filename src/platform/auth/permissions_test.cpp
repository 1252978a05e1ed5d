#include "platform/auth/permissions.hpp"

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <set>

#include "platform/core/error.hpp"

namespace masseflyt::auth {
namespace {

using Scope = PermissionScope;

// The permissions of this slice as their modules declare them (identity/organisations and
// platform/audit). Registered here because platform code cannot include module headers; the
// composition root registers the real declarations and checks none is missing.
constexpr PermissionDef kPermissions[] = {
    {"identity.organisation.register", "-", Scope::Platform},
    {"identity.members.manage", "-", Scope::Organisation},
    {"identity.members.read", "-", Scope::Organisation},
    {"identity.organisation.edit", "-", Scope::Organisation},
    {"identity.admin.first_admin.approve", "-", Scope::Platform},
    {"audit.log.read", "-", Scope::Platform},
    {"identity.api_clients.manage", "-", Scope::Organisation},
    {"registry.carrier.edit", "-", Scope::Organisation},
    {"registry.vehicle.edit", "-", Scope::Organisation},
    {"registry.vehicle.approve", "-", Scope::Organisation},
    {"registry.project.edit", "-", Scope::Organisation},
    {"registry.site.edit", "-", Scope::Organisation},
    {"registry.provider.edit", "-", Scope::Organisation},
    {"registry.import.run", "-", Scope::Platform},
    {"registry.import.claim.undo", "-", Scope::Platform},
    {"masses.plan.edit", "-", Scope::Organisation},
    {"masses.listing.edit", "-", Scope::Organisation},
    {"masses.search.save", "-", Scope::Platform},
};

// Column order of the expected matrix.
constexpr std::array<std::string_view, 8> kRoleOrder = {
    "org_admin", "representative", "dispatcher",    "driver",
    "receiver",  "quality_controller", "administrator", "tilsyn"};

struct Expected {
  std::string_view permission;
  //            org_admin repr.  dispat. driver receiv. quality admin  tilsyn
  std::array<bool, 8> allowed;
};

// THE expected role x permission matrix. A change to roles.cpp must change this table.
constexpr Expected kMatrix[] = {
    {"identity.organisation.register", {true, true, true, true, true, true, true, true}},
    {"identity.members.manage", {true, false, false, false, false, false, true, false}},
    {"identity.members.read", {true, true, false, false, false, false, true, true}},
    {"identity.organisation.edit", {true, false, false, false, false, false, true, false}},
    {"identity.admin.first_admin.approve", {false, false, false, false, false, false, true, false}},
    {"audit.log.read", {false, false, false, false, false, false, true, true}},
    {"identity.api_clients.manage", {true, false, false, false, false, false, true, false}},
    {"registry.carrier.edit", {true, true, true, false, false, false, true, false}},
    {"registry.vehicle.edit", {true, false, true, false, false, false, true, false}},
    {"registry.vehicle.approve", {true, false, false, false, false, false, true, false}},
    {"registry.project.edit", {true, true, false, false, false, false, true, false}},
    {"registry.site.edit", {true, true, false, false, false, false, true, false}},
    {"registry.provider.edit", {true, true, false, false, false, true, true, false}},
    {"registry.import.run", {false, false, false, false, false, false, true, false}},
    {"registry.import.claim.undo", {false, false, false, false, false, false, true, false}},
    {"masses.plan.edit", {true, true, false, false, false, false, true, false}},
    {"masses.listing.edit", {true, true, false, false, false, false, true, false}},
    {"masses.search.save", {true, true, true, true, true, true, true, true}},
};

constexpr std::string_view kOrgA = "org-a";
constexpr std::string_view kOrgB = "org-b";

Principal personWithRole(std::string_view role, bool verified = true,
                         std::string_view organisation = kOrgA) {
  Principal p;
  p.user_id = "user-1";
  const auto* def = findRole(role);
  if (def != nullptr && def->platform_role) {
    p.platform_roles.emplace_back(role);
  } else {
    p.memberships.push_back(Membership{std::string(organisation), "000000000", "Org",
                                       std::string(role), verified});
  }
  return p;
}

std::optional<std::string_view> orgFor(std::string_view permission, std::string_view org) {
  const auto* def = findPermission(permission);
  return def != nullptr && def->scope == Scope::Organisation ? std::optional(org) : std::nullopt;
}

class PermissionsTest : public ::testing::Test {
 protected:
  void SetUp() override { registerPermissions(kPermissions); }
};

TEST_F(PermissionsTest, RoleTableHasExactlyTheRolesOfTheMatrix) {
  ASSERT_EQ(roles().size(), kRoleOrder.size());
  for (std::size_t i = 0; i < kRoleOrder.size(); ++i) {
    EXPECT_EQ(roles()[i].key, kRoleOrder[i]);
    EXPECT_NE(roleName(kRoleOrder[i]), kRoleOrder[i]) << "missing Norwegian name";
  }
  EXPECT_TRUE(findRole("administrator")->platform_role);
  EXPECT_TRUE(findRole("tilsyn")->platform_role);
  EXPECT_FALSE(findRole("org_admin")->platform_role);
}

TEST_F(PermissionsTest, MatrixCoversEveryGrantedPermission) {
  std::set<std::string_view> granted(baselinePermissions().begin(), baselinePermissions().end());
  for (const auto& role : roles()) granted.insert(role.permissions.begin(), role.permissions.end());
  std::set<std::string_view> in_matrix;
  for (const auto& row : kMatrix) in_matrix.insert(row.permission);
  EXPECT_EQ(granted, in_matrix);
  EXPECT_TRUE(unregisteredGrantedPermissions().empty());
}

TEST_F(PermissionsTest, WholeRoleByPermissionMatrix) {
  for (const auto& row : kMatrix) {
    for (std::size_t i = 0; i < kRoleOrder.size(); ++i) {
      const auto principal = personWithRole(kRoleOrder[i]);
      EXPECT_EQ(allowed(&principal, row.permission, orgFor(row.permission, kOrgA)), row.allowed[i])
          << kRoleOrder[i] << " / " << row.permission;
    }
  }
}

TEST_F(PermissionsTest, VerifiedMemberOfOneOrganisationCannotActForAnother) {
  for (const auto& row : kMatrix) {
    if (findPermission(row.permission)->scope != Scope::Organisation) continue;
    for (std::size_t i = 0; i < kRoleOrder.size(); ++i) {
      if (findRole(kRoleOrder[i])->platform_role) continue;
      const auto principal = personWithRole(kRoleOrder[i]);
      EXPECT_FALSE(allowed(&principal, row.permission, kOrgB))
          << kRoleOrder[i] << " acting for B / " << row.permission;
    }
  }
}

TEST_F(PermissionsTest, PendingMemberHoldsNothingButTheBaseline) {
  for (std::size_t i = 0; i < kRoleOrder.size(); ++i) {
    if (findRole(kRoleOrder[i])->platform_role) continue;
    const auto principal = personWithRole(kRoleOrder[i], /*verified=*/false);
    for (const auto& row : kMatrix) {
      const bool baseline =
          row.permission == "identity.organisation.register" || row.permission == "masses.search.save";
      EXPECT_EQ(allowed(&principal, row.permission, orgFor(row.permission, kOrgA)), baseline)
          << "pending " << kRoleOrder[i] << " / " << row.permission;
      EXPECT_FALSE(allowed(&principal, row.permission, kOrgA) && !baseline);
    }
  }
}

TEST_F(PermissionsTest, PlatformAdministratorActsForEveryOrganisation) {
  const auto admin = personWithRole("administrator");
  for (const auto org : {kOrgA, kOrgB, std::string_view("any-other")}) {
    EXPECT_TRUE(allowed(&admin, "identity.members.manage", org));
    EXPECT_TRUE(allowed(&admin, "identity.organisation.edit", org));
  }
}

TEST_F(PermissionsTest, TilsynIsReadOnly) {
  const auto* tilsyn = findRole("tilsyn");
  for (const auto key : tilsyn->permissions) {
    EXPECT_TRUE(key.ends_with(".read")) << key;
  }
  const auto principal = personWithRole("tilsyn");
  EXPECT_TRUE(allowed(&principal, "identity.members.read", kOrgB));
  EXPECT_FALSE(allowed(&principal, "identity.members.manage", kOrgB));
  EXPECT_FALSE(allowed(&principal, "identity.organisation.edit", kOrgA));
}

TEST_F(PermissionsTest, AnonymousHoldsNothing) {
  for (const auto& row : kMatrix) {
    EXPECT_FALSE(allowed(nullptr, row.permission, orgFor(row.permission, kOrgA)));
  }
}

TEST_F(PermissionsTest, UnknownRoleOrPermissionGrantsNothing) {
  const auto principal = personWithRole("superuser");
  EXPECT_FALSE(allowed(&principal, "identity.members.read", kOrgA));
  const auto admin = personWithRole("org_admin");
  EXPECT_FALSE(allowed(&admin, "identity.members.manageX", kOrgA));
}

TEST_F(PermissionsTest, RequireThrowsUnauthorizedThenForbidden) {
  http::Request request;
  try {
    require(request, "identity.members.read", kOrgA);
    FAIL() << "no throw";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unauthorized);
  }
  request.principal = std::make_shared<Principal>(personWithRole("driver"));
  try {
    require(request, "identity.members.read", kOrgA);
    FAIL() << "no throw";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Forbidden);
  }
  request.principal = std::make_shared<Principal>(personWithRole("representative"));
  EXPECT_NO_THROW(require(request, "identity.members.read", kOrgA));
  EXPECT_NO_THROW(require(request, "identity.organisation.register"));
}

TEST_F(PermissionsTest, ConflictingScopeRegistrationIsRefused) {
  const PermissionDef clash[] = {{"audit.log.read", "-", Scope::Organisation}};
  EXPECT_THROW(registerPermissions(clash), Error);
}

TEST_F(PermissionsTest, ApiClientsHoldOnlyTheirScopesForTheirOrganisation) {
  Principal client;
  client.kind = Principal::Kind::ApiClient;
  client.scopes = {"identity.members.read"};
  client.memberships.push_back(Membership{std::string(kOrgA), "", "", "", true});
  EXPECT_TRUE(allowed(&client, "identity.members.read", kOrgA));
  EXPECT_FALSE(allowed(&client, "identity.members.read", kOrgB));
  EXPECT_FALSE(allowed(&client, "identity.members.manage", kOrgA));
}

TEST_F(PermissionsTest, ApiClientsNeverHoldPlatformPermissionsOrUnverifiedOrganisations) {
  Principal client;
  client.kind = Principal::Kind::ApiClient;
  // Even a platform permission smuggled into the scopes grants nothing: clients act for one
  // organisation only.
  client.scopes = {"audit.log.read", "identity.organisation.register", "identity.api_clients.manage"};
  client.memberships.push_back(Membership{std::string(kOrgA), "", "", "", true});
  EXPECT_FALSE(allowed(&client, "audit.log.read"));
  EXPECT_FALSE(allowed(&client, "identity.organisation.register"));
  EXPECT_TRUE(allowed(&client, "identity.api_clients.manage", kOrgA));
  EXPECT_TRUE(allowed(&client, "identity.api_clients.manage"));  // "in some organisation" (menus)
  EXPECT_FALSE(allowed(&client, "identity.api_clients.manage", kOrgB));
  client.memberships.front().verified = false;
  EXPECT_FALSE(allowed(&client, "identity.api_clients.manage", kOrgA));
  EXPECT_FALSE(allowed(&client, "identity.api_clients.manage"));
  Principal empty;
  empty.kind = Principal::Kind::ApiClient;
  empty.scopes = {"identity.members.read"};
  EXPECT_FALSE(allowed(&empty, "identity.members.read"));  // no organisation at all
}

}  // namespace
}  // namespace masseflyt::auth
