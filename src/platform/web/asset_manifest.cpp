#include "platform/web/asset_manifest.hpp"

#include <fstream>
#include <sstream>

#include "platform/core/error.hpp"

namespace masseflyt::web {

AssetManifest AssetManifest::load(const std::filesystem::path& static_dir) {
  const auto file = static_dir / "manifest.json";
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::Unavailable, "web.error.static_dir_missing", file.string());
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str());
}

std::string AssetManifest::url(std::string_view logical_name) const {
  const auto it = files_.find(logical_name);
  if (it == files_.end()) {
    throw Error(ErrorKind::Internal, "web.error.asset_unknown", std::string(logical_name));
  }
  return std::string(kUrlPrefix) + it->second;
}

bool AssetManifest::contains(std::string_view logical_name) const {
  return files_.find(logical_name) != files_.end();
}

bool AssetManifest::isSafeFileName(std::string_view name) {
  if (name.empty() || name.size() > 200 || name.front() == '.') {
    return false;
  }
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == '_';
    if (!ok) {
      return false;
    }
  }
  return true;
}

}  // namespace masseflyt::web
