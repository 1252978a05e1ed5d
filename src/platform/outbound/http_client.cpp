#include "platform/core/text.hpp"
#include "platform/outbound/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>
#include <thread>

#include "platform/core/error.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::outbound {
namespace {

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

struct Sink {
  std::string body;
  std::size_t limit = 0;
  bool too_large = false;
};

std::size_t onWrite(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t bytes = size * count;
  if (sink->body.size() + bytes > sink->limit) {
    sink->too_large = true;
    return 0;  // curl stops with CURLE_WRITE_ERROR
  }
  sink->body.append(data, bytes);
  return bytes;
}

// Owns the easy handle and header list so every exit path frees them.
struct Handle {
  CURL* curl = curl_easy_init();
  curl_slist* headers = nullptr;
  ~Handle() {
    curl_slist_free_all(headers);
    if (curl != nullptr) curl_easy_cleanup(curl);
  }
};

bool isDecimalOctet(std::string_view part) {
  // No leading zeros: some resolvers read "0177" as octal, so only the canonical form counts.
  if (part.empty() || part.size() > 3 || (part.size() > 1 && part.front() == '0') ||
      !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return std::stoi(std::string(part)) <= 255;
}

bool isPort(std::string_view text) {
  return !text.empty() && text.size() <= 5 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isLoopbackIpv4(std::string_view host) {
  int parts = 0;
  bool first_is_127 = false;
  while (true) {
    const auto dot = host.find('.');
    const std::string_view part = host.substr(0, dot);
    if (!isDecimalOctet(part)) return false;
    if (parts == 0) first_is_127 = part == "127";
    ++parts;
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  return parts == 4 && first_is_127;
}

// The URL without its query: queries can carry search text typed by users.
std::string_view withoutQuery(std::string_view url) { return url.substr(0, url.find('?')); }

}  // namespace

bool isLoopbackUrl(std::string_view url) {
  std::string_view rest;
  if (url.rfind("http://", 0) == 0) {
    rest = url.substr(7);
  } else if (url.rfind("https://", 0) == 0) {
    rest = url.substr(8);
  } else {
    return false;
  }
  const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  if (authority.find('@') != std::string_view::npos) {
    return false;  // userinfo could disguise the real host from a naive reader
  }
  std::string_view host = authority;
  std::string_view port;
  if (authority.rfind("[::1]", 0) == 0) {
    host = authority.substr(0, 5);
    const std::string_view after = authority.substr(5);
    if (!after.empty()) {
      if (after.front() != ':') return false;
      port = after.substr(1);
    }
  } else {
    const auto colon = authority.find(':');
    if (colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
    }
  }
  if (authority.size() != host.size() && !isPort(port)) return false;
  return host == "[::1]" || isLoopbackIpv4(host);
}

namespace {

// One exchange without throwing, so the retry rule can tell a flaky network (worth one more try)
// from a refused URL or an oversized answer (the same again).
struct Attempt {
  std::optional<Response> response;
  std::string error;
  bool retryable = false;
};

Attempt perform(const Request& request, const Limits& limits) {
  static const CurlGlobal global;  // thread-safe one-time init
  const auto fail = [](std::string detail, bool retryable) {
    return Attempt{std::nullopt, std::move(detail), retryable};
  };
  const bool loopback = isLoopbackUrl(request.url);
  if (request.url.rfind("https://", 0) != 0 && !(loopback && request.url.rfind("http://", 0) == 0)) {
    return fail("refusing a URL that is neither https nor loopback", false);
  }
  Handle handle;
  if (handle.curl == nullptr) return fail("curl_easy_init failed", true);
  for (const auto& header : request.headers) {
    handle.headers = curl_slist_append(handle.headers, header.c_str());
  }
  std::string form_body;
  if (request.form) {
    for (const auto& [name, value] : *request.form) {
      form_body += (form_body.empty() ? "" : "&") + text::percentEncode(name) + "=" + text::percentEncode(value);
    }
    handle.headers =
        curl_slist_append(handle.headers, "Content-Type: application/x-www-form-urlencoded");
  }
  Sink sink;
  sink.limit = limits.max_body_bytes;
  CURL* curl = handle.curl;
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // worker threads: no SIGALRM tricks
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(std::min(limits.connect_timeout, limits.total_timeout).count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(limits.total_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, limits.user_agent.c_str());
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, handle.headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onWrite);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
  if (loopback) {
    // An http_proxy from the environment must not see (or reroute) loopback traffic.
    curl_easy_setopt(curl, CURLOPT_PROXY, "");
  }
  if (request.form) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, form_body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(form_body.size()));
  }
  if (request.basic_auth) {
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
    curl_easy_setopt(curl, CURLOPT_USERNAME, request.basic_auth->first.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, request.basic_auth->second.c_str());
  }
  const CURLcode code = curl_easy_perform(curl);
  if (sink.too_large) {
    return fail("response larger than " + std::to_string(limits.max_body_bytes) + " bytes", false);
  }
  if (code != CURLE_OK) return fail(curl_easy_strerror(code), true);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  return Attempt{Response{static_cast<int>(status), std::move(sink.body)}, {}, false};
}

Error unavailable(std::string_view error_key, const Request& request, const std::string& detail) {
  return Error(ErrorKind::Unavailable, std::string(error_key),
               std::string(withoutQuery(request.url)) + ": " + detail);
}

}  // namespace

Response send(const Request& request, const Limits& limits, std::string_view error_key) {
  auto attempt = perform(request, limits);
  if (!attempt.response) throw unavailable(error_key, request, attempt.error);
  return *std::move(attempt.response);
}

Response getWithRetry(const Request& request, const Limits& limits, std::chrono::milliseconds backoff,
                      std::string_view error_key) {
  auto attempt = perform(request, limits);
  const bool server_error = attempt.response && attempt.response->status >= 500;
  if (attempt.retryable || server_error) {
    log::warn("outbound_retry",
              {{"url", std::string(withoutQuery(request.url))},
               {"status", static_cast<std::int64_t>(server_error ? attempt.response->status : 0)},
               {"error", attempt.error}});
    std::this_thread::sleep_for(backoff);
    attempt = perform(request, limits);
  }
  if (!attempt.response) throw unavailable(error_key, request, attempt.error);
  if (attempt.response->status >= 500) {
    throw unavailable(error_key, request, "HTTP " + std::to_string(attempt.response->status));
  }
  return *std::move(attempt.response);
}

}  // namespace masseflyt::outbound
