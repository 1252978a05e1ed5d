#include "modules/identity/accounts/app/password_reset.hpp"

#include <algorithm>
#include <cctype>

#include "modules/identity/accounts/app/login.hpp"
#include "modules/identity/accounts/infra/account_repository.hpp"
#include "modules/identity/accounts/infra/password_reset_repository.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/password.hpp"
#include "platform/crypto/random.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/log/log.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::size_t kTokenBytes = 32;  // 256 bits
constexpr std::size_t kTokenChars = 43;  // base64url of 32 bytes

std::size_t codePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string lowerTrimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Both keys must allow the request; the longer wait wins.
std::int64_t retryAfter(db::Database::Lease& lease, const std::string& address_key,
                        const std::string& client_key, std::int64_t now) {
  std::int64_t retry = 0;
  const auto check = [&](const std::string& key, const ThrottlePolicy& policy) {
    const auto attempts = repository::failuresSince(lease, key, now - policy.window.count());
    const auto decision = evaluateThrottle(policy, attempts, now);
    if (!decision.allowed) retry = std::max(retry, decision.retry_after_seconds);
  };
  check(address_key, kResetAddressThrottle);
  check(client_key, kResetClientThrottle);
  return retry;
}

std::string resetLink(std::string_view public_base_url, const std::string& token) {
  std::string base(public_base_url);
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/glemt-passord/ny?nokkel=" + token;
}

}  // namespace

std::string resetThrottleKey(std::string_view normalised_email) {
  return "r:" + crypto::sha256Hex(normalised_email);
}

std::string resetClientThrottleKey(std::string_view remote_address) {
  return "ri:" + crypto::sha256Hex(remote_address);
}

NewPasswordProblem checkNewPassword(std::string_view password, std::string_view repeat,
                                    std::string_view email) {
  if (password.empty()) return NewPasswordProblem::Required;
  if (password.size() > crypto::kMaxPasswordBytes) return NewPasswordProblem::TooLong;
  if (codePoints(password) < kMinPasswordChars) return NewPasswordProblem::TooShort;
  if (lowerTrimmed(password) == lowerTrimmed(email)) return NewPasswordProblem::EqualsEmail;
  if (password != repeat) return NewPasswordProblem::Mismatch;
  return NewPasswordProblem::None;
}

ResetRequestOutcome requestPasswordReset(db::Database& database, mail::Mailer* mailer,
                                         std::string_view public_base_url,
                                         const std::string& email, std::string_view remote_address,
                                         std::int64_t now) {
  const std::string address_key = resetThrottleKey(email);
  const std::string client_key = resetClientThrottleKey(remote_address);
  std::optional<repository::UserRow> user;
  std::string token;
  {
    auto lease = database.lease();
    db::Transaction tx(lease);
    if (const auto retry = retryAfter(lease, address_key, client_key, now); retry > 0) {
      return {ResetRequestOutcome::Kind::Throttled, retry};
    }
    repository::recordFailure(lease, address_key, now);
    repository::recordFailure(lease, client_key, now);
    if (mailer) {
      user = repository::findUserByEmail(lease, email);
      if (user && user->status == "active") {
        token = crypto::randomToken(kTokenBytes);
        repository::insertPasswordReset(
            lease, {crypto::sha256Hex(token), user->id, now, now + kPasswordResetLifetime.count(),
                    std::nullopt});
        auditUserEvent(lease, "password.reset_requested", user->id, remote_address);
      }
    }
    tx.commit();
  }
  if (!mailer) return {ResetRequestOutcome::Kind::MailDisabled, 0};
  if (!token.empty()) {
    mail::MailMessage message;
    message.to = user->email;
    message.subject = std::string(i18n::t("accounts.reset.mail_subject"));
    message.text_body = i18n::catalog().format(
        "accounts.reset.mail_body",
        {{"name", user->display_name}, {"link", resetLink(public_base_url, token)}});
    try {
      mailer->send(message);
    } catch (const std::exception& error) {
      // The person sees the usual answer; operators see the failure (never the link).
      log::error("password_reset.mail_failed", {{"error", std::string(error.what())}});
    }
  }
  return {ResetRequestOutcome::Kind::Accepted, 0};
}

std::optional<std::string> resetTokenAccount(db::Database& database, std::string_view token,
                                             std::int64_t now) {
  if (token.size() != kTokenChars) return std::nullopt;
  auto lease = database.lease();
  const auto row = repository::findPasswordReset(lease, crypto::sha256Hex(token));
  if (!row || row->used_at || row->expires_at <= now) return std::nullopt;
  const auto user = repository::findUserById(lease, row->user_id);
  if (!user || user->status != "active") return std::nullopt;
  return user->email;
}

ResetOutcome completePasswordReset(db::Database& database, std::string_view token,
                                   std::string_view password, std::string_view repeat,
                                   std::string_view remote_address, std::int64_t now) {
  const auto email = resetTokenAccount(database, token, now);
  if (!email) return {};
  if (const auto problem = checkNewPassword(password, repeat, *email);
      problem != NewPasswordProblem::None) {
    return {ResetOutcome::Kind::Rejected, problem};
  }
  // Argon2 outside any transaction and lease: it takes tens of milliseconds.
  const std::string hash = crypto::hashPassword(password);
  const std::string token_hash = crypto::sha256Hex(token);
  auto lease = database.lease();
  db::Transaction tx(lease);
  if (!repository::claimPasswordReset(lease, token_hash, now)) return {};
  const auto row = repository::findPasswordReset(lease, token_hash);
  repository::setPasswordHash(lease, row->user_id, hash, now);
  repository::voidPasswordResetsOfUser(lease, row->user_id, now);
  const auto sessions = repository::deleteSessionsOfUser(lease, row->user_id);
  auditUserEvent(lease, "password.reset", row->user_id, remote_address,
        "{\"sessions\":" + std::to_string(sessions) + "}");
  tx.commit();
  repository::prunePasswordResets(lease, now - kPasswordResetLifetime.count());
  return {ResetOutcome::Kind::Done, NewPasswordProblem::None};
}

}  // namespace masseflyt::identity::accounts
