#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// The rules of local login and sessions, kept free of I/O so they are unit tested alone.
namespace masseflyt::identity::accounts {

using std::chrono::minutes;
using std::chrono::seconds;

// ---- Session lifetimes: every timeout lives here, nowhere else. ----
/// A logged-in session ends after 30 minutes without a request (OWASP for medium-risk apps)...
inline constexpr std::chrono::milliseconds kIdleTimeout = minutes(30);
/// ...and 12 hours after login whatever the activity: one working day, then log in again.
inline constexpr std::chrono::milliseconds kAbsoluteTimeout = std::chrono::hours(12);
/// Pre-sessions (login form) and half-done logins (waiting for TOTP or enrolment) live shortly.
inline constexpr std::chrono::milliseconds kPendingTimeout = minutes(15);
/// last_seen_at is written at most this often, so reading pages does not mean writing rows.
inline constexpr std::chrono::milliseconds kLastSeenResolution = minutes(1);
/// Signing-grade actions need a TOTP re-entry no older than this.
inline constexpr seconds kStepUpWindow = minutes(5);

enum class SessionStage { Anonymous, Totp, Enrol, Active };
std::string_view stageName(SessionStage stage);
std::optional<SessionStage> parseStage(std::string_view name);

struct SessionTimes {
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::int64_t expires_at = 0;
};

/// The absolute end for a session of `stage` created at `now_ms`.
std::int64_t expiresAtFor(SessionStage stage, std::int64_t now_ms);
/// Expired by the absolute end or by idleness (the idle timeout applies to every stage).
bool sessionExpired(const SessionTimes& times, std::int64_t now_ms);
bool lastSeenNeedsRefresh(const SessionTimes& times, std::int64_t now_ms);

// ---- Login throttle ----
/// Failures within `window` are counted per key (one account, one client address). The first
/// `free_failures` cost nothing; after that each further attempt must wait 2^(n - free) seconds
/// from the last failure (capped at `window`); at `lock_failures` the key is locked until the
/// oldest counted failure leaves the window. Refused attempts are not evaluated or counted.
struct ThrottlePolicy {
  int free_failures;
  int lock_failures;
  std::chrono::milliseconds window;
};
/// Per account: 5 free, locked at 20 within 15 minutes.
inline constexpr ThrottlePolicy kAccountThrottle{5, 20, minutes(15)};
/// Per client address: more room, since offices share one address behind NAT.
inline constexpr ThrottlePolicy kAddressThrottle{20, 100, minutes(15)};

struct ThrottleDecision {
  bool allowed = true;
  std::int64_t retry_after_seconds = 0;  ///< > 0 when refused
  bool locked = false;                   ///< refused because lock_failures was reached
};

/// `failures` are the failure times (ms) of one key within the window, in ascending order.
ThrottleDecision evaluateThrottle(const ThrottlePolicy& policy,
                                  std::span<const std::int64_t> failures, std::int64_t now_ms);

// ---- Input rules ----
/// Trimmed and lower-cased if it looks like an e-mail address (one '@', a dot in the domain,
/// no spaces or control characters, at most 254 bytes); nullopt otherwise.
std::optional<std::string> normaliseEmail(std::string_view email);

/// The `neste` target after login: only a same-site relative path ("/konto?x=1") is accepted;
/// anything else ("//evil.example", "https://...", "/\\evil", control characters) gives
/// `fallback`, so the login page can never redirect off-site.
std::string safeNextPath(std::string_view next, std::string_view fallback = "/konto");

/// "ABCDEFGHIJ..." -> "ABCD EFGH IJ..": easier to type from the screen.
std::string groupInFours(std::string_view text);

}  // namespace masseflyt::identity::accounts
