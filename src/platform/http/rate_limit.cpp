#include "platform/http/rate_limit.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>

#include "platform/http/error_mapping.hpp"

namespace masseflyt::http {
namespace {

std::int64_t systemNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

TokenBucketLimiter::TokenBucketLimiter(std::function<std::int64_t()> now_ms, std::size_t max_keys)
    : now_ms_(now_ms ? std::move(now_ms) : std::function<std::int64_t()>(systemNowMs)),
      max_keys_(std::max<std::size_t>(max_keys, 1)) {}

void TokenBucketLimiter::pruneLocked(std::int64_t now) {
  // Full buckets carry no information (a new bucket starts full), so dropping them is exact.
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const auto& b = it->second;
    const double refilled = b.tokens + static_cast<double>(now - b.updated_ms) * b.per_minute / 60000.0;
    if (refilled >= static_cast<double>(b.per_minute)) {
      it = buckets_.erase(it);
    } else {
      ++it;
    }
  }
  // Still full of busy keys (a flood of addresses): start over rather than grow without bound.
  if (buckets_.size() >= max_keys_) buckets_.clear();
}

TokenBucketLimiter::Decision TokenBucketLimiter::take(std::string_view key, RateLimit limit) {
  if (limit.per_minute <= 0) return {};
  const std::lock_guard lock(mutex_);
  const std::int64_t now = now_ms_();
  auto it = buckets_.find(std::string(key));
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_keys_) pruneLocked(now);
    it = buckets_.emplace(std::string(key), Bucket{static_cast<double>(limit.per_minute), now, limit.per_minute}).first;
  }
  auto& bucket = it->second;
  const double capacity = static_cast<double>(limit.per_minute);
  const double rate_per_ms = capacity / 60000.0;
  const std::int64_t elapsed = std::max<std::int64_t>(0, now - bucket.updated_ms);
  bucket.tokens = std::min(capacity, bucket.tokens + static_cast<double>(elapsed) * rate_per_ms);
  bucket.updated_ms = std::max(bucket.updated_ms, now);
  bucket.per_minute = limit.per_minute;
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return {};
  }
  const double wait_ms = (1.0 - bucket.tokens) / rate_per_ms;
  return {false, std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(wait_ms / 1000.0)))};
}

Middleware rateLimitMiddleware(RateLimitOptions options) {
  auto limiter = std::make_shared<TokenBucketLimiter>(options.now_ms);
  return [limiter, options = std::move(options)](Request& request, const Next& next) {
    if (request.audience != Audience::Api) return next(request);
    const auto refuse = [](std::int64_t seconds) {
      Headers headers;
      headers.set("Retry-After", std::to_string(seconds));
      throw HttpError(ErrorKind::TooManyRequests, "http.rate_limit.exceeded", {}, std::move(headers));
    };
    if (request.method == Method::Post && request.path == options.token_path) {
      const auto decision = limiter->take("token:" + request.remote_address, options.token_per_ip);
      if (!decision.allowed) refuse(decision.retry_after_seconds);
    }
    const auto client = options.client_key ? options.client_key(request) : std::nullopt;
    const auto decision = client ? limiter->take("client:" + *client, options.per_client)
                                 : limiter->take("ip:" + request.remote_address, options.per_ip);
    if (!decision.allowed) refuse(decision.retry_after_seconds);
    return next(request);
  };
}

}  // namespace masseflyt::http
