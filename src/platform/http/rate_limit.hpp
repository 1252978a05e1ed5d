#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "platform/http/middleware.hpp"

// Rate limits for /api: token buckets kept in memory, so the limits hold PER INSTANCE (N instances
// behind a load balancer allow up to N times the limit; docs/api-klienter.md says so).
namespace masseflyt::http {

/// A bucket of `per_minute` tokens refilled evenly over a minute; 0 means unlimited.
struct RateLimit {
  std::int64_t per_minute = 0;
};

/// Token buckets by key. Thread-safe; the clock (epoch ms) is injected for tests.
class TokenBucketLimiter {
 public:
  explicit TokenBucketLimiter(std::function<std::int64_t()> now_ms = {},
                              std::size_t max_keys = 100'000);

  struct Decision {
    bool allowed = true;
    /// Whole seconds until one token is back (>= 1) when refused, else 0.
    std::int64_t retry_after_seconds = 0;
  };
  /// Takes one token from `key`'s bucket (a new bucket starts full).
  Decision take(std::string_view key, RateLimit limit);

 private:
  struct Bucket {
    double tokens = 0;
    std::int64_t updated_ms = 0;
    std::int64_t per_minute = 0;
  };
  void pruneLocked(std::int64_t now);

  std::function<std::int64_t()> now_ms_;
  std::size_t max_keys_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

struct RateLimitOptions {
  RateLimit per_client{600};  ///< whoever client_key names (an API client, a person), by that key
  RateLimit per_ip{120};      ///< anonymous requests, by client address
  RateLimit token_per_ip{20};  ///< additionally, POST to token_path, by client address
  std::string token_path = "/api/v1/token";
  /// Who asks (e.g. "klient:<id>"), nullopt for anonymous requests (then counted by address).
  std::function<std::optional<std::string>(const Request&)> client_key;
  std::function<std::int64_t()> now_ms;  ///< empty: the system clock
};

/// Limits requests to Audience::Api routes (pages are not limited here). Over the limit: 429
/// problem+json with `Retry-After: <seconds>`. Runs after the session and bearer middlewares so
/// it knows who asks. The client address is Request::remote_address (what the login throttling
/// uses too; behind nginx that is nginx's address, see docs/api-klienter.md).
Middleware rateLimitMiddleware(RateLimitOptions options);

}  // namespace masseflyt::http
