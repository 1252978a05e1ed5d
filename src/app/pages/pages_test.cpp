#include "app/pages/pages.hpp"

#include <gtest/gtest.h>

#include <string>

#include "platform/auth/permissions.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/test_support.hpp"

namespace masseflyt::app::pages {
namespace {

class PagesTest : public ::testing::Test {
 protected:
  std::string get(std::string_view path) {
    const auto match = router_.match(http::Method::Get, path);
    EXPECT_EQ(match.kind, http::RouteMatch::Kind::Found) << path;
    if (match.kind != http::RouteMatch::Kind::Found) {
      return {};
    }
    http::Request request;
    request.path = std::string(path);
    const auto response = match.route->handler(request);
    EXPECT_EQ(response.status, 200) << path;
    EXPECT_EQ(response.headers.get("Content-Type").value_or(""), "text/html; charset=utf-8");
    return response.body;
  }

  void SetUp() override { registerPageRoutes(router_, renderer_); }

  web::Renderer renderer_{web::testing::fakeManifest(), web::SiteOptions{"post@example.no"}};
  http::Router router_;
};

TEST_F(PagesTest, EveryPageRendersInTheLayoutWithOneHeading) {
  for (const char* path : {"/", "/personvern", "/tilgjengelighet", "/utviklere"}) {
    const auto html = get(path);
    EXPECT_NE(html.find("<main id=\"innhold\""), std::string::npos) << path;
    int h1 = 0;
    for (auto pos = html.find("<h1"); pos != std::string::npos; pos = html.find("<h1", pos + 1)) {
      ++h1;
    }
    EXPECT_EQ(h1, 1) << path;
    EXPECT_EQ(html.find("{{"), std::string::npos) << path;
    EXPECT_EQ(html.find("<script>"), std::string::npos) << path;
    EXPECT_EQ(html.find(" style="), std::string::npos) << path;
  }
}

TEST_F(PagesTest, LandingPageExplainsEveryRole) {
  const auto html = get("/");
  for (const char* role : {"developer_client", "actor", "carrier", "driver", "receiver", "quality",
                           "supervisor", "public"}) {
    const auto key = std::string("app.home.role.") + role + ".title";
    ASSERT_TRUE(i18n::catalog().contains(key)) << key;
    EXPECT_NE(html.find(std::string(i18n::t(key))), std::string::npos) << key;
  }
  EXPECT_NE(html.find("href=\"/\" aria-current=\"page\""), std::string::npos);
}

TEST_F(PagesTest, StatementsShowTheContactAddress) {
  EXPECT_NE(get("/personvern").find("mailto:post@example.no"), std::string::npos);
  EXPECT_NE(get("/tilgjengelighet").find("mailto:post@example.no"), std::string::npos);
}

TEST_F(PagesTest, DeveloperPortalLoadsTheViewerFromOurOwnServer) {
  const auto html = get("/utviklere");
  EXPECT_NE(html.find("data-spec=\"/api/v1/openapi.json\""), std::string::npos);
  EXPECT_NE(html.find("src=\"/static/swagger-ui-FFFFFFFF.js\""), std::string::npos);
  EXPECT_NE(html.find("src=\"/static/api-viewer-HHHHHHHH.js\""), std::string::npos);
  EXPECT_EQ(html.find("https://"), html.find("https://&lt;"));  // only the placeholder example
}

TEST(DeveloperPortal, ListsTheOrganisationPermissionsAsClientScopes) {
  static constexpr auth::PermissionDef kPermissions[] = {
      {"test.portal.edit", "app.developers.title", auth::PermissionScope::Organisation},
      {"test.portal.platform", "app.developers.title", auth::PermissionScope::Platform},
  };
  auth::registerPermissions(kPermissions);  // before the pages are rendered, as in serve
  const web::Renderer renderer{web::testing::fakeManifest(), web::SiteOptions{}};
  http::Router router;
  registerPageRoutes(router, renderer);
  http::Request request;
  const auto html = router.match(http::Method::Get, "/utviklere").route->handler(request).body;
  EXPECT_NE(html.find("<code>test.portal.edit</code>"), std::string::npos);
  EXPECT_EQ(html.find("test.portal.platform"), std::string::npos);
  EXPECT_NE(html.find("Authorization: Bearer"), std::string::npos);
  // Code examples keep their lines (plain HTML escaping would turn each newline into a space).
  EXPECT_NE(html.find("{\n  &quot;type&quot;"), std::string::npos);
}

}  // namespace
}  // namespace masseflyt::app::pages
