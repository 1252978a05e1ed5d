#include "platform/config/config.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <libpq-fe.h>
#include <toml++/toml.h>
#include <boost/url/parse.hpp>

#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

extern char** environ;  // NOLINT: POSIX, declared by no standard header

namespace masseflyt::config {
namespace {

constexpr std::string_view kEnvPrefix = "MASSEFLYT_";
constexpr std::string_view kConfigFileVariable = "MASSEFLYT_CONFIG";

enum class Type { String, Integer, Boolean };

// An int64 that did not fit is clamped, so the range check reports it instead of a type error:
// "99999999999999999999" for a port is a range mistake, not a syntax one.
using Value = std::variant<std::string, std::int64_t, bool>;

// Returns the catalog key of the problem, or an empty view when the value was accepted.
using Apply = std::function<std::string_view(Config&, const Value&)>;
// The effective value as describe() prints it (strings quoted, secrets masked).
using Show = std::function<std::string(const Config&)>;

struct Setting {
  std::string_view table;
  std::string_view key;
  std::string_view env;
  Type type;
  Apply apply;
  Show show;
};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool isIpAddress(const std::string& text) {
  std::array<unsigned char, 16> buffer{};
  return inet_pton(AF_INET, text.c_str(), buffer.data()) == 1 ||
         inet_pton(AF_INET6, text.c_str(), buffer.data()) == 1;
}

bool hasControlOrSpace(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](unsigned char c) { return c <= 0x20 || c == 0x7f; });
}

bool isValidPortNumber(std::string_view text) {
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  return error == std::errc{} && end == text.data() + text.size() && number >= 1 && number <= 65535;
}

bool isValidPort(const boost::urls::url_view& url) {
  if (!url.has_port()) {
    return true;
  }
  return isValidPortNumber(url.port());
}

// Mirrors what platform/db accepts, so a URL that passes here fails later only for reasons that
// need the network (host down, wrong password).
bool isValidDatabaseUrl(const std::string& url) {
  if (startsWith(url, "sqlite:")) {
    std::string_view path = std::string_view(url).substr(7);
    if (startsWith(path, "//")) {
      path.remove_prefix(2);
    }
    return !path.empty() && path != ":memory:" &&
           path.find_first_of(std::string_view("\"\0", 2)) == std::string_view::npos;
  }
  // libpq itself parses the URL (multi-host lists, percent-encoding, parameters), so the same
  // parser decides here; it does not look at port numbers or stray spaces, so those are checked
  // too.
  if (!startsWith(url, "postgresql://") && !startsWith(url, "postgres://")) {
    return false;
  }
  if (hasControlOrSpace(url) || url.find('#') != std::string::npos) {
    return false;
  }
  char* message = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &message);
  if (options == nullptr) {
    PQfreemem(message);
    return false;
  }
  bool valid = true;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    if (option->val == nullptr || std::string_view(option->keyword) != "port") {
      continue;
    }
    std::string_view ports(option->val);
    for (;;) {  // one port per host in a multi-host list; an empty entry means the default
      const auto comma = ports.find(',');
      const std::string_view port = ports.substr(0, comma);
      if (!port.empty() && !isValidPortNumber(port)) {
        valid = false;
      }
      if (comma == std::string_view::npos) {
        break;
      }
      ports.remove_prefix(comma + 1);
    }
  }
  PQconninfoFree(options);
  return valid;
}

bool isValidPublicUrl(const std::string& url) {
  const auto parsed = boost::urls::parse_uri(url);
  if (!parsed.has_value()) {
    return false;
  }
  const std::string scheme = lower(parsed->scheme());
  return (scheme == "http" || scheme == "https") && parsed->has_authority() &&
         !parsed->encoded_host().empty() && !parsed->has_userinfo() && !parsed->has_query() &&
         !parsed->has_fragment() && isValidPort(*parsed);
}

bool isValidEmail(const std::string& email) {
  const auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos ||
      email.size() > 254 || hasControlOrSpace(email)) {
    return false;
  }
  const std::string_view domain = std::string_view(email).substr(at + 1);
  const auto dot = domain.find('.');
  return dot != std::string_view::npos && dot != 0 && domain.back() != '.' &&
         domain.find("..") == std::string_view::npos;
}

// The issuer is compared verbatim with the ID token's `iss`; https only, except a literal
// loopback address for the tests' local provider (the same rule as the OIDC HTTP client).
// smtp:// or smtps:// with a host; credentials belong in MASSEFLYT_SMTP_USER/PASSWORD.
bool isValidSmtpUrl(const std::string& url) {
  const auto parsed = boost::urls::parse_uri(url);
  if (!parsed.has_value() || hasControlOrSpace(url)) {
    return false;
  }
  const std::string scheme = lower(parsed->scheme());
  return (scheme == "smtp" || scheme == "smtps") && parsed->has_authority() &&
         !parsed->encoded_host().empty() && !parsed->has_query() && !parsed->has_fragment() &&
         isValidPort(*parsed);
}

// https, or plain http to a literal loopback address (127.0.0.0/8 or [::1]): the rule of the
// outbound HTTP client (platform/outbound), for base URLs of integrations it will call.
bool isHttpsOrLiteralLoopbackUrl(const std::string& url) {
  if (!isValidPublicUrl(url) || hasControlOrSpace(url)) {
    return false;
  }
  if (startsWith(lower(url), "https://")) {
    return true;
  }
  const auto parsed = boost::urls::parse_uri(url);
  // Boost.URL 1.81 accepts "http://127.0.0.1.example.no" as host 127.0.0.1 with the path
  // ".example.no"; a path after an authority must start with '/'.
  const auto path = parsed->encoded_path();
  if (!path.empty() && path.front() != '/') {
    return false;
  }
  if (parsed->host_type() == boost::urls::host_type::ipv4) {
    return parsed->host_ipv4_address().to_bytes()[0] == 127;
  }
  return parsed->host_type() == boost::urls::host_type::ipv6 &&
         parsed->host_ipv6_address().is_loopback();
}

// The issuer is also where discovery and keys are fetched from, so it follows the outbound rule.
bool isValidOidcIssuer(const std::string& url) { return isHttpsOrLiteralLoopbackUrl(url); }

// "Name <address>" or a bare address; CR/LF would let the value inject mail headers.
bool isValidMailbox(const std::string& text) {
  if (text.find_first_of(std::string_view("\r\n\0", 3)) != std::string::npos) {
    return false;
  }
  const auto open = text.find('<');
  if (open == std::string::npos) {
    return isValidEmail(text);
  }
  const auto close = text.find('>', open);
  return close == text.size() - 1 && text.find('<', open + 1) == std::string::npos &&
         isValidEmail(text.substr(open + 1, close - open - 1));
}

std::string inQuotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

template <typename Field>
std::string_view applyRange(Field& field, const Value& value, std::int64_t min, std::int64_t max,
                            std::string_view error_key) {
  const auto number = std::get<std::int64_t>(value);
  if (number < min || number > max) {
    return error_key;
  }
  field = static_cast<Field>(number);
  return {};
}

// A whole-number setting bounded to [min, max]; most settings are of this kind.
template <typename Field>
Setting integerSetting(std::string_view table, std::string_view key, std::string_view env,
                       Field Config::*member, std::int64_t min, std::int64_t max,
                       std::string_view error_key) {
  return {table,
          key,
          env,
          Type::Integer,
          [=](Config& c, const Value& v) { return applyRange(c.*member, v, min, max, error_key); },
          [=](const Config& c) { return std::to_string(c.*member); }};
}

// The single list of settings: the TOML keys, environment variables and rules live only here.
// std::to_array: adding a setting needs no size to keep in step.
const auto kSettings = std::to_array<Setting>({
    {"server", "bind_address", "MASSEFLYT_BIND", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (!isIpAddress(text)) {
         return "config.error.bind_address";
       }
       c.bind_address = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.bind_address); }},
    {"server", "trusted_proxies", "MASSEFLYT_TRUSTED_PROXIES", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       std::vector<std::string> proxies;
       std::string_view rest = std::get<std::string>(v);
       while (!rest.empty()) {
         const auto comma = rest.find(',');
         std::string item(rest.substr(0, comma));
         item.erase(0, item.find_first_not_of(' '));
         item.erase(item.find_last_not_of(' ') + 1);
         if (!item.empty()) {
           if (!isIpAddress(item)) return "config.error.trusted_proxies";
           proxies.push_back(std::move(item));
         }
         rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
       }
       c.trusted_proxies = std::move(proxies);
       return {};
     },
     [](const Config& c) {
       std::string joined;
       for (const auto& proxy : c.trusted_proxies) joined += (joined.empty() ? "" : ",") + proxy;
       return inQuotes(joined);
     }},
    integerSetting("server", "port", "MASSEFLYT_PORT", &Config::port, 0, 65535,
                   "config.error.port_range"),
    {"server", "behind_tls", "MASSEFLYT_BEHIND_TLS", Type::Boolean,
     [](Config& c, const Value& v) -> std::string_view {
       c.behind_tls = std::get<bool>(v);
       return {};
     },
     [](const Config& c) { return std::string(c.behind_tls ? "true" : "false"); }},
    {"server", "public_base_url", "MASSEFLYT_PUBLIC_URL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (!isValidPublicUrl(text)) {
         return "config.error.public_url";
       }
       c.public_base_url = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.public_base_url); }},
    integerSetting("server", "worker_threads", "MASSEFLYT_WORKERS", &Config::worker_threads, 1, 256,
                   "config.error.workers_range"),
    integerSetting("server", "max_queued_requests", "MASSEFLYT_MAX_QUEUE",
                   &Config::max_queued_requests, 1, 100000, "config.error.max_queue_range"),
    integerSetting("server", "header_timeout_ms", "MASSEFLYT_HEADER_TIMEOUT_MS",
                   &Config::header_timeout_ms, 100, 3600000, "config.error.timeout_range"),
    integerSetting("server", "body_timeout_ms", "MASSEFLYT_BODY_TIMEOUT_MS",
                   &Config::body_timeout_ms, 100, 3600000, "config.error.timeout_range"),
    integerSetting("server", "write_timeout_ms", "MASSEFLYT_WRITE_TIMEOUT_MS",
                   &Config::write_timeout_ms, 100, 3600000, "config.error.timeout_range"),
    integerSetting("server", "idle_timeout_ms", "MASSEFLYT_IDLE_TIMEOUT_MS",
                   &Config::idle_timeout_ms, 100, 3600000, "config.error.timeout_range"),
    integerSetting("server", "shutdown_grace_ms", "MASSEFLYT_SHUTDOWN_GRACE_MS",
                   &Config::shutdown_grace_ms, 0, 600000, "config.error.shutdown_grace_range"),
    {"database", "url", "MASSEFLYT_DATABASE_URL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (!isValidDatabaseUrl(text)) {
         return "config.error.database_url";
       }
       c.database_url = text;
       return {};
     },
     [](const Config& c) { return inQuotes(maskDatabaseUrl(c.database_url)); }},
    integerSetting("database", "pool_size", "MASSEFLYT_DATABASE_POOL", &Config::database_pool_size,
                   1, 256, "config.error.pool_size_range"),
    {"database", "auto_migrate", "MASSEFLYT_AUTO_MIGRATE", Type::Boolean,
     [](Config& c, const Value& v) -> std::string_view {
       c.auto_migrate = std::get<bool>(v);
       return {};
     },
     [](const Config& c) {
       return c.auto_migrate ? std::string(*c.auto_migrate ? "true" : "false")
                             : std::string(i18n::t("config.value.auto_migrate_unset"));
     }},
    {"jobs", "in_process", "MASSEFLYT_JOBS_IN_PROCESS", Type::Boolean,
     [](Config& c, const Value& v) -> std::string_view {
       c.jobs_in_process = std::get<bool>(v);
       return {};
     },
     [](const Config& c) { return std::string(c.jobs_in_process ? "true" : "false"); }},
    {"storage", "directory", "MASSEFLYT_FILES_DIR", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.empty() || text.size() > 1000 || text.find('\0') != std::string::npos) {
         return "config.error.files_dir";
       }
       c.files_dir = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.files_dir); }},
    {"web", "static_dir", "MASSEFLYT_STATIC_DIR", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.empty() || text.find('\0') != std::string::npos) {
         return "config.error.static_dir";
       }
       c.static_dir = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.static_dir); }},
    {"web", "contact_email", "MASSEFLYT_CONTACT_EMAIL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (!isValidEmail(text)) {
         return "config.error.contact_email";
       }
       c.contact_email = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.contact_email); }},
    {"log", "level", "MASSEFLYT_LOG_LEVEL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text != "debug" && text != "info" && text != "warn" && text != "error") {
         return "config.error.log_level";
       }
       c.log_level = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.log_level); }},
    {"integrations", "brreg", "MASSEFLYT_BRREG", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text != "fixture" && text != "live") {
         return "config.error.brreg_mode";
       }
       c.brreg_mode = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.brreg_mode); }},
    {"integrations", "kartverket_mode", "MASSEFLYT_KARTVERKET", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text != "fixture" && text != "live") {
         return "kartverket.error.mode";
       }
       c.kartverket_mode = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.kartverket_mode); }},
    {"integrations", "vegvesen_mode", "MASSEFLYT_VEGVESEN", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text != "fixture" && text != "live") {
         return "vegvesen.error.mode";
       }
       c.vegvesen_mode = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.vegvesen_mode); }},
    {"integrations", "vegvesen_api_key", "MASSEFLYT_VEGVESEN_API_KEY", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       // The key goes into a request header: no line breaks or control characters.
       if (text.size() > 256 || hasControlOrSpace(text)) {
         return "vegvesen.error.api_key";
       }
       c.vegvesen_api_key = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.vegvesen_api_key.empty() ? "" : "****"); }},
    {"integrations", "vegvesen_base_url", "MASSEFLYT_VEGVESEN_URL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       // The outbound client refuses plain http except to a literal loopback address (no
       // "localhost": a name can resolve elsewhere), so the setting is held to the same rule.
       if (!isHttpsOrLiteralLoopbackUrl(text) || text.size() > 300) {
         return "vegvesen.error.base_url";
       }
       c.vegvesen_base_url = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.vegvesen_base_url); }},
    {"integrations", "ngu_mode", "MASSEFLYT_NGU", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text != "fixture" && text != "live") {
         return "ngu.error.mode";
       }
       c.ngu_mode = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.ngu_mode); }},
    {"integrations", "ngu_base_url", "MASSEFLYT_NGU_URL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       // Same rule as the outbound client: https, or plain http to a literal loopback address.
       if (!isHttpsOrLiteralLoopbackUrl(text) || text.size() > 300) {
         return "ngu.error.base_url";
       }
       c.ngu_base_url = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.ngu_base_url); }},
    {"integrations", "miljodirektoratet_mode", "MASSEFLYT_MILJODIREKTORATET", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text != "fixture" && text != "live") {
         return "miljodirektoratet.error.mode";
       }
       c.miljodirektoratet_mode = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.miljodirektoratet_mode); }},
    {"integrations", "miljodirektoratet_base_url", "MASSEFLYT_MILJODIREKTORATET_URL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       // Same rule as the outbound client: https, or plain http to a literal loopback address.
       if (!isHttpsOrLiteralLoopbackUrl(text) || text.size() > 300) {
         return "miljodirektoratet.error.base_url";
       }
       c.miljodirektoratet_base_url = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.miljodirektoratet_base_url); }},
    {"oidc", "issuer", "MASSEFLYT_OIDC_ISSUER", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (!text.empty() && !isValidOidcIssuer(text)) {
         return "config.error.oidc_issuer";
       }
       c.oidc_issuer = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.oidc_issuer); }},
    {"oidc", "client_id", "MASSEFLYT_OIDC_CLIENT_ID", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 256 || hasControlOrSpace(text)) {
         return "config.error.oidc_text";
       }
       c.oidc_client_id = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.oidc_client_id); }},
    {"oidc", "client_secret", "MASSEFLYT_OIDC_CLIENT_SECRET", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       c.oidc_client_secret = std::get<std::string>(v);
       return {};
     },
     [](const Config& c) { return inQuotes(c.oidc_client_secret.empty() ? "" : "****"); }},
    {"oidc", "required_acr", "MASSEFLYT_OIDC_REQUIRED_ACR", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 256 || hasControlOrSpace(text)) {
         return "config.error.oidc_text";
       }
       c.oidc_required_acr = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.oidc_required_acr); }},
    {"oidc", "name", "MASSEFLYT_OIDC_NAME", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.empty() || text.size() > 60 ||
           std::any_of(text.begin(), text.end(), [](unsigned char ch) { return ch < 0x20 || ch == 0x7f; })) {
         return "config.error.oidc_name";
       }
       c.oidc_name = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.oidc_name); }},

    {"mail", "smtp_url", "MASSEFLYT_SMTP_URL", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (!text.empty() && !isValidSmtpUrl(text)) {
         return "config.error.smtp_url";
       }
       c.smtp_url = text;
       return {};
     },
     [](const Config& c) { return inQuotes(maskDatabaseUrl(c.smtp_url)); }},
    {"mail", "smtp_user", "MASSEFLYT_SMTP_USER", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 256 || hasControlOrSpace(text)) {
         return "config.error.smtp_text";
       }
       c.smtp_user = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.smtp_user); }},
    {"mail", "smtp_password", "MASSEFLYT_SMTP_PASSWORD", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 256 || text.find_first_of(std::string_view("\r\n\0", 3)) != std::string::npos) {
         return "config.error.smtp_text";
       }
       c.smtp_password = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.smtp_password.empty() ? "" : "****"); }},
    {"mail", "require_starttls", "MASSEFLYT_SMTP_REQUIRE_STARTTLS", Type::Boolean,
     [](Config& c, const Value& v) -> std::string_view {
       c.smtp_require_starttls = std::get<bool>(v);
       return {};
     },
     [](const Config& c) { return std::string(c.smtp_require_starttls ? "true" : "false"); }},
    {"mail", "from", "MASSEFLYT_MAIL_FROM", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (!isValidMailbox(text)) {
         return "config.error.mail_from";
       }
       c.mail_from = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.mail_from); }},
    // [api]: API clients, access tokens and rate limits (docs/api-klienter.md).
    integerSetting("api", "token_lifetime_seconds", "MASSEFLYT_API_TOKEN_LIFETIME",
                   &Config::api_token_lifetime_seconds, 30, 3600, "clients.config.token_lifetime"),
    integerSetting("api", "rate_limit_client_per_minute", "MASSEFLYT_API_RATE_CLIENT",
                   &Config::api_rate_limit_client, 0, 1000000, "clients.config.rate_limit"),
    integerSetting("api", "rate_limit_ip_per_minute", "MASSEFLYT_API_RATE_IP",
                   &Config::api_rate_limit_ip, 0, 1000000, "clients.config.rate_limit"),
    integerSetting("api", "rate_limit_token_per_minute", "MASSEFLYT_API_RATE_TOKEN",
                   &Config::api_rate_limit_token, 0, 1000000, "clients.config.rate_limit"),
    {"api", "secret_pepper", "MASSEFLYT_API_SECRET_PEPPER", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 256) return "clients.config.text";
       c.api_secret_pepper = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.api_secret_pepper.empty() ? "" : "****"); }},
    {"api", "key_encryption_key", "MASSEFLYT_API_KEY_ENCRYPTION_KEY", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       // 32 bytes as base64url without padding.
       const bool ok = text.empty() ||
                       (text.size() == 43 && std::all_of(text.begin(), text.end(), [](char ch) {
                          return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_';
                        }));
       if (!ok) return "clients.error.encryption_key";
       c.api_key_encryption_key = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.api_key_encryption_key.empty() ? "" : "****"); }},
    {"api", "external_issuer", "MASSEFLYT_API_EXTERNAL_ISSUER", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 300 || hasControlOrSpace(text)) return "clients.config.text";
       c.api_external_issuer = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.api_external_issuer); }},
    {"api", "external_audience", "MASSEFLYT_API_EXTERNAL_AUDIENCE", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 300 || hasControlOrSpace(text)) return "clients.config.text";
       c.api_external_audience = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.api_external_audience); }},
    {"api", "external_jwks", "MASSEFLYT_API_EXTERNAL_JWKS", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 1000 || text.find_first_of(std::string_view("\r\n\0", 3)) != std::string::npos) {
         return "clients.config.text";
       }
       c.api_external_jwks = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.api_external_jwks); }},
    {"api", "external_scope_prefix", "MASSEFLYT_API_EXTERNAL_SCOPE_PREFIX", Type::String,
     [](Config& c, const Value& v) -> std::string_view {
       const auto& text = std::get<std::string>(v);
       if (text.size() > 100 || hasControlOrSpace(text)) return "clients.config.text";
       c.api_external_scope_prefix = text;
       return {};
     },
     [](const Config& c) { return inQuotes(c.api_external_scope_prefix); }},
});

constexpr std::array<std::string_view, 9> kTables{"server", "database", "storage", "web", "log",
                                                 "integrations", "oidc", "mail", "api"};

std::string dottedKey(const Setting& setting) {
  return std::string(setting.table) + "." + std::string(setting.key);
}

std::string_view typeErrorKey(Type type) {
  switch (type) {
    case Type::String:
      return "config.error.expected_string";
    case Type::Integer:
      return "config.error.expected_integer";
    case Type::Boolean:
      return "config.error.expected_boolean";
  }
  return "config.error.expected_string";
}

class Loader {
 public:
  void applyFile(const std::filesystem::path& path) {
    std::error_code error_code;
    std::ifstream in(path, std::ios::binary);
    if (!std::filesystem::is_regular_file(path, error_code) || !in) {
      problem(path.string(), "config.error.file_unreadable");
      return;
    }
    const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) {
      problem(path.string(), "config.error.file_unreadable");
      return;
    }
    toml::table document;
    try {
      document = toml::parse(content, path.string());
    } catch (const toml::parse_error& error) {
      const auto& begin = error.source().begin;
      problem(path.string() + ":" + std::to_string(begin.line) + ":" + std::to_string(begin.column),
              "config.error.file_syntax");
      return;
    }
    // toml++ keeps keys sorted; report problems in the order they appear in the file instead.
    for (const auto& [table_name, table_node] : inFileOrder(document)) {
      if (std::find(kTables.begin(), kTables.end(), table_name) == kTables.end()) {
        problem(table_name, "config.error.unknown_key");
        continue;
      }
      const auto* table = table_node->as_table();
      if (table == nullptr) {
        problem(table_name, "config.error.expected_table");
        continue;
      }
      for (const auto& [key, node] : inFileOrder(*table)) {
        const std::string field = table_name + "." + key;
        const Setting* setting = find(table_name, key);
        if (setting == nullptr) {
          problem(field, "config.error.unknown_key");
          continue;
        }
        std::optional<Value> value = fromToml(setting->type, *node);
        if (!value) {
          problem(field, typeErrorKey(setting->type));
          continue;
        }
        apply(*setting, *value, field, Source::File);
      }
    }
  }

  void applyEnvironment(const std::map<std::string, std::string>& environment) {
    for (const auto& setting : kSettings) {
      const auto it = environment.find(std::string(setting.env));
      if (it == environment.end()) {
        continue;
      }
      const std::string field(setting.env);
      std::optional<Value> value = fromText(setting.type, it->second);
      if (!value) {
        problem(field, typeErrorKey(setting.type));
        continue;
      }
      apply(setting, *value, field, Source::Environment);
    }
  }

  Config finish() {
    if (!problems_.empty()) {
      std::string detail = std::to_string(problems_.size()) + " configuration problem(s):";
      for (const auto& problem : problems_) {
        detail += " " + problem.field + " (" + problem.message_key + ")";
      }
      throw Error(ErrorKind::Validation, "config.error.invalid", detail, problems_);
    }
    return config_;
  }

 private:
  static const Setting* find(std::string_view table, std::string_view key) {
    for (const auto& setting : kSettings) {
      if (setting.table == table && setting.key == key) {
        return &setting;
      }
    }
    return nullptr;
  }

  static std::vector<std::pair<std::string, const toml::node*>> inFileOrder(
      const toml::table& table) {
    std::vector<std::pair<std::string, const toml::node*>> entries;
    for (auto&& [key, node] : table) {
      entries.emplace_back(std::string(key.str()), &node);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      const auto& pa = a.second->source().begin;
      const auto& pb = b.second->source().begin;
      return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
    });
    return entries;
  }

  static std::optional<Value> fromToml(Type type, const toml::node& node) {
    switch (type) {
      case Type::String:
        if (const auto* text = node.as_string()) {
          return Value(text->get());
        }
        return std::nullopt;
      case Type::Integer:
        if (const auto* number = node.as_integer()) {
          return Value(number->get());
        }
        return std::nullopt;
      case Type::Boolean:
        if (const auto* flag = node.as_boolean()) {
          return Value(flag->get());
        }
        return std::nullopt;
    }
    return std::nullopt;
  }

  static std::optional<Value> fromText(Type type, const std::string& text) {
    switch (type) {
      case Type::String:
        return Value(text);
      case Type::Integer:
        return parseInteger(text);
      case Type::Boolean: {
        const std::string word = lower(text);
        if (word == "true" || word == "1" || word == "yes" || word == "on" || word == "ja") {
          return Value(true);
        }
        if (word == "false" || word == "0" || word == "no" || word == "off" || word == "nei") {
          return Value(false);
        }
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  static std::optional<Value> parseInteger(std::string_view text) {
    const bool negative = !text.empty() && text.front() == '-';
    const std::string_view digits = negative ? text.substr(1) : text;
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(),
                                       [](unsigned char c) { return std::isdigit(c) != 0; })) {
      return std::nullopt;
    }
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc::result_out_of_range) {
      number = negative ? std::numeric_limits<std::int64_t>::min()
                        : std::numeric_limits<std::int64_t>::max();
    } else if (error != std::errc{} || end != text.data() + text.size()) {
      return std::nullopt;
    }
    return Value(number);
  }

  void apply(const Setting& setting, const Value& value, const std::string& field, Source source) {
    const std::string_view error_key = setting.apply(config_, value);
    if (!error_key.empty()) {
      problem(field, error_key);
      return;
    }
    config_.sources[dottedKey(setting)] = source;
  }

  void problem(std::string field, std::string_view message_key) {
    problems_.push_back(FieldError{std::move(field), std::string(message_key)});
  }

  Config config_;
  std::vector<FieldError> problems_;
};

// Replaces the value of every `password=` parameter, whether in a URL query or a key=value list.
void maskPasswordParameters(std::string& text) {
  constexpr std::string_view kName = "password=";
  const std::string folded = lower(text);
  std::string out;
  std::size_t copied = 0;
  for (auto pos = folded.find(kName); pos != std::string::npos; pos = folded.find(kName, pos + 1)) {
    const bool at_boundary = pos == 0 || text[pos - 1] == '?' || text[pos - 1] == '&' ||
                             text[pos - 1] == ' ' || text[pos - 1] == ';';
    if (!at_boundary) {
      continue;
    }
    const auto value_begin = pos + kName.size();
    auto value_end = text.find_first_of("& ;#", value_begin);
    if (value_end == std::string::npos) {
      value_end = text.size();
    }
    out.append(text, copied, value_begin - copied);
    out += "****";
    copied = value_end;
  }
  out.append(text, copied, std::string::npos);
  text = std::move(out);
}

}  // namespace

std::string maskDatabaseUrl(const std::string& url) {
  std::string masked = url;
  const auto scheme_end = masked.find("://");
  if (scheme_end != std::string::npos) {
    const auto authority_begin = scheme_end + 3;
    // A password may carry an unencoded '/' or '@' in a hand-written URL; taking the last '@'
    // before the query keeps even those fully hidden.
    const auto query = masked.find_first_of("?#", authority_begin);
    const auto search_end = query == std::string::npos ? masked.size() : query;
    const auto at =
        search_end == authority_begin ? std::string::npos : masked.rfind('@', search_end - 1);
    if (at != std::string::npos && at >= authority_begin) {
      const auto colon = masked.find(':', authority_begin);
      if (colon != std::string::npos && colon < at) {
        masked.replace(colon + 1, at - colon - 1, "****");
      }
    }
  }
  maskPasswordParameters(masked);
  return masked;
}

Config load(const std::map<std::string, std::string>& environment,
            const std::optional<std::filesystem::path>& file) {
  Loader loader;
  std::optional<std::filesystem::path> path = file;
  if (!path) {
    const auto it = environment.find(std::string(kConfigFileVariable));
    if (it != environment.end() && !it->second.empty()) {
      path = it->second;
    }
  }
  if (path) {
    loader.applyFile(*path);
  }
  loader.applyEnvironment(environment);
  return loader.finish();
}

Config loadFromProcess(const std::optional<std::filesystem::path>& file) {
  std::map<std::string, std::string> environment;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    const std::string_view text(*entry);
    if (!startsWith(text, kEnvPrefix)) {
      continue;  // other variables may hold secrets we have no business copying
    }
    const auto eq = text.find('=');
    if (eq != std::string_view::npos) {
      environment.emplace(std::string(text.substr(0, eq)), std::string(text.substr(eq + 1)));
    }
  }
  return load(environment, file);
}

std::size_t settingCount() { return kSettings.size(); }

std::string describe(const Config& config) {
  const auto& catalog = i18n::catalog();
  std::string out;
  for (const auto& setting : kSettings) {
    const std::string key = dottedKey(setting);
    const std::string value = setting.show(config);
    const auto source_it = config.sources.find(key);
    const Source source = source_it == config.sources.end() ? Source::Default : source_it->second;
    std::string source_text;
    switch (source) {
      case Source::Default:
        source_text = catalog.text("config.source.default");
        break;
      case Source::File:
        source_text = catalog.text("config.source.file");
        break;
      case Source::Environment:
        source_text =
            catalog.format("config.source.environment", {{"name", std::string(setting.env)}});
        break;
    }
    out += key + " = " + value + " (" + source_text + ")\n";
  }
  return out;
}

}  // namespace masseflyt::config
