#include "modules/identity/accounts/web/cookies.hpp"

namespace masseflyt::identity::accounts {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string attributes(bool secure) {
  return std::string("; Path=/; HttpOnly; SameSite=Lax") + (secure ? "; Secure" : "");
}

}  // namespace

std::optional<std::string> cookieValue(const http::Request& request, std::string_view name) {
  for (const auto& [header, value] : request.headers.fields()) {
    if (header.size() != 6) continue;
    std::string lower;
    for (const char c : header) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower != "cookie") continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto semicolon = rest.find(';');
      const auto pair = trim(rest.substr(0, semicolon));
      rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
      const auto equals = pair.find('=');
      if (equals == std::string_view::npos) continue;
      if (trim(pair.substr(0, equals)) == name) return std::string(trim(pair.substr(equals + 1)));
    }
  }
  return std::nullopt;
}

std::string sessionCookie(std::string_view name, std::string_view value, bool secure) {
  return std::string(name) + "=" + std::string(value) + attributes(secure);
}

std::string clearedSessionCookie(std::string_view name, bool secure) {
  return std::string(name) + "=" + attributes(secure) + "; Max-Age=0";
}

}  // namespace masseflyt::identity::accounts
