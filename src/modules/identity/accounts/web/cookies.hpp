#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/http/message.hpp"

namespace masseflyt::identity::accounts {

/// The value of cookie `name` in the request's Cookie header(s), if present.
std::optional<std::string> cookieValue(const http::Request& request, std::string_view name);

/// Set-Cookie for the session: HttpOnly; SameSite=Lax; Path=/; Secure when `secure`. No
/// Max-Age: the server decides when a session ends, the browser forgets it when closed.
std::string sessionCookie(std::string_view name, std::string_view value, bool secure);
/// Set-Cookie that removes the session cookie.
std::string clearedSessionCookie(std::string_view name, bool secure);

}  // namespace masseflyt::identity::accounts
