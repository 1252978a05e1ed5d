#pragma once

#include <span>
#include <string>
#include <vector>

#include "platform/auth/permissions.hpp"
#include "platform/core/embedded_file.hpp"
#include "platform/http/message.hpp"

namespace masseflyt::app {

/// One operation the OpenAPI document describes, with its full path ("/api/v1/anlegg/{id}").
struct ApiOperation {
  http::Method method;
  std::string path;

  friend bool operator==(const ApiOperation&, const ApiOperation&) = default;
  friend auto operator<=>(const ApiOperation& a, const ApiOperation& b) {
    return std::tie(a.path, a.method) <=> std::tie(b.path, b.method);
  }
};

/// The OpenAPI 3.1 document of /api/v1, assembled at start-up from the base document
/// (app/api/openapi/v1.json) and fragments per module (modules/<m>/api/openapi*.json holding
/// `paths`, `tags` and `components`), so each module documents its own routes beside its code.
class OpenApiDocument {
 public:
  static constexpr std::string_view kBasePath = "/api/v1";

  /// Throws std::runtime_error when a fragment is not valid JSON or redefines a path or component.
  static OpenApiDocument assemble(std::span<const EmbeddedFile> files);
  static OpenApiDocument fromEmbedded();

  /// Lists the OAuth2 client-credentials scopes (the Organisation-scoped permissions, with their
  /// Norwegian descriptions) from the permissions the modules registered, so the document can
  /// never offer a scope that does not exist or miss one that does. Throws std::runtime_error
  /// when an operation asks for a scope that is not among them. Call after every module has
  /// registered its permissions and before serving.
  void describeClientScopes(std::span<const auth::PermissionDef> permissions);

  const std::string& json() const { return json_; }
  const std::vector<ApiOperation>& operations() const { return operations_; }
  /// The JSON body of GET /api/v1: name, version and the top-level collections.
  const std::string& indexJson() const { return index_json_; }

 private:
  std::string json_;
  std::string index_json_;
  std::vector<ApiOperation> operations_;
};

}  // namespace masseflyt::app
