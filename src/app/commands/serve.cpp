#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include "app/api/openapi_document.hpp"
#include "platform/auth/permissions.hpp"
#include "app/commands/commands.hpp"
#include "app/jobs/job_handlers.hpp"
#include "app/routes.hpp"
#include "integrations/brreg/fixture_client.hpp"
#include "integrations/kartverket/fixture_client.hpp"
#include "integrations/vegvesen/fixture_client.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrator.hpp"
#include "platform/http/middleware.hpp"
#include "platform/http/client_address.hpp"
#include "platform/http/rate_limit.hpp"
#include "platform/http/server.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/log/log.hpp"
#include "platform/mail/mailer.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::app {
namespace {

http::ServerOptions serverOptions(const config::Config& config) {
  http::ServerOptions options;
  options.address = config.bind_address;
  options.port = config.port;
  options.worker_threads = config.worker_threads;
  options.max_queued_requests = config.max_queued_requests;
  options.header_timeout = std::chrono::milliseconds(config.header_timeout_ms);
  options.body_timeout = std::chrono::milliseconds(config.body_timeout_ms);
  options.write_timeout = std::chrono::milliseconds(config.write_timeout_ms);
  options.idle_timeout = std::chrono::milliseconds(config.idle_timeout_ms);
  options.shutdown_grace = std::chrono::milliseconds(config.shutdown_grace_ms);
  return options;
}

// "https://masseflyt.no/" and "https://masseflyt.no" both give one slash before `path`.
std::string publicUrl(const config::Config& config, std::string_view path) {
  std::string base = config.public_base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + std::string(path);
}

}  // namespace

int runServe(const CliOptions& cli) {
  const auto config = loadConfig(cli);
  const auto database = db::Database::open({config.database_url, config.database_pool_size});
  // The embedded SQLite default migrates by itself so `make run` needs no extra step; on
  // PostgreSQL several instances share the schema, so operators run `migrate` deliberately
  // (unless they opt in with MASSEFLYT_AUTO_MIGRATE=true).
  if (config.auto_migrate.value_or(database->engine() == db::Engine::Sqlite)) {
    db::migrate(*database, db::embeddedMigrations());
  }
  db::requireCurrentSchema(*database, db::embeddedMigrations());

  auto openapi = OpenApiDocument::fromEmbedded();
  const web::Renderer renderer(web::AssetManifest::load(config.static_dir),
                               web::SiteOptions{config.contact_email});
  http::Router router;
  const auto brreg_client = brreg::clientForMode(config.brreg_mode);
  RouteDependencies deps{*database, renderer, openapi, *brreg_client, config.static_dir,
                         config.behind_tls};
  deps.address_lookup = kartverket::clientForMode(config.kartverket_mode);
  deps.files = std::make_shared<const storage::LocalFileStore>(config.files_dir);
  deps.import_sources = importSourcesFromConfig(config);
  deps.vehicle_register = vegvesen::clientFor({.mode = config.vegvesen_mode,
                                                .api_key = config.vegvesen_api_key,
                                                .base_url = config.vegvesen_base_url});
  deps.oidc = {.issuer = config.oidc_issuer,
               .client_id = config.oidc_client_id,
               .client_secret = config.oidc_client_secret,
               .required_acr = config.oidc_required_acr,
               .name = config.oidc_name,
               .redirect_uri = publicUrl(config, "/logg-inn/oidc/tilbake")};
  deps.password_reset.public_base_url = config.public_base_url;
  deps.password_reset.mailer = mailerFromConfig(config);
  deps.clients = clientsOptions(config);
  registerAllRoutes(router, deps);
  // The modules registered their permissions above; the scopes a client may ask for are those.
  openapi.describeClientScopes(auth::allPermissions());

  http::EdgeOptions edge;
  edge.security.hsts = config.behind_tls;
  edge.error_pages = &renderer;
  // Sessions and CSRF: inside error mapping, so their refusals are rendered like any error.
  edge.app_middlewares = identity::accounts::middlewares(*database, {.secure_cookies = config.behind_tls});
  // First of all: who the client is behind nginx (throttling, rate limits and audit need it).
  edge.app_middlewares.insert(edge.app_middlewares.begin(),
                              http::clientAddressMiddleware(config.trusted_proxies));
  // Bearer tokens of API clients, then the /api rate limits (they need to know who asks).
  edge.app_middlewares.push_back(
      identity::clients::bearerMiddleware(*database, *brreg_client, deps.clients));
  edge.app_middlewares.push_back(http::rateLimitMiddleware(
      {.per_client = {config.api_rate_limit_client},
       .per_ip = {config.api_rate_limit_ip},
       .token_per_ip = {config.api_rate_limit_token},
       .token_path = "/api/v1/token",
       .client_key = identity::clients::rateLimitKey,
       .now_ms = {}}));
  http::Server server(serverOptions(config), router, http::buildEdgeHandler(router, edge), &renderer);

  // Background jobs in a thread of this process (unless separate workers take them): the single
  // binary then sends alerts and runs imports with nothing else started.
  jobs::JobRegistry job_registry;
  const JobDependencies job_dependencies{*database, *brreg_client, deps.password_reset.mailer,
                                         config.public_base_url, deps.import_sources};
  registerJobHandlers(job_registry, job_dependencies);
  scheduleRecurringJobs(job_dependencies);
  std::atomic<bool> stop_jobs{false};
  std::optional<std::jthread> job_thread;
  if (config.jobs_in_process) {
    job_thread.emplace([&database, &job_registry, &stop_jobs] {
      jobs::Worker worker(*database, job_registry, jobs::WorkerOptions{});
      log::info("worker_started", {{"worker", worker.workerId()}, {"in_process", true}});
      worker.run(stop_jobs);
    });
  }
  server.run();
  stop_jobs = true;
  return 0;
}

}  // namespace masseflyt::app
