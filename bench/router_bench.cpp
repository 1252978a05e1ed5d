// Route matching runs for every request before any handler, so its cost is a floor under every
// endpoint's latency. Measured on a table shaped like the finished product (~60 routes).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "platform/http/router.hpp"

namespace {

using masseflyt::http::Audience;
using masseflyt::http::Method;
using masseflyt::http::Request;
using masseflyt::http::Response;
using masseflyt::http::Route;
using masseflyt::http::Router;

Router makeRouter() {
  Router router;
  const auto handler = [](Request&) { return Response::text("ok"); };
  const std::vector<std::string> resources = {"anlegg",   "prosjekter",       "masser", "annonser",
                                              "avtaler",  "transportoppdrag", "turer",  "avvik",
                                              "analyser", "aktorer"};
  for (const auto& resource : resources) {
    const std::string api = "/api/v1/" + resource;
    router.add(Route{Method::Get, api, Audience::Api, handler, {}});
    router.add(Route{Method::Post, api, Audience::Api, handler, {}});
    router.add(Route{Method::Get, api + "/{id}", Audience::Api, handler, {}});
    router.add(Route{Method::Patch, api + "/{id}", Audience::Api, handler, {}});
    router.add(Route{Method::Get, "/" + resource, Audience::Page, handler, {}});
    router.add(Route{Method::Get, "/" + resource + "/{id}", Audience::Page, handler, {}});
  }
  router.add(Route{Method::Get, "/", Audience::Page, handler, {}});
  router.add(Route{Method::Get, "/healthz", Audience::Page, handler, {}});
  router.add(Route{Method::Get, "/readyz", Audience::Page, handler, {}});
  router.add(Route{Method::Get, "/api/v1", Audience::Api, handler, {}});
  router.add(Route{Method::Get, "/api/v1/openapi.json", Audience::Api, handler, {}});
  router.add(Route{Method::Get, "/static/{file...}", Audience::Page, handler, {}});
  return router;
}

void matchPath(benchmark::State& state, Method method, const char* path) {
  const Router router = makeRouter();
  for (auto _ : state) {
    auto match = router.match(method, path);
    benchmark::DoNotOptimize(match);
  }
}

BENCHMARK_CAPTURE(matchPath, root, Method::Get, "/");
BENCHMARK_CAPTURE(matchPath, healthz, Method::Get, "/healthz");
BENCHMARK_CAPTURE(matchPath, api_item, Method::Get,
                  "/api/v1/transportoppdrag/01890a5d-ac96-774b-bcce-b302099a8057");
BENCHMARK_CAPTURE(matchPath, static_file, Method::Get,
                  "/static/fonts/inter-latin-400-normal.3f2a9c.woff2");
BENCHMARK_CAPTURE(matchPath, not_found, Method::Get, "/finnes/ikke/her");
BENCHMARK_CAPTURE(matchPath, method_not_allowed, Method::Delete, "/api/v1/anlegg");

}  // namespace

BENCHMARK_MAIN();
