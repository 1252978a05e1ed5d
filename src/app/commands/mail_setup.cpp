#include "app/commands/commands.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::app {

std::shared_ptr<mail::Mailer> mailerFromConfig(const config::Config& config) {
  if (config.smtp_url.empty()) return nullptr;
  return std::make_shared<mail::SmtpMailer>(
      mail::SmtpOptions{.url = config.smtp_url,
                        .require_starttls = config.smtp_require_starttls,
                        .user = config.smtp_user,
                        .password = config.smtp_password,
                        .from = config.mail_from,
                        .connect_timeout = std::chrono::seconds(10),
                        .total_timeout = std::chrono::seconds(10)});
}

}  // namespace masseflyt::app
