#include "platform/http/middleware.hpp"

#include <chrono>
#include <cstdint>
#include <random>
#include <utility>

#include "platform/log/log.hpp"

namespace masseflyt::http {

Handler chain(std::vector<Middleware> middlewares, Handler terminal) {
  Handler handler = std::move(terminal);
  for (auto it = middlewares.rbegin(); it != middlewares.rend(); ++it) {
    handler = [middleware = std::move(*it), next = std::move(handler)](Request& request) {
      return middleware(request, next);
    };
  }
  return handler;
}

bool isAcceptableRequestId(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  for (const char c : id) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string generateRequestId() {
  // Not a secret, only unique: a per-thread generator seeded once avoids a lock on the hot path.
  thread_local std::mt19937_64 engine{[] {
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) ^ device();
  }()};
  std::uint64_t high = engine();
  std::uint64_t low = engine();
  high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
  low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;    // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  id.reserve(36);
  for (int i = 15; i >= 0; --i) {
    id += kHex[(high >> (i * 4)) & 0xF];
    if (i == 8 || i == 4) id += '-';
  }
  id += '-';
  for (int i = 15; i >= 0; --i) {
    id += kHex[(low >> (i * 4)) & 0xF];
    if (i == 12) id += '-';
  }
  return id;
}

Middleware requestIdMiddleware() {
  return [](Request& request, const Next& next) {
    const auto incoming = request.header("X-Request-Id");
    request.request_id =
        incoming && isAcceptableRequestId(*incoming) ? std::string(*incoming) : generateRequestId();
    auto response = next(request);
    response.headers.set("X-Request-Id", request.request_id);
    return response;
  };
}

Middleware accessLogMiddleware() {
  return [](Request& request, const Next& next) {
    const auto start = std::chrono::steady_clock::now();
    auto response = next(request);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const double duration_ms =
        std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count() / 1000.0;
    // The route pattern, never the raw target: paths and queries may hold personal data
    // (names, e-mail addresses, search terms). No IPs, cookies or auth headers either.
    const std::size_t bytes = request.method == Method::Head ? 0 : response.body.size();
    log::info("request", {{"method", methodName(request.method)},
                          {"route", request.route.empty() ? std::string("-") : request.route},
                          {"status", response.status},
                          {"duration_ms", duration_ms},
                          {"bytes", bytes},
                          {"request_id", request.request_id}});
    return response;
  };
}

std::string contentSecurityPolicy(const SecurityOptions& options) {
  std::string img_src = "img-src 'self' data:";
  for (const auto& source : options.extra_img_src) {
    img_src += ' ';
    img_src += source;
  }
  return "default-src 'self'; script-src 'self'; style-src 'self'; " + img_src +
         "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
         "form-action 'self'; frame-ancestors 'none'";
}

void applySecurityHeaders(Response& response, const SecurityOptions& options) {
  const auto setDefault = [&response](std::string_view name, std::string_view value) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  };
  setDefault("Content-Security-Policy", contentSecurityPolicy(options));
  setDefault("X-Content-Type-Options", "nosniff");
  setDefault("Referrer-Policy", "strict-origin-when-cross-origin");
  setDefault("X-Frame-Options", "DENY");
  setDefault("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
  setDefault("Cross-Origin-Opener-Policy", "same-origin");
  if (options.hsts) setDefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

Middleware securityHeadersMiddleware(SecurityOptions options) {
  return [options = std::move(options)](Request& request, const Next& next) {
    auto response = next(request);
    applySecurityHeaders(response, options);
    return response;
  };
}

Middleware errorMappingMiddleware(const ErrorPageRenderer* pages) {
  return [pages](Request& request, const Next& next) {
    try {
      // The server already chose the audience of its own rejections (from the route it found).
      if (request.edge_error) std::rethrow_exception(request.edge_error);
      // Until the router knows the route, the path decides who reads the error.
      request.audience = Router::audienceFor(request.path);
      return next(request);
    } catch (const Error& error) {
      return renderError(error, request, pages);
    } catch (const std::exception& exception) {
      return renderUnexpected(&exception, request, pages);
    } catch (...) {
      return renderUnexpected(nullptr, request, pages);
    }
  };
}

namespace {

Response runThrough(const std::vector<Middleware>& middlewares, std::size_t index,
                    Request& request, const Handler& handler) {
  if (index == middlewares.size()) {
    return handler(request);
  }
  return middlewares[index](request, [&](Request& next_request) {
    return runThrough(middlewares, index + 1, next_request, handler);
  });
}

}  // namespace

Handler routerDispatch(const Router& router, std::vector<Middleware> route_middlewares) {
  return [&router, route_middlewares = std::move(route_middlewares)](Request& request) {
    auto match = router.match(request.method, request.path);
    switch (match.kind) {
      case RouteMatch::Kind::Found:
        request.route = match.route->pattern;
        request.audience = match.route->audience;
        request.path_params = std::move(match.params);
        return runThrough(route_middlewares, 0, request, match.route->handler);
      case RouteMatch::Kind::MethodNotAllowed: {
        request.audience = match.route->audience;
        std::string allow;
        for (const auto method : match.allowed) {
          if (!allow.empty()) allow += ", ";
          allow += methodName(method);
        }
        Headers headers;
        headers.set("Allow", allow);
        throw HttpError(ErrorKind::MethodNotAllowed, "http.error.405.detail",
                        std::string(methodName(request.method)), std::move(headers));
      }
      case RouteMatch::Kind::NotFound:
        break;
    }
    throw HttpError(ErrorKind::NotFound, "http.error.404.detail");
  };
}

Handler buildEdgeHandler(const Router& router, const EdgeOptions& options) {
  std::vector<Middleware> middlewares = {requestIdMiddleware(), accessLogMiddleware(),
                                         securityHeadersMiddleware(options.security),
                                         errorMappingMiddleware(options.error_pages)};
  return chain(std::move(middlewares), routerDispatch(router, options.app_middlewares));
}

}  // namespace masseflyt::http
