#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/http/error_mapping.hpp"
#include "platform/http/message.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::http {

using Next = std::function<Response(Request&)>;
using Middleware = std::function<Response(Request&, const Next&)>;

struct SecurityOptions {
  bool hsts = false;  ///< only when configured as running behind TLS
  /// Extra `img-src` sources beyond 'self' and data:. Kartverket's tile cache by default: the
  /// browser fetches map tiles directly (CC BY 4.0 terms forbid a server-side tile mirror).
  std::vector<std::string> extra_img_src = {"https://cache.kartverket.no"};
};

struct EdgeOptions {
  SecurityOptions security;
  const ErrorPageRenderer* error_pages = nullptr;
  /// The application's own middlewares (sessions, CSRF, ...), in order. They run inside error
  /// mapping, so an Error they throw becomes a proper page or problem+json, and only once the
  /// router has matched a route: an unknown path stays 404 and a wrong method 405 (never a CSRF
  /// 403), and the middlewares already know the route's audience.
  std::vector<Middleware> app_middlewares;
};

/// Wraps `terminal` so the first middleware runs outermost.
Handler chain(std::vector<Middleware> middlewares, Handler terminal);

/// The full chain around the router: request id -> access log -> security headers ->
/// error mapping -> router dispatch -> app middlewares -> route handler. The router must
/// outlive the handler.
Handler buildEdgeHandler(const Router& router, const EdgeOptions& options);

// The pieces, exposed for tests and for composing other chains.
Middleware requestIdMiddleware();
Middleware accessLogMiddleware();
Middleware securityHeadersMiddleware(SecurityOptions options);
Middleware errorMappingMiddleware(const ErrorPageRenderer* pages);
/// Dispatches to the matched route through `route_middlewares`; throws HttpError for 404 and
/// 405 (with `Allow`).
Handler routerDispatch(const Router& router, std::vector<Middleware> route_middlewares = {});

/// A client-supplied X-Request-Id is kept only if it is 1–128 chars of [A-Za-z0-9._-], so it
/// can't inject into logs or headers.
bool isAcceptableRequestId(std::string_view id);
/// A random UUID-shaped id (version 4).
std::string generateRequestId();

/// The Content-Security-Policy value for the options.
std::string contentSecurityPolicy(const SecurityOptions& options);
/// Sets every security header the response does not set itself.
void applySecurityHeaders(Response& response, const SecurityOptions& options);

}  // namespace masseflyt::http
