#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace masseflyt::config {

/// Where a setting's effective value came from; shown by `masseflyt check-config`.
enum class Source { Default, File, Environment };

/// The process configuration. The comment above each member gives its environment variable and
/// TOML key; docs/drift.md explains them. Defaults suit `make run` on a developer machine.
struct Config {
  // MASSEFLYT_BIND, [server] bind_address: an IPv4 or IPv6 literal.
  std::string bind_address = "127.0.0.1";
  // MASSEFLYT_TRUSTED_PROXIES, [server] trusted_proxies: comma-separated addresses of reverse
  // proxies (nginx) whose X-Forwarded-For is believed; empty: none.
  std::vector<std::string> trusted_proxies = {"127.0.0.1", "::1"};
  // MASSEFLYT_PORT, [server] port: 0 lets the system pick a free port (tests use this).
  unsigned short port = 8080;
  // MASSEFLYT_DATABASE_URL, [database] url: sqlite:<path> or postgresql://...
  std::string database_url = "sqlite:var/masseflyt.db";
  // MASSEFLYT_DATABASE_POOL, [database] pool_size
  std::size_t database_pool_size = 4;
  // MASSEFLYT_AUTO_MIGRATE, [database] auto_migrate: whether `serve` migrates at start. Unset means
  // only on SQLite, because instances sharing a PostgreSQL should be migrated once, on purpose.
  std::optional<bool> auto_migrate;
  // MASSEFLYT_JOBS_IN_PROCESS, [jobs] in_process: whether `serve` also runs background jobs (alerts,
  // imports) in a thread of its own, so the single binary needs no separate `worker`. Workers
  // claim jobs exclusively, so running both is safe.
  bool jobs_in_process = true;
  // MASSEFLYT_FILES_DIR, [storage] directory: uploaded files (permit documents), one file per
  // SHA-256; created on the first upload. Instances sharing a PostgreSQL must share this folder.
  std::string files_dir = "var/filer";
  // MASSEFLYT_STATIC_DIR, [web] static_dir: the esbuild output (manifest.json and hashed files).
  std::string static_dir = "web/dist";
  // MASSEFLYT_BEHIND_TLS, [server] behind_tls: true -> HSTS, and Secure cookies later.
  bool behind_tls = false;
  // MASSEFLYT_PUBLIC_URL, [server] public_base_url: how users reach us (links in e-mails, OpenAPI).
  std::string public_base_url = "http://localhost:8080";
  // MASSEFLYT_WORKERS, [server] worker_threads
  std::size_t worker_threads = 8;
  // MASSEFLYT_MAX_QUEUE, [server] max_queued_requests: beyond this, 503.
  std::size_t max_queued_requests = 256;
  // MASSEFLYT_HEADER_TIMEOUT_MS, MASSEFLYT_BODY_TIMEOUT_MS, MASSEFLYT_WRITE_TIMEOUT_MS,
  // MASSEFLYT_IDLE_TIMEOUT_MS, MASSEFLYT_SHUTDOWN_GRACE_MS; [server] <same name in lower case>.
  std::int64_t header_timeout_ms = 10000;
  std::int64_t body_timeout_ms = 30000;
  std::int64_t write_timeout_ms = 30000;
  std::int64_t idle_timeout_ms = 5000;
  std::int64_t shutdown_grace_ms = 20000;
  // MASSEFLYT_LOG_LEVEL, [log] level: debug, info, warn or error.
  std::string log_level = "info";
  // MASSEFLYT_CONTACT_EMAIL, [web] contact_email: shown in the page footer.
  std::string contact_email = "kontakt@masseflyt.no";
  // MASSEFLYT_BRREG, [integrations] brreg: "fixture" serves recorded Enhetsregisteret responses
  // (offline demo and tests), "live" asks data.brreg.no.
  std::string brreg_mode = "fixture";
  // MASSEFLYT_KARTVERKET, [integrations] kartverket_mode: "fixture" serves recorded (and, for
  // Bærum, constructed) address answers offline; "live" asks Kartverket's address API.
  std::string kartverket_mode = "fixture";
  // MASSEFLYT_VEGVESEN, [integrations] vegvesen_mode: "fixture" serves recorded Statens vegvesen
  // vehicle data (offline demo and tests), "live" asks akfell-datautlevering.atlas.vegvesen.no.
  std::string vegvesen_mode = "fixture";
  // MASSEFLYT_VEGVESEN_API_KEY, [integrations] vegvesen_api_key: sent as "SVV-Authorization:
  // Apikey <key>"; a secret, shown as **** by describe() and never logged.
  std::string vegvesen_api_key;
  // MASSEFLYT_VEGVESEN_URL, [integrations] vegvesen_base_url: the live service's base URL
  // (tests point it at a local stub server).
  std::string vegvesen_base_url = "https://akfell-datautlevering.atlas.vegvesen.no";
  // MASSEFLYT_NGU, [integrations] ngu_mode: "fixture" serves SYNTHETIC Grus og pukk records
  // (offline demo and tests), "live" asks NGU's WFS (registry imports).
  std::string ngu_mode = "fixture";
  // MASSEFLYT_NGU_URL, [integrations] ngu_base_url: NGU's WFS for Grus og pukk.
  std::string ngu_base_url = "https://geo.ngu.no/mapserver/GrusPukkWFS2";
  // MASSEFLYT_MILJODIREKTORATET, [integrations] miljodirektoratet_mode: "fixture" serves
  // SYNTHETIC permitted waste facilities, "live" asks Miljødirektoratet's ArcGIS REST services.
  std::string miljodirektoratet_mode = "fixture";
  // MASSEFLYT_MILJODIREKTORATET_URL, [integrations] miljodirektoratet_base_url: the ArcGIS REST
  // services root (the `industri` layer path is appended).
  std::string miljodirektoratet_base_url = "https://kart3.miljodirektoratet.no/arcgis/rest/services";

  // MASSEFLYT_OIDC_ISSUER, [oidc] issuer: the OpenID Connect provider (https; plain http only to a
  // loopback address, for tests). Empty: OIDC login is off and the login page shows no button.
  std::string oidc_issuer;
  // MASSEFLYT_OIDC_CLIENT_ID, [oidc] client_id
  std::string oidc_client_id;
  // MASSEFLYT_OIDC_CLIENT_SECRET, [oidc] client_secret: shown as **** by describe().
  std::string oidc_client_secret;
  // MASSEFLYT_OIDC_REQUIRED_ACR, [oidc] required_acr: demanded assurance level; empty = none.
  std::string oidc_required_acr = "idporten-loa-substantial";
  // MASSEFLYT_OIDC_NAME, [oidc] name: the button label ("Logg inn med <name>").
  std::string oidc_name = "ID-porten";

  // MASSEFLYT_SMTP_URL, [mail] smtp_url: smtp://host:port or smtps://host:port (implicit TLS).
  // Empty: no e-mail is sent and "Glemt passord" says e-mail is not set up (the demo runs so).
  std::string smtp_url;
  // MASSEFLYT_SMTP_USER, MASSEFLYT_SMTP_PASSWORD; [mail] smtp_user, smtp_password: SMTP AUTH when
  // the user is set. The password is shown as **** by describe().
  std::string smtp_user;
  std::string smtp_password;
  // MASSEFLYT_SMTP_REQUIRE_STARTTLS, [mail] require_starttls: refuse to send over smtp:// unless
  // the relay upgrades the connection with STARTTLS.
  bool smtp_require_starttls = false;
  // MASSEFLYT_MAIL_FROM, [mail] from: "Navn <adresse>" or a bare address.
  std::string mail_from = "Masseflyt <ikke-svar@masseflyt.no>";

  // [api] (docs/api-klienter.md). MASSEFLYT_API_TOKEN_LIFETIME, token_lifetime_seconds: lifetime
  // of the access tokens /api/v1/token issues (30-3600 s).
  std::int64_t api_token_lifetime_seconds = 300;
  // MASSEFLYT_API_RATE_CLIENT / _IP / _TOKEN, rate_limit_{client,ip,token}_per_minute: token
  // buckets per instance for a bearer API client, for anybody else by address, and additionally
  // for POST /api/v1/token by address. 0 turns that limit off.
  std::int64_t api_rate_limit_client = 600;
  std::int64_t api_rate_limit_ip = 120;
  std::int64_t api_rate_limit_token = 20;
  // MASSEFLYT_API_SECRET_PEPPER, secret_pepper: HMAC key of stored client secret hashes; changing
  // it invalidates every client secret. Shown as ****.
  std::string api_secret_pepper;
  // MASSEFLYT_API_KEY_ENCRYPTION_KEY, key_encryption_key: 32 random bytes as base64url; seals the
  // token signing keys' private halves in the database (AES-256-GCM). Empty: stored unsealed.
  std::string api_key_encryption_key;
  // MASSEFLYT_API_EXTERNAL_ISSUER / _AUDIENCE / _JWKS / _SCOPE_PREFIX: one trusted external token
  // issuer (e.g. Maskinporten): exact `iss`, required `aud` (empty: not checked), JWKS file path
  // or https URL, and the scope prefix mapped to permission keys. Off while issuer is empty.
  std::string api_external_issuer;
  std::string api_external_audience;
  std::string api_external_jwks;
  std::string api_external_scope_prefix;

  /// TOML key ("server.port") -> where the value came from; keys not present are defaults.
  /// Filled by load(); only describe() reads it.
  std::map<std::string, Source> sources;
};

/// Builds the configuration: defaults < TOML file < environment.
///
/// The file is `file` if given, else the environment's MASSEFLYT_CONFIG if set and non-empty, else
/// none. Environment variables that do not start with MASSEFLYT_ are ignored, and so are MASSEFLYT_
/// variables this function does not know (build and test tools use that prefix too). In the file,
/// every key must be known.
///
/// Every problem (unreadable file, TOML syntax, unknown key, wrong type, out-of-range number,
/// malformed address) is collected; if there is any, throws masseflyt::Error(ErrorKind::Validation,
/// "config.error.invalid") with one FieldError per problem. FieldError::field is the TOML key
/// ("server.port"), the environment variable ("MASSEFLYT_PORT") or "fil:linje:kolonne" for syntax
/// errors; FieldError::message_key is a key in config.nb.txt.
Config load(const std::map<std::string, std::string>& environment,
            const std::optional<std::filesystem::path>& file);

/// load() over the process environment (::environ).
Config loadFromProcess(const std::optional<std::filesystem::path>& file);

/// The effective configuration in Norwegian, one "nøkkel = verdi (kilde)" line per setting, with
/// any password in database_url replaced by ****. Safe to print and to log.
std::string describe(const Config& config);

/// How many settings there are (describe() prints one line each); tests count from it.
std::size_t settingCount();

/// `url` with the password (user info and any password= parameter) replaced by ****.
std::string maskDatabaseUrl(const std::string& url);

}  // namespace masseflyt::config
