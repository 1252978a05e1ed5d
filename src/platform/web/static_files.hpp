#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "platform/http/message.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {

/// The built front-end assets (web/dist/ by default), held in memory. Only the files that
/// manifest.json names are served, looked up by exact name, so nothing else in the folder and no
/// path outside it can be reached.
class StaticFiles {
 public:
  struct File {
    std::string content_type;
    std::string body;
    bool immutable;  ///< the name carries a content hash
  };

  /// Throws masseflyt::Error (Unavailable) when the folder, its manifest or a listed file is missing.
  static StaticFiles load(const std::filesystem::path& static_dir);

  const File* find(std::string_view name) const;
  /// The response for GET /static/{name}; throws masseflyt::Error (NotFound) for any other name.
  http::Response respond(std::string_view name) const;

  /// Content-Type by file extension; application/octet-stream when unknown.
  static std::string_view contentType(std::string_view name);
  /// Whether the name has the form build.mjs gives hashed files: "<name>-<8 × [A-Z2-7]>.<ext>".
  static bool isHashedName(std::string_view name);

 private:
  std::map<std::string, File, std::less<>> files_;
};

/// GET /static/{file}: the files of `static_dir`'s manifest, with
/// `Cache-Control: public, max-age=31536000, immutable` for content-hashed names.
void registerStaticRoutes(http::Router& router, const std::filesystem::path& static_dir);

}  // namespace masseflyt::web
