#include "modules/identity/accounts/domain/policy.hpp"

#include <algorithm>

namespace masseflyt::identity::accounts {

std::string_view stageName(SessionStage stage) {
  switch (stage) {
    case SessionStage::Anonymous: return "anonymous";
    case SessionStage::Totp: return "totp";
    case SessionStage::Enrol: return "enrol";
    case SessionStage::Active: return "active";
  }
  return "anonymous";
}

std::optional<SessionStage> parseStage(std::string_view name) {
  for (const auto stage : {SessionStage::Anonymous, SessionStage::Totp, SessionStage::Enrol,
                           SessionStage::Active}) {
    if (stageName(stage) == name) return stage;
  }
  return std::nullopt;
}

std::int64_t expiresAtFor(SessionStage stage, std::int64_t now_ms) {
  const auto lifetime = stage == SessionStage::Active ? kAbsoluteTimeout : kPendingTimeout;
  return now_ms + lifetime.count();
}

bool sessionExpired(const SessionTimes& times, std::int64_t now_ms) {
  return now_ms >= times.expires_at || now_ms - times.last_seen_at >= kIdleTimeout.count();
}

bool lastSeenNeedsRefresh(const SessionTimes& times, std::int64_t now_ms) {
  return now_ms - times.last_seen_at >= kLastSeenResolution.count();
}

ThrottleDecision evaluateThrottle(const ThrottlePolicy& policy,
                                  std::span<const std::int64_t> failures, std::int64_t now_ms) {
  const std::int64_t window_ms = policy.window.count();
  // Only failures inside the window count, whatever the caller passed.
  const auto first = std::find_if(failures.begin(), failures.end(),
                                  [&](std::int64_t at) { return at > now_ms - window_ms; });
  const auto counted = std::span<const std::int64_t>(first, failures.end());
  const auto n = static_cast<std::int64_t>(counted.size());
  const auto toSeconds = [](std::int64_t ms) { return std::max<std::int64_t>(1, (ms + 999) / 1000); };

  if (n >= policy.lock_failures) {
    // Locked until enough failures age out of the window to drop below the lock threshold.
    const auto unlock_at = counted[static_cast<std::size_t>(n - policy.lock_failures)] + window_ms;
    return {false, toSeconds(unlock_at - now_ms), true};
  }
  if (n >= policy.free_failures) {
    const std::int64_t exponent = n - policy.free_failures;
    const std::int64_t delay_ms =
        exponent >= 20 ? window_ms : std::min<std::int64_t>(window_ms, (std::int64_t{1} << exponent) * 1000);
    const std::int64_t ready_at = counted.back() + delay_ms;
    if (now_ms < ready_at) return {false, toSeconds(ready_at - now_ms), false};
  }
  return {};
}

std::optional<std::string> normaliseEmail(std::string_view email) {
  while (!email.empty() && (email.front() == ' ' || email.front() == '\t')) email.remove_prefix(1);
  while (!email.empty() && (email.back() == ' ' || email.back() == '\t')) email.remove_suffix(1);
  if (email.empty() || email.size() > 254) return std::nullopt;
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  const auto domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return std::nullopt;
  std::string out;
  out.reserve(email.size());
  for (const char c : email) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f) return std::nullopt;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string safeNextPath(std::string_view next, std::string_view fallback) {
  const auto reject = [&] { return std::string(fallback); };
  if (next.empty() || next.size() > 512 || next.front() != '/') return reject();
  // "//host" and "/\host" are protocol-relative to browsers.
  if (next.size() > 1 && (next[1] == '/' || next[1] == '\\')) return reject();
  for (const char c : next) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\\') return reject();
  }
  return std::string(next);
}

std::string groupInFours(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += text[i];
  }
  return out;
}

}  // namespace masseflyt::identity::accounts
