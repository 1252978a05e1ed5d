#pragma once

#include <string>
#include <string_view>

#include "platform/core/error.hpp"
#include "platform/http/message.hpp"

namespace masseflyt::http {

/// Renders the HTML error page for people; implemented by the web layer so the page has the
/// site's layout. Must not throw for any status (a fallback page is used if it does).
struct ErrorPageRenderer {
  virtual ~ErrorPageRenderer() = default;
  virtual std::string render(int status, std::string_view title, std::string_view detail,
                             std::string_view request_id) const = 0;
};

/// An error only the HTTP layer knows: it carries a status that has no ErrorKind (431, 501) and
/// response headers the answer needs (`Allow` on 405).
class HttpError : public Error {
 public:
  HttpError(ErrorKind kind, std::string message_key, std::string detail = {}, Headers headers = {},
            int status = 0);
  /// statusFor(kind()) unless the constructor named a status.
  int status() const noexcept { return status_; }
  const Headers& headers() const noexcept { return headers_; }

 private:
  Headers headers_;
  int status_;
};

/// The one mapping of error kinds to HTTP status codes.
int statusFor(ErrorKind kind);

/// The one place errors become responses: problem+json (RFC 9457) for Audience::Api, the HTML
/// error page for Audience::Page. Title and detail come from the Norwegian catalog
/// (`http.error.<status>.title`, the error's message key or `http.error.<status>.detail`).
/// Error::what() never reaches the client.
Response renderError(const Error& error, const Request& request, const ErrorPageRenderer* pages);

/// The response for an exception that is not an Error: a 500 that reveals nothing. Logs it.
Response renderUnexpected(const std::exception* exception, const Request& request,
                          const ErrorPageRenderer* pages);

}  // namespace masseflyt::http
