#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "modules/identity/accounts/domain/policy.hpp"
#include "platform/db/database.hpp"

namespace masseflyt::mail {
class Mailer;
}

// Password reset by e-mail link, independent of HTTP. Module-internal; the routes are
// registered through app/api.hpp.
namespace masseflyt::identity::accounts {

/// A link works for 30 minutes, once.
inline constexpr std::chrono::milliseconds kPasswordResetLifetime = std::chrono::minutes(30);
/// Requests per e-mail address ("r:<sha256>"): 3 free, then a growing wait, none after 10 in an
/// hour, so nobody can flood a person's inbox through us.
inline constexpr ThrottlePolicy kResetAddressThrottle{3, 10, std::chrono::minutes(60)};
/// Requests per client address ("ri:<sha256>"): room for an office behind one NAT address.
inline constexpr ThrottlePolicy kResetClientThrottle{10, 50, std::chrono::minutes(60)};
/// New passwords: at least 12 characters (code points), at most crypto::kMaxPasswordBytes bytes.
inline constexpr std::size_t kMinPasswordChars = 12;

std::string resetThrottleKey(std::string_view normalised_email);
std::string resetClientThrottleKey(std::string_view remote_address);

enum class NewPasswordProblem { None, Required, TooShort, TooLong, Mismatch, EqualsEmail };
/// The rules for a chosen password; `email` is the account's (lower case).
NewPasswordProblem checkNewPassword(std::string_view password, std::string_view repeat,
                                    std::string_view email);

struct ResetRequestOutcome {
  enum class Kind { Accepted, Throttled, MailDisabled } kind = Kind::Accepted;
  std::int64_t retry_after_seconds = 0;
};

/// Handles "I forgot my password" for `email` (already normalised). The outcome is the same
/// whether or not an account exists, so the page cannot be used to find accounts. When an active
/// account exists and `mailer` is set, a one-time 256-bit token is stored (as its hash) and the
/// link `<public_base_url>/glemt-passord/ny?nokkel=<token>` is mailed synchronously; a mail
/// failure is logged, never shown. Every accepted request counts against the throttle.
ResetRequestOutcome requestPasswordReset(db::Database& database, mail::Mailer* mailer,
                                         std::string_view public_base_url,
                                         const std::string& email, std::string_view remote_address,
                                         std::int64_t now);

/// The e-mail of the account a usable (known, unused, unexpired) token belongs to.
std::optional<std::string> resetTokenAccount(db::Database& database, std::string_view token,
                                             std::int64_t now);

struct ResetOutcome {
  enum class Kind { InvalidToken, Rejected, Done } kind = Kind::InvalidToken;
  NewPasswordProblem problem = NewPasswordProblem::None;  ///< Rejected: why
};

/// Sets the new password: checks the rules, uses the token up (at most once, even when two
/// requests race), stores the Argon2id hash, voids the user's other reset links, deletes all the
/// user's sessions and writes "password.reset" to the audit log. TOTP stays as it was.
ResetOutcome completePasswordReset(db::Database& database, std::string_view token,
                                   std::string_view password, std::string_view repeat,
                                   std::string_view remote_address, std::int64_t now);

}  // namespace masseflyt::identity::accounts
