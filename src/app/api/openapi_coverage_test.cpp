// Every /api/v1 route the binary serves is in the OpenAPI document, and the document lists no
// route that does not exist. Built from the same registerAllRoutes that `serve` uses.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "app/api/openapi_document.hpp"
#include "app/routes.hpp"
#include "platform/auth/permissions.hpp"
#include "integrations/brreg/fixture_client.hpp"
#include "platform/db/database.hpp"
#include "platform/web/renderer.hpp"
#include "platform/web/test_support.hpp"

namespace masseflyt::app {
namespace {

std::set<ApiOperation> servedApiOperations(const http::Router& router) {
  std::set<ApiOperation> served;
  for (const auto& route : router.routes()) {
    if (route.pattern.starts_with(OpenApiDocument::kBasePath)) {
      served.insert({route.method, route.pattern});
    }
  }
  return served;
}

class RegisteredRoutes : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("masseflyt-coverage-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "manifest.json") << R"({"app.css": "app-AAAAAAAA.css"})";
    std::ofstream(dir_ / "app-AAAAAAAA.css") << "body{}";
    database_ = db::Database::open({"sqlite:" + (dir_ / "coverage.db").string(), 1});
    registerAllRoutes(router_, {*database_, renderer_, document_, brreg_, dir_});
  }
  void TearDown() override {
    database_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> database_;
  OpenApiDocument document_ = OpenApiDocument::fromEmbedded();
  const brreg::FixtureBrregClient brreg_;
  const web::Renderer renderer_{web::testing::fakeManifest(), web::SiteOptions{}};
  http::Router router_;
};

TEST_F(RegisteredRoutes, EveryServedApiRouteIsDocumented) {
  const std::set<ApiOperation> documented(document_.operations().begin(),
                                          document_.operations().end());
  for (const auto& operation : servedApiOperations(router_)) {
    EXPECT_TRUE(documented.contains(operation))
        << http::methodName(operation.method) << ' ' << operation.path
        << " is served but missing from the OpenAPI document";
  }
}

TEST_F(RegisteredRoutes, EveryDocumentedRouteIsServed) {
  const auto served = servedApiOperations(router_);
  for (const auto& operation : document_.operations()) {
    EXPECT_TRUE(served.contains(operation))
        << http::methodName(operation.method) << ' ' << operation.path
        << " is documented but no such route exists";
  }
}

TEST_F(RegisteredRoutes, ApiRoutesAnswerAsApi) {
  for (const auto& route : router_.routes()) {
    if (route.pattern.starts_with(OpenApiDocument::kBasePath)) {
      EXPECT_EQ(route.audience, http::Audience::Api) << route.pattern;
    }
  }
}

// Roles may grant only permissions some module declared: a typo in the grant table or a module
// that forgot to register its permissions would otherwise silently grant nothing.
TEST_F(RegisteredRoutes, EveryGrantedPermissionIsRegisteredByAModule) {
  EXPECT_THAT(auth::unregisteredGrantedPermissions(), ::testing::IsEmpty());
}

// Every write an API client may make is documented with the scope it needs, and every such scope
// is a permission some module registered; `serve` refuses to start otherwise.
TEST_F(RegisteredRoutes, ClientScopesAreTheRegisteredOrganisationPermissions) {
  ASSERT_NO_THROW(document_.describeClientScopes(auth::allPermissions()));
  for (const auto& permission : auth::allPermissions()) {
    const auto listed = document_.json().find('"' + std::string(permission.key) + "\":\"");
    EXPECT_EQ(listed != std::string::npos, permission.scope == auth::PermissionScope::Organisation)
        << permission.key;
  }
  EXPECT_THAT(document_.json(), ::testing::HasSubstr(R"("oauth2":["masses.listing.edit"])"));
}

}  // namespace
}  // namespace masseflyt::app
