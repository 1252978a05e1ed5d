#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Outgoing HTTP for every integration (Enhetsregisteret, Kartverket, Statens vegvesen, OpenID
// providers, JWKS): one libcurl set-up with the platform's rules, so no adapter re-learns them.
// - https only, except plain http to a literal loopback address (tests run local peers);
// - TLS verified, redirects not followed, proxies from the environment ignored for loopback;
// - connect and total timeouts, responses capped (a huge answer is an error, not a memory spike);
// - getWithRetry: one retry after a transport failure or a 5xx, never after a 4xx (asking again
//   cannot change an answer).
namespace masseflyt::outbound {

struct Limits {
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds total_timeout{8000};
  std::size_t max_body_bytes = 1024 * 1024;
  std::string user_agent = "Masseflyt/0.1 (+kontakt@masseflyt.no)";
};

struct Request {
  std::string url = {};
  /// Extra header lines ("Accept: application/json", "SVV-Authorization: Apikey …"). Never
  /// logged: they may hold keys.
  std::vector<std::string> headers = {};
  /// application/x-www-form-urlencoded body; the request is a POST when set.
  std::optional<std::vector<std::pair<std::string, std::string>>> form = std::nullopt;
  /// Sent as HTTP Basic (already encoded by the caller where a protocol requires it).
  std::optional<std::pair<std::string, std::string>> basic_auth = std::nullopt;
};

struct Response {
  int status = 0;
  std::string body;
};

/// One exchange. Throws Error(Unavailable, error_key, detail) when the URL is refused, the peer
/// cannot be reached or times out, or the body exceeds the limit; any HTTP status is an answer.
Response send(const Request& request, const Limits& limits, std::string_view error_key);

/// A GET under the retry rule above, pausing `backoff` before the retry. Throws
/// Error(Unavailable, error_key, detail) when the second attempt fails too or still answers 5xx;
/// returns every other status for the caller to interpret.
Response getWithRetry(const Request& request, const Limits& limits, std::chrono::milliseconds backoff,
                      std::string_view error_key);

/// True for http(s) URLs whose host is a literal loopback address (127.0.0.0/8 or [::1]).
bool isLoopbackUrl(std::string_view url);

}  // namespace masseflyt::outbound
