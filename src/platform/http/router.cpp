#include "platform/http/router.hpp"

#include <algorithm>
#include <stdexcept>

namespace masseflyt::http {
namespace {

std::vector<std::string_view> splitSegments(std::string_view path) {
  // "/" has no segments; "/a/" has "a" and "" so a trailing slash is a different resource.
  std::vector<std::string_view> segments;
  if (path.size() <= 1) return segments;
  path.remove_prefix(1);
  while (true) {
    const auto slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool isParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool isRestParam(std::string_view segment) {
  return isParam(segment) && segment.size() > 5 && segment.substr(segment.size() - 4) == "...}";
}

std::string paramName(std::string_view segment) {
  segment = segment.substr(1, segment.size() - 2);
  if (segment.ends_with("...")) segment.remove_suffix(3);
  return std::string(segment);
}

// Specificity per segment: a literal beats "{param}" beats "{rest...}", compared left to right.
// Returned as a vector so std::lexicographical_compare gives the ordering.
struct Candidate {
  const Route* route;
  std::vector<int> rank;
  std::map<std::string, std::string, std::less<>> params;
};

std::optional<Candidate> matchRoute(const Route& route, const std::vector<std::string_view>& path) {
  const auto pattern = splitSegments(route.pattern);
  Candidate candidate{&route, {}, {}};
  std::size_t i = 0;
  for (; i < pattern.size(); ++i) {
    const std::string_view segment = pattern[i];
    if (isRestParam(segment)) {
      if (i >= path.size()) return std::nullopt;
      std::string rest;
      for (std::size_t k = i; k < path.size(); ++k) {
        if (path[k].empty()) return std::nullopt;
        if (k > i) rest += '/';
        rest += path[k];
      }
      candidate.params.emplace(paramName(segment), std::move(rest));
      candidate.rank.push_back(0);
      return candidate;
    }
    if (i >= path.size()) return std::nullopt;
    if (isParam(segment)) {
      if (path[i].empty()) return std::nullopt;
      candidate.params.emplace(paramName(segment), std::string(path[i]));
      candidate.rank.push_back(1);
    } else {
      if (segment != path[i]) return std::nullopt;
      candidate.rank.push_back(2);
    }
  }
  if (i != path.size()) return std::nullopt;
  return candidate;
}

void validatePattern(std::string_view pattern) {
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + std::string(pattern));
  }
  const auto segments = splitSegments(pattern);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto segment = segments[i];
    const bool braces = segment.find_first_of("{}") != std::string_view::npos;
    if (braces && !isParam(segment)) {
      throw std::invalid_argument("malformed route parameter in " + std::string(pattern));
    }
    if (isRestParam(segment) && i + 1 != segments.size()) {
      throw std::invalid_argument("{name...} must be the last segment: " + std::string(pattern));
    }
  }
}

}  // namespace

void Router::add(Route route) {
  validatePattern(route.pattern);
  for (const auto& existing : routes_) {
    if (existing.method == route.method && existing.pattern == route.pattern) {
      throw std::invalid_argument("duplicate route " + std::string(methodName(route.method)) + " " +
                                  route.pattern);
    }
  }
  routes_.push_back(std::move(route));
}

RouteMatch Router::match(Method method, std::string_view path) const {
  const auto segments = splitSegments(path);
  RouteMatch result;
  std::optional<Candidate> best;
  std::optional<Candidate> best_head_fallback;
  const Route* first_path_match = nullptr;
  for (const auto& route : routes_) {
    auto candidate = matchRoute(route, segments);
    if (!candidate) continue;
    if (first_path_match == nullptr) first_path_match = &route;
    if (std::find(result.allowed.begin(), result.allowed.end(), route.method) ==
        result.allowed.end()) {
      result.allowed.push_back(route.method);
    }
    const bool exact = route.method == method;
    const bool head_fallback = method == Method::Head && route.method == Method::Get;
    if (!exact && !head_fallback) continue;
    auto& slot = exact ? best : best_head_fallback;
    if (!slot || std::lexicographical_compare(slot->rank.begin(), slot->rank.end(),
                                              candidate->rank.begin(), candidate->rank.end())) {
      slot = std::move(candidate);
    }
  }
  // An explicit HEAD route wins over the GET fallback only when it is at least as specific.
  if (best_head_fallback &&
      (!best || std::lexicographical_compare(best->rank.begin(), best->rank.end(),
                                             best_head_fallback->rank.begin(),
                                             best_head_fallback->rank.end()))) {
    best = std::move(best_head_fallback);
  }
  if (best) {
    result.kind = RouteMatch::Kind::Found;
    result.route = best->route;
    result.params = std::move(best->params);
    result.allowed.clear();
    return result;
  }
  if (first_path_match == nullptr) {
    result.allowed.clear();
    result.kind = RouteMatch::Kind::NotFound;
    return result;
  }
  // GET implies HEAD, so the Allow header must say so.
  const bool has_get =
      std::find(result.allowed.begin(), result.allowed.end(), Method::Get) != result.allowed.end();
  const bool has_head =
      std::find(result.allowed.begin(), result.allowed.end(), Method::Head) != result.allowed.end();
  if (has_get && !has_head) result.allowed.push_back(Method::Head);
  std::sort(result.allowed.begin(), result.allowed.end());
  result.kind = RouteMatch::Kind::MethodNotAllowed;
  result.route = first_path_match;
  return result;
}

RouteLimits Router::limitsFor(std::string_view path) const {
  const auto segments = splitSegments(path);
  std::optional<RouteLimits> limits;
  for (const auto& route : routes_) {
    if (!matchRoute(route, segments)) continue;
    if (!limits || route.limits.max_body_bytes > limits->max_body_bytes) limits = route.limits;
  }
  return limits.value_or(RouteLimits{});
}

Audience Router::audienceFor(std::string_view path) {
  return path == "/api" || path.starts_with("/api/") ? Audience::Api : Audience::Page;
}

}  // namespace masseflyt::http
