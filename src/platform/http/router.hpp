#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/http/message.hpp"

namespace masseflyt::http {

using Handler = std::function<Response(Request&)>;

/// Limits that differ per route; the server applies them before reading the body.
struct RouteLimits {
  std::size_t max_body_bytes = 64 * 1024;
};

struct Route {
  Method method;
  /// "/api/v1/anlegg/{id}": a segment "{name}" matches one non-empty path segment; a last segment
  /// "{name...}" matches the non-empty rest of the path ("/static/{file...}" → "fonts/a.woff2").
  std::string pattern;
  Audience audience;
  Handler handler;
  RouteLimits limits;
};

/// What the router found for a method and path.
struct RouteMatch {
  enum class Kind { Found, NotFound, MethodNotAllowed } kind = Kind::NotFound;
  /// Found: the route to run. MethodNotAllowed: a route for the path (its audience decides how
  /// the 405 is rendered); do not run its handler.
  const Route* route = nullptr;
  std::map<std::string, std::string, std::less<>> params;
  std::vector<Method> allowed;  ///< for MethodNotAllowed: the methods the path does accept
};

/// Method + path-template table. Exact segments win over parameters; HEAD falls back to GET.
/// Among the routes whose pattern matches the path, the most specific one that accepts the method
/// wins; if none accepts it, the answer is 405 listing the methods the path does accept.
class Router {
 public:
  /// Throws std::invalid_argument for a malformed pattern or a duplicate method + pattern.
  void add(Route route);
  RouteMatch match(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

  /// The limits for a path before its body is read (the largest of the routes matching the path,
  /// or the defaults when none matches, so an unknown path still answers 404, not 413).
  RouteLimits limitsFor(std::string_view path) const;
  /// Audience by path prefix: "/api" is for programs, everything else for people.
  static Audience audienceFor(std::string_view path);

 private:
  std::vector<Route> routes_;
};

}  // namespace masseflyt::http
