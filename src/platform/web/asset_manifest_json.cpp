// The manifest parser: the one place in platform/web that sees Boost.JSON.
#include <boost/json.hpp>

#include "platform/core/error.hpp"
#include "platform/web/asset_manifest.hpp"

namespace masseflyt::web {

AssetManifest AssetManifest::parse(std::string_view json) {
  boost::system::error_code ec;
  const boost::json::value value = boost::json::parse(json, ec);
  if (ec || !value.is_object()) {
    throw Error(ErrorKind::Unavailable, "web.error.manifest_invalid",
                ec ? ec.message() : "not a JSON object");
  }
  AssetManifest manifest;
  for (const auto& [key, file] : value.as_object()) {
    if (!file.is_string()) {
      throw Error(ErrorKind::Unavailable, "web.error.manifest_invalid",
                  "value of " + std::string(key) + " is not a string");
    }
    const std::string_view name(file.as_string());
    if (!isSafeFileName(name) || name == "manifest.json") {
      throw Error(ErrorKind::Unavailable, "web.error.manifest_invalid",
                  "unsafe file name for " + std::string(key));
    }
    manifest.files_.emplace(std::string(key), std::string(name));
  }
  return manifest;
}

}  // namespace masseflyt::web
