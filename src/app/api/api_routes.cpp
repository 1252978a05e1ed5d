#include "app/api/api_routes.hpp"

namespace masseflyt::app {

void registerApiRoutes(http::Router& router, const OpenApiDocument& document) {
  router.add({http::Method::Get, std::string(OpenApiDocument::kBasePath), http::Audience::Api,
              [&document](http::Request&) { return http::Response::json(document.indexJson()); },
              {}});
  router.add({http::Method::Get, std::string(OpenApiDocument::kBasePath) + "/openapi.json",
              http::Audience::Api,
              [&document](http::Request&) {
                auto response = http::Response::json(document.json());
                // Short cache: the document changes only with a new release.
                response.headers.set("Cache-Control", "public, max-age=300");
                return response;
              },
              {}});
}

}  // namespace masseflyt::app
