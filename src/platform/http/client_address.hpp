#pragma once

#include <string>
#include <vector>

#include "platform/http/middleware.hpp"

namespace masseflyt::http {

/// Behind nginx every connection comes from nginx, so login throttling, rate limits and audit
/// entries would see one address for everybody. When the peer is a trusted proxy, the client is
/// the right-most X-Forwarded-For entry that is not itself a trusted proxy (nginx appends the
/// address it saw; anything further left was written by the client and is not believed).
/// Malformed entries are ignored; an untrusted peer's X-Forwarded-For is never read.
std::string clientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted_proxies);

/// Sets Request::remote_address to clientAddress(...) before later middlewares run.
Middleware clientAddressMiddleware(std::vector<std::string> trusted_proxies);

}  // namespace masseflyt::http
