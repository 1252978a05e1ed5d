#include "app/health/health_routes.hpp"

#include "platform/core/error.hpp"

namespace masseflyt::app {
namespace {

http::Response okStatus() {
  auto response = http::Response::json(R"({"status":"ok"})");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

void registerHealthRoutes(http::Router& router, db::Database& database) {
  router.add({http::Method::Get, "/healthz", http::Audience::Api,
              [](http::Request&) { return okStatus(); }, {}});
  router.add({http::Method::Get, "/readyz", http::Audience::Api,
              [&database](http::Request&) {
                if (!database.ping()) {
                  throw Error(ErrorKind::Unavailable, "app.error.not_ready");
                }
                return okStatus();
              },
              {}});
}

}  // namespace masseflyt::app
