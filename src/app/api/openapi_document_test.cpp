#include "app/api/openapi_document.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace masseflyt::app {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kBase = R"({
  "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
  "tags": [{"name": "Plattform"}],
  "paths": {"/": {"get": {}}, "/openapi.json": {"get": {}}},
  "components": {"schemas": {"Problem": {}}}
})";

TEST(OpenApiDocument, MergesModuleFragmentsAndListsTheirOperations) {
  const EmbeddedFile files[] = {
      {"app/api/openapi/v1.json", kBase},
      {"modules/registry/api/openapi.json",
       R"({"tags": [{"name": "Anlegg"}], "paths": {"/anlegg": {"get": {}, "post": {}},
           "/anlegg/{id}": {"get": {}}}, "components": {"schemas": {"Anlegg": {}}}})"},
  };
  const auto document = OpenApiDocument::assemble(files);
  EXPECT_THAT(document.operations(), Contains(ApiOperation{http::Method::Post, "/api/v1/anlegg"}));
  EXPECT_THAT(document.operations(), Contains(ApiOperation{http::Method::Get, "/api/v1/anlegg/{id}"}));
  EXPECT_THAT(document.operations(), Contains(ApiOperation{http::Method::Get, "/api/v1"}));
  EXPECT_THAT(document.json(), HasSubstr(R"("Anlegg":{})"));
  EXPECT_THAT(document.json(), HasSubstr(R"({"name":"Anlegg"})"));
}

TEST(OpenApiDocument, IndexListsOnlyTopLevelCollections) {
  const EmbeddedFile files[] = {
      {"app/api/openapi/v1.json", kBase},
      {"modules/registry/api/openapi.json",
       R"({"paths": {"/anlegg": {"get": {}}, "/anlegg/{id}": {"get": {}}, "/token": {"post": {}}}})"},
  };
  const auto document = OpenApiDocument::assemble(files);
  EXPECT_THAT(document.indexJson(), HasSubstr(R"({"navn":"anlegg","href":"/api/v1/anlegg"})"));
  EXPECT_THAT(document.indexJson(), Not(HasSubstr("{id}")));
  EXPECT_THAT(document.indexJson(), Not(HasSubstr("token")));
  EXPECT_THAT(document.indexJson(), Not(HasSubstr("openapi.json\"}")));
}

TEST(OpenApiDocument, RefusesAFragmentThatRedefinesAPathOrSchema) {
  const EmbeddedFile duplicate_path[] = {
      {"app/api/openapi/v1.json", kBase},
      {"modules/a/api/openapi.json", R"({"paths": {"/openapi.json": {"get": {}}}})"},
  };
  EXPECT_THROW(OpenApiDocument::assemble(duplicate_path), std::runtime_error);
  const EmbeddedFile duplicate_schema[] = {
      {"app/api/openapi/v1.json", kBase},
      {"modules/a/api/openapi.json", R"({"components": {"schemas": {"Problem": {}}}})"},
  };
  EXPECT_THROW(OpenApiDocument::assemble(duplicate_schema), std::runtime_error);
}

TEST(OpenApiDocument, RefusesInvalidJsonAndAMissingBase) {
  const EmbeddedFile broken[] = {{"app/api/openapi/v1.json", "{"}};
  EXPECT_THROW(OpenApiDocument::assemble(broken), std::runtime_error);
  const EmbeddedFile no_base[] = {{"modules/a/api/openapi.json", "{}"}};
  EXPECT_THROW(OpenApiDocument::assemble(no_base), std::runtime_error);
}

TEST(OpenApiDocument, TheEmbeddedDocumentAssembles) {
  const auto document = OpenApiDocument::fromEmbedded();
  EXPECT_THAT(document.json(), HasSubstr(R"("openapi":"3.1.0")"));
  EXPECT_FALSE(document.operations().empty());
}

constexpr std::string_view kClientFragment = R"({
  "paths": {"/anlegg": {"get": {"security": []},
                        "post": {"security": [{"sesjon": []}, {"oauth2": ["registry.site.edit"]}]}}},
  "components": {"securitySchemes": {"oauth2": {"type": "oauth2",
      "flows": {"clientCredentials": {"tokenUrl": "/api/v1/token", "scopes": {}}}}}}
})";

constexpr auth::PermissionDef kPermissions[] = {
    {"registry.site.edit", "api.index.name", auth::PermissionScope::Organisation},
    {"audit.log.read", "api.index.name", auth::PermissionScope::Platform},
};

TEST(OpenApiDocument, ListsOrganisationPermissionsAsClientScopes) {
  const EmbeddedFile files[] = {{"app/api/openapi/v1.json", kBase}, {"modules/registry/api/openapi.json", kClientFragment}};
  auto document = OpenApiDocument::assemble(files);
  document.describeClientScopes(kPermissions);
  EXPECT_THAT(document.json(), HasSubstr(R"("scopes":{"registry.site.edit":"Masseflyt API"})"));
  EXPECT_THAT(document.json(), Not(HasSubstr(R"("audit.log.read")")));
}

TEST(OpenApiDocument, RefusesAnOperationAskingForAScopeThatIsNoOrganisationPermission) {
  const EmbeddedFile files[] = {{"app/api/openapi/v1.json", kBase}, {"modules/registry/api/openapi.json", kClientFragment}};
  auto document = OpenApiDocument::assemble(files);
  EXPECT_THROW(document.describeClientScopes(std::span(kPermissions).subspan(1)), std::runtime_error);
  const EmbeddedFile without_flow[] = {{"app/api/openapi/v1.json", kBase}};
  auto bare = OpenApiDocument::assemble(without_flow);
  EXPECT_THROW(bare.describeClientScopes(kPermissions), std::runtime_error);
}

}  // namespace
}  // namespace masseflyt::app
