#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>

#include "platform/core/error.hpp"
#include "platform/crypto/random.hpp"
#include "platform/log/log.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::mail {
namespace {

struct Upload {
  std::string_view data;
  std::size_t offset = 0;
};

std::size_t readChunk(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto& upload = *static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload.data.size() - upload.offset);
  std::memcpy(buffer, upload.data.data() + upload.offset, n);
  upload.offset += n;
  return n;
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string domainOf(std::string_view address) {
  const auto at = address.find('@');
  return at == std::string_view::npos ? std::string("masseflyt.no")
                                      : std::string(address.substr(at + 1));
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

}  // namespace

SmtpMailer::SmtpMailer(SmtpOptions options) : options_(std::move(options)) {
  from_address_ = addressOf(options_.from);
  const bool scheme_ok = startsWith(options_.url, "smtp://") || startsWith(options_.url, "smtps://");
  if (!scheme_ok || from_address_.empty() ||
      options_.url.find_first_of("\r\n ") != std::string::npos) {
    throw Error(ErrorKind::Validation, "mail.error.config");
  }
  // Process-wide and idempotent since curl 7.84, but still required before the first handle.
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)initialised;
}

void SmtpMailer::send(const MailMessage& message) {
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  const std::string message_id =
      crypto::randomToken(16) + "@" + domainOf(from_address_);
  const std::string rendered = renderMessage(message, options_.from, now, message_id);
  const std::string to = "<" + addressOf(message.to) + ">";
  const std::string from = "<" + from_address_ + ">";

  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) throw Error(ErrorKind::Unavailable, "mail.error.send", "curl_easy_init failed");
  std::unique_ptr<curl_slist, SlistDeleter> recipients(curl_slist_append(nullptr, to.c_str()));
  Upload upload{rendered};
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, options_.url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_READFUNCTION, readChunk);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(rendered.size()));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // worker threads: no SIGALRM for DNS timeouts
  if (options_.require_starttls) curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!options_.user.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, options_.user.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, options_.password.c_str());
  }
  const CURLcode result = curl_easy_perform(h);
  if (result != CURLE_OK) {
    long response = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response);
    // The curl message names the failing step; it carries neither the password nor the body.
    throw Error(ErrorKind::Unavailable, "mail.error.send",
                std::string(curl_easy_strerror(result)) + " (SMTP " + std::to_string(response) + ")");
  }
  log::info("mail.sent", {{"message_id", message_id}});
}

}  // namespace masseflyt::mail
