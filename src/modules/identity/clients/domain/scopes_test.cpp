#include "modules/identity/clients/domain/scopes.hpp"

#include <gtest/gtest.h>

namespace masseflyt::identity::clients {
namespace {

using Scope = auth::PermissionScope;

constexpr auth::PermissionDef kPermissions[] = {
    {"identity.organisation.register", "-", Scope::Platform},
    {"identity.members.manage", "-", Scope::Organisation},
    {"identity.members.read", "-", Scope::Organisation},
    {"identity.organisation.edit", "-", Scope::Organisation},
    {"identity.api_clients.manage", "-", Scope::Organisation},
    {"audit.log.read", "-", Scope::Platform},
};

auth::Principal person(std::string role, bool verified = true, std::string org = "org-a") {
  auth::Principal p;
  p.user_id = "u1";
  if (role == "administrator" || role == "tilsyn") {
    p.platform_roles.push_back(role);
  } else {
    p.memberships.push_back({org, "315500117", "Org", role, verified});
  }
  return p;
}

class ScopesTest : public ::testing::Test {
 protected:
  void SetUp() override { auth::registerPermissions(kPermissions); }
};

TEST(ParseScopeList, SplitsOnSpacesDropsDuplicatesKeepsOrder) {
  EXPECT_EQ(parseScopeList("b a  b ").value(), (std::vector<std::string>{"b", "a"}));
  EXPECT_TRUE(parseScopeList("").value().empty());
  EXPECT_EQ(parseScopeList("baerum:masseflyt/identity.members.read").value().size(), 1u);
}

TEST(ParseScopeList, RefusesCharactersOutsideRfc6749) {
  EXPECT_FALSE(parseScopeList("a\"b").has_value());
  EXPECT_FALSE(parseScopeList("a\\b").has_value());
  EXPECT_FALSE(parseScopeList("a\tb").has_value());
  EXPECT_FALSE(parseScopeList("bl\xC3\xA5").has_value());
  EXPECT_FALSE(parseScopeList(std::string(5000, 'a')).has_value());
  EXPECT_EQ(joinScopes({"a", "b"}), "a b");
}

TEST_F(ScopesTest, AnAdminMayGrantExactlyTheOrganisationPermissionsTheyHoldThere) {
  const auto grantable = grantableScopes(person("org_admin"), "org-a", kPermissions);
  EXPECT_EQ(grantable, (std::vector<std::string>{"identity.members.manage", "identity.members.read",
                                                 "identity.organisation.edit",
                                                 "identity.api_clients.manage"}));
  // Nothing platform-wide, nothing for another organisation.
  EXPECT_TRUE(grantableScopes(person("org_admin"), "org-b", kPermissions).empty());
}

TEST_F(ScopesTest, LesserRolesAndPendingMembersGrantLessOrNothing) {
  EXPECT_EQ(grantableScopes(person("representative"), "org-a", kPermissions),
            (std::vector<std::string>{"identity.members.read"}));
  EXPECT_TRUE(grantableScopes(person("org_admin", false), "org-a", kPermissions).empty());
  EXPECT_TRUE(grantableScopes(person("driver"), "org-a", kPermissions).empty());
}

TEST_F(ScopesTest, ApiClientsCannotHandOutScopes) {
  auth::Principal client;
  client.kind = auth::Principal::Kind::ApiClient;
  client.scopes = {"identity.members.read", "identity.api_clients.manage"};
  client.memberships.push_back({"org-a", "", "", "", true});
  EXPECT_TRUE(grantableScopes(client, "org-a", kPermissions).empty());
}

TEST_F(ScopesTest, PlatformAdministratorGrantsWhatTheirRoleHolds) {
  const auto grantable = grantableScopes(person("administrator"), "org-b", kPermissions);
  EXPECT_NE(std::find(grantable.begin(), grantable.end(), "identity.members.manage"), grantable.end());
  EXPECT_EQ(std::find(grantable.begin(), grantable.end(), "audit.log.read"), grantable.end());
}

TEST(NarrowScopes, EmptyRequestMeansAllSubsetsPassOthersFail) {
  const std::vector<std::string> granted{"a", "b"};
  EXPECT_EQ(narrowScopes(granted, {}).value(), granted);
  EXPECT_EQ(narrowScopes(granted, {"b"}).value(), (std::vector<std::string>{"b"}));
  EXPECT_FALSE(narrowScopes(granted, {"b", "c"}).has_value());
}

TEST_F(ScopesTest, CurrentScopesDropUnknownAndPlatformPermissions) {
  EXPECT_EQ(currentScopes({"identity.members.read", "gone.permission", "audit.log.read"}, kPermissions),
            (std::vector<std::string>{"identity.members.read"}));
}

TEST_F(ScopesTest, ExternalScopesMapOnlyByTheConfiguredPrefix) {
  const std::string claim =
      "baerum:masseflyt/identity.members.read baerum:masseflyt/audit.log.read "
      "other:identity.members.manage baerum:masseflyt/unknown identity.members.manage";
  EXPECT_EQ(mapExternalScopes(claim, "baerum:masseflyt/", kPermissions),
            (std::vector<std::string>{"identity.members.read"}));
  EXPECT_TRUE(mapExternalScopes(claim, "", kPermissions).empty());
}

TEST(ConsumerId, AcceptsIso6523WithBothAuthorityPrefixes) {
  EXPECT_EQ(organisationNumberFromConsumerId("0192:315500117").value(), "315500117");
  EXPECT_EQ(organisationNumberFromConsumerId("9908:315500117").value(), "315500117");
  EXPECT_FALSE(organisationNumberFromConsumerId("0088:315500117").has_value());
  EXPECT_FALSE(organisationNumberFromConsumerId("0192:31550011").has_value());
  EXPECT_FALSE(organisationNumberFromConsumerId("0192:31550011x").has_value());
  EXPECT_FALSE(organisationNumberFromConsumerId("").has_value());
}

}  // namespace
}  // namespace masseflyt::identity::clients
