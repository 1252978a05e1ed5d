#include "app/pages/pages.hpp"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace masseflyt::app::pages
