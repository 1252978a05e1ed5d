#include "platform/core/error.hpp"

#include <utility>

namespace masseflyt {

Error::Error(ErrorKind kind, std::string message_key, std::string detail,
             std::vector<FieldError> fields)
    : std::runtime_error(detail.empty() ? message_key : message_key + ": " + detail),
      kind_(kind),
      message_key_(std::move(message_key)),
      detail_(std::move(detail)),
      fields_(std::move(fields)) {}

}  // namespace masseflyt
