#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace masseflyt {

/// What went wrong, independent of transport. The HTTP edge maps each kind to a status code in
/// exactly one place (platform/http/error_mapping.cpp).
enum class ErrorKind {
  BadRequest,
  Validation,
  Unauthorized,
  Forbidden,
  NotFound,
  MethodNotAllowed,
  Conflict,
  PayloadTooLarge,
  UnsupportedMediaType,
  TooManyRequests,
  Unavailable,
  Internal,
};

/// One invalid input field; `message_key` is a key in the message catalog.
struct FieldError {
  std::string field;
  std::string message_key;
};

/// The one exception type the code throws for expected failures. `message_key` names a text in the
/// message catalog, so a user always sees Norwegian wording; `detail` is extra context for logs
/// and must never carry secrets or personal data.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message_key, std::string detail = {},
        std::vector<FieldError> fields = {});

  ErrorKind kind() const noexcept { return kind_; }
  const std::string& messageKey() const noexcept { return message_key_; }
  const std::vector<FieldError>& fields() const noexcept { return fields_; }
  const std::string& detail() const noexcept { return detail_; }

 private:
  ErrorKind kind_;
  std::string message_key_;
  std::string detail_;
  std::vector<FieldError> fields_;
};

}  // namespace masseflyt
