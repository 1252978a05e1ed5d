#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace masseflyt::web {

/// The map from logical asset names ("app.css") to the content-hashed files that web/build.mjs
/// wrote ("app-3F2AKQ7Z.css"), read from `manifest.json` in the static folder. Templates ask for
/// logical names, so a rebuilt asset gets a new URL and browsers may cache every file forever.
class AssetManifest {
 public:
  /// Where the static folder is served (see static_files.hpp).
  static constexpr std::string_view kUrlPrefix = "/static/";

  /// Reads `<static_dir>/manifest.json`. Throws masseflyt::Error (Unavailable,
  /// "web.error.static_dir_missing") when it is absent, and ("web.error.manifest_invalid") when
  /// it is not a flat JSON object of safe file names.
  static AssetManifest load(const std::filesystem::path& static_dir);
  /// Parses the text of a manifest; same errors as `load`.
  static AssetManifest parse(std::string_view json);

  /// "/static/app-3F2AKQ7Z.css" for "app.css". An unknown name is a programming error and throws
  /// masseflyt::Error (Internal, "web.error.asset_unknown").
  std::string url(std::string_view logical_name) const;
  bool contains(std::string_view logical_name) const;
  /// Logical name -> hashed file name.
  const std::map<std::string, std::string, std::less<>>& entries() const { return files_; }

  /// Whether `name` is a plain file name we are willing to serve: letters, digits, '.', '-', '_',
  /// not starting with '.', so no path traversal can be expressed.
  static bool isSafeFileName(std::string_view name);

 private:
  std::map<std::string, std::string, std::less<>> files_;
};

}  // namespace masseflyt::web
