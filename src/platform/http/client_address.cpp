#include "platform/http/client_address.hpp"

#include <algorithm>

namespace masseflyt::http {
namespace {

bool trusted(std::string_view address, const std::vector<std::string>& proxies) {
  return std::find(proxies.begin(), proxies.end(), address) != proxies.end();
}

// IPv4 or IPv6 characters only, so a header cannot smuggle arbitrary text into logs or keys.
bool plausibleAddress(std::string_view text) {
  return !text.empty() && text.size() <= 45 &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
                  c == '.' || c == ':';
         });
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::string clientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted_proxies) {
  if (!trusted(peer, trusted_proxies) || forwarded_for.empty()) return peer;
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    const auto comma = rest.rfind(',');
    const auto entry = trimmed(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (!plausibleAddress(entry)) return peer;
    if (!trusted(entry, trusted_proxies)) return std::string(entry);
  }
  return peer;
}

Middleware clientAddressMiddleware(std::vector<std::string> trusted_proxies) {
  return [trusted_proxies = std::move(trusted_proxies)](Request& request, const Next& next) {
    if (const auto header = request.header("X-Forwarded-For")) {
      request.remote_address = clientAddress(request.remote_address, *header, trusted_proxies);
    }
    return next(request);
  };
}

}  // namespace masseflyt::http
