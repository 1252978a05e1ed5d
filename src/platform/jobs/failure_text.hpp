#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace masseflyt::jobs {

constexpr std::size_t kMaxErrorBytes = 2000;

/// What is stored in jobs.last_error and logged for a failed attempt: `what` with the password of
/// any URL (`scheme://user:secret@`), the value of `password=`/`token=`/`secret=`/`api_key=`-style
/// pairs and `Bearer` tokens replaced by "***", control characters turned into spaces, and cut to
/// at most `max_bytes` on a UTF-8 character boundary (marked by "…"). A safety net only: handlers
/// must still keep secrets and personal data out of their exceptions.
std::string failureText(std::string_view what, std::size_t max_bytes = kMaxErrorBytes);

}  // namespace masseflyt::jobs
