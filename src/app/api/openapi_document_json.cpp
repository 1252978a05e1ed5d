#include <algorithm>
#include <boost/json.hpp>
#include <stdexcept>
#include <string_view>

#include "app/api/openapi_document.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt {
std::span<const EmbeddedFile> embeddedOpenApiFiles();
}

namespace masseflyt::app {
namespace json = boost::json;
namespace {

constexpr std::string_view kBaseFile = "app/api/openapi/v1.json";
constexpr std::string_view kMethods[] = {"get", "head", "post", "put", "patch", "delete", "options"};

json::object parseObject(const EmbeddedFile& file) {
  boost::system::error_code ec;
  auto value = json::parse(json::string_view(file.content.data(), file.content.size()), ec);
  if (ec || !value.is_object()) {
    throw std::runtime_error("OpenAPI: " + std::string(file.path) + " is not a JSON object");
  }
  return std::move(value.as_object());
}

void mergeUnique(json::object& into, const json::object& from, std::string_view what,
                 std::string_view source) {
  for (const auto& [key, value] : from) {
    if (into.contains(key)) {
      throw std::runtime_error("OpenAPI: " + std::string(source) + " redefines " +
                               std::string(what) + " " + std::string(key));
    }
    into[key] = value;
  }
}

void mergeFragment(json::object& document, const json::object& fragment, std::string_view source) {
  if (const auto* paths = fragment.if_contains("paths")) {
    mergeUnique(document["paths"].as_object(), paths->as_object(), "path", source);
  }
  if (const auto* tags = fragment.if_contains("tags")) {
    auto& into = document["tags"].as_array();
    for (const auto& tag : tags->as_array()) {
      into.push_back(tag);
    }
  }
  if (const auto* components = fragment.if_contains("components")) {
    auto& into = document["components"].as_object();
    for (const auto& [kind, entries] : components->as_object()) {
      if (!into.contains(kind)) {
        into[kind] = json::object();
      }
      mergeUnique(into[kind].as_object(), entries.as_object(), kind, source);
    }
  }
}

std::vector<ApiOperation> listOperations(const json::object& document) {
  std::vector<ApiOperation> operations;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    const std::string full = path == "/" ? std::string(OpenApiDocument::kBasePath)
                                         : std::string(OpenApiDocument::kBasePath) + std::string(path);
    for (const auto method_name : kMethods) {
      if (item.as_object().contains(method_name)) {
        std::string upper(method_name);
        for (auto& c : upper) {
          c = static_cast<char>(c - 'a' + 'A');
        }
        operations.push_back({*http::parseMethod(upper), full});
      }
    }
  }
  std::sort(operations.begin(), operations.end());
  return operations;
}

/// Top-level collections ("/anlegg") become the index's resource list, so the index can never
/// name a collection the document does not describe.
std::string buildIndex(const json::object& document) {
  json::array resources;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    const std::string_view p(path.data(), path.size());
    if (p == "/" || p == "/openapi.json" || p.find('/', 1) != std::string_view::npos ||
        !item.as_object().contains("get")) {
      continue;
    }
    resources.push_back(json::object{{"navn", p.substr(1)},
                                     {"href", std::string(OpenApiDocument::kBasePath) + std::string(p)}});
  }
  const json::object index{
      {"navn", i18n::t("api.index.name")},
      {"versjon", "1"},
      {"dokumentasjon", std::string(OpenApiDocument::kBasePath) + "/openapi.json"},
      {"utviklerportal", "/utviklere"},
      {"ressurser", std::move(resources)},
  };
  return json::serialize(index);
}

}  // namespace

OpenApiDocument OpenApiDocument::assemble(std::span<const EmbeddedFile> files) {
  json::object document;
  bool have_base = false;
  for (const auto& file : files) {
    if (file.path == kBaseFile) {
      document = parseObject(file);
      have_base = true;
    }
  }
  if (!have_base) {
    throw std::runtime_error("OpenAPI: base document missing");
  }
  for (const auto& file : files) {
    if (file.path != kBaseFile) {
      mergeFragment(document, parseObject(file), file.path);
    }
  }
  OpenApiDocument result;
  result.operations_ = listOperations(document);
  result.index_json_ = buildIndex(document);
  result.json_ = json::serialize(document);
  return result;
}

void OpenApiDocument::describeClientScopes(std::span<const auth::PermissionDef> permissions) {
  auto document = json::parse(json_).as_object();
  json::object scopes;
  for (const auto& permission : permissions) {
    if (permission.scope != auth::PermissionScope::Organisation) continue;
    scopes[permission.key] = i18n::t(permission.description_key);
  }
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      const auto* security = operation.is_object() ? operation.as_object().if_contains("security") : nullptr;
      if (security == nullptr) continue;
      for (const auto& requirement : security->as_array()) {
        const auto* asked = requirement.as_object().if_contains("oauth2");
        if (asked == nullptr) continue;
        for (const auto& scope : asked->as_array()) {
          if (!scopes.contains(scope.as_string())) {
            throw std::runtime_error("OpenAPI: " + std::string(method) + " " + std::string(path) +
                                     " asks for scope " + std::string(scope.as_string()) +
                                     ", which is no organisation permission");
          }
        }
      }
    }
  }
  auto* flow = document.if_contains("components");
  for (const std::string_view step : {"securitySchemes", "oauth2", "flows", "clientCredentials"}) {
    flow = flow != nullptr && flow->is_object() ? flow->as_object().if_contains(step) : nullptr;
  }
  if (flow == nullptr || !flow->is_object()) {
    throw std::runtime_error("OpenAPI: no oauth2 client-credentials flow to list scopes in");
  }
  flow->as_object()["scopes"] = std::move(scopes);
  json_ = json::serialize(document);
}

OpenApiDocument OpenApiDocument::fromEmbedded() { return assemble(embeddedOpenApiFiles()); }

}  // namespace masseflyt::app
