#pragma once

#include <cstddef>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace masseflyt::auth {
struct Principal;  // platform/auth/principal.hpp; http only carries it
}

namespace masseflyt::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options };

std::string_view methodName(Method method);
std::optional<Method> parseMethod(std::string_view name);

/// Percent-decodes a request path. nullopt for anything a handler should never see: no leading
/// '/', a bad escape, NUL, an encoded '/', or a "." / ".." segment (static files rely on this).
std::optional<std::string> decodePath(std::string_view raw_path);

/// Decodes one application/x-www-form-urlencoded component ('+' is a space); nullopt if invalid.
std::optional<std::string> decodeFormComponent(std::string_view text);

/// Header fields in arrival order; names compare case-insensitively.
class Headers {
 public:
  std::optional<std::string_view> get(std::string_view name) const;
  void set(std::string_view name, std::string_view value);  ///< replaces all with that name
  void add(std::string_view name, std::string_view value);  ///< keeps existing (Set-Cookie)
  void remove(std::string_view name);
  bool has(std::string_view name) const { return get(name).has_value(); }
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

/// Whether a route serves people (HTML pages) or programs (/api): decides how errors are rendered.
enum class Audience { Page, Api };

/// A request as the handlers see it: plain data, no Beast types, so every handler and middleware
/// is testable without sockets.
struct Request {
  Method method = Method::Get;
  std::string target;  ///< as received: path and query
  std::string path;    ///< percent-decoded path without query
  std::string query;   ///< raw query string without '?'
  Headers headers;
  std::string body;
  std::string remote_address;
  std::string request_id;  ///< set by the request-id middleware
  Audience audience = Audience::Page;
  std::map<std::string, std::string, std::less<>> path_params;  ///< filled by the router
  std::string route;  ///< the matched route pattern ("/api/v1/anlegg/{id}"), empty when none matched
  /// Set by the server when it rejects a request before any handler may run (413, 431, 503 …):
  /// the edge chain rethrows it so these answers get the same request id, headers, log line and
  /// error rendering as every other response. The server sets `audience` for these itself.
  std::exception_ptr edge_error;
  /// Who is asking: set by the session or bearer-token middleware, null when anonymous.
  std::shared_ptr<const auth::Principal> principal;

  std::optional<std::string_view> header(std::string_view name) const { return headers.get(name); }
  /// The path parameter `{name}` of the matched route; empty if absent.
  std::string_view pathParam(std::string_view name) const;
  /// First value of a query parameter, percent-decoded ('+' is a space).
  std::optional<std::string> queryParam(std::string_view name) const;
  /// All query parameters in order, percent-decoded.
  std::vector<std::pair<std::string, std::string>> queryParams() const;
  /// Fields of an application/x-www-form-urlencoded body, in order.
  std::vector<std::pair<std::string, std::string>> formFields() const;
  /// The first value of form field `name`, "" when absent.
  std::string formField(std::string_view name) const;
  /// Every value of form field `name` in order (checkbox groups, multi-selects).
  std::vector<std::string> formValues(std::string_view name) const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;

  static Response html(std::string body, int status = 200);
  static Response json(std::string body, int status = 200);
  static Response text(std::string body, int status = 200);
  static Response redirect(std::string_view location, int status = 303);
  static Response noContent();
  /// A file to save (Content-Disposition: attachment, RFC 6266): `filename` may be any UTF-8 name;
  /// browsers that do not read filename* get it with non-ASCII letters as '_'. Never cached.
  static Response download(std::string body, std::string_view content_type, std::string_view filename);
};

}  // namespace masseflyt::http
