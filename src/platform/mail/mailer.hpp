#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

// Outgoing e-mail. Modules depend on Mailer only; SmtpMailer is wired in by the composition root,
// and tests use the real SmtpMailer against an SMTP sink on loopback.
namespace masseflyt::mail {

struct MailMessage {
  std::string to;         ///< a bare address: "kari@example.no"
  std::string subject;    ///< UTF-8; encoded as RFC 2047 when not plain ASCII
  std::string text_body;  ///< UTF-8 plain text; "\n" line ends
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  /// Delivers to the relay or throws masseflyt::Error (Unavailable, "mail.error.send") when the
  /// relay refused or could not be reached, (Validation, "mail.error.header") for a header value
  /// carrying CR/LF or an address that is not one.
  virtual void send(const MailMessage& message) = 0;
};

struct SmtpOptions {
  /// smtp://host[:port] or smtps://host[:port] (implicit TLS).
  std::string url;
  /// Refuse to send unless the smtp:// connection was upgraded with STARTTLS.
  bool require_starttls = false;
  std::string user;      ///< empty = no AUTH
  std::string password;
  /// "Masseflyt <ikke-svar@masseflyt.no>" or a bare address.
  std::string from = "Masseflyt <ikke-svar@masseflyt.no>";
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds total_timeout{10000};
};

/// SMTP over libcurl; one connection per message (reset mails are rare). Thread-safe.
class SmtpMailer final : public Mailer {
 public:
  /// Throws Error(Validation, "mail.error.config") for a URL that is not smtp(s):// or a `from`
  /// without an address.
  explicit SmtpMailer(SmtpOptions options);
  void send(const MailMessage& message) override;

 private:
  SmtpOptions options_;
  std::string from_address_;
};

// ---- Message rendering (pure; used by SmtpMailer, unit tested alone) ----

/// The address inside "Name <addr>", or the text itself when it has no angle brackets; empty when
/// it is not one plausible address (no '@', spaces, control characters, more than one '<').
std::string addressOf(std::string_view mailbox);

/// `text` as it may stand in a header: unchanged when printable ASCII, else RFC 2047 encoded words
/// ("=?UTF-8?B?...?=", each at most 75 characters, never splitting a UTF-8 sequence).
std::string encodeHeaderText(std::string_view text);

/// A complete RFC 5322 message (CRLF line ends): Date, From, To, Subject, Message-ID,
/// MIME-Version and a base64 text/plain UTF-8 body. `unix_seconds` gives the Date header and
/// `message_id` is used as is (without angle brackets). Throws Error(Validation,
/// "mail.error.header") if subject, to or from contains CR or LF (header injection).
std::string renderMessage(const MailMessage& message, std::string_view from,
                          std::int64_t unix_seconds, std::string_view message_id);

}  // namespace masseflyt::mail
