#include "platform/web/static_files.hpp"

#include <fstream>
#include <sstream>

#include "platform/core/error.hpp"
#include "platform/web/asset_manifest.hpp"

namespace masseflyt::web {

StaticFiles StaticFiles::load(const std::filesystem::path& static_dir) {
  const auto manifest = AssetManifest::load(static_dir);
  StaticFiles files;
  for (const auto& [logical, name] : manifest.entries()) {
    if (files.files_.contains(name)) {
      continue;
    }
    std::ifstream in(static_dir / name, std::ios::binary);
    if (!in) {
      throw Error(ErrorKind::Unavailable, "web.error.static_file_missing",
                  (static_dir / name).string());
    }
    std::ostringstream body;
    body << in.rdbuf();
    files.files_.emplace(name, File{std::string(contentType(name)), body.str(), isHashedName(name)});
  }
  return files;
}

const StaticFiles::File* StaticFiles::find(std::string_view name) const {
  const auto it = files_.find(name);
  return it == files_.end() ? nullptr : &it->second;
}

http::Response StaticFiles::respond(std::string_view name) const {
  const File* file = find(name);
  if (file == nullptr) {
    throw Error(ErrorKind::NotFound, "web.error.not_found");
  }
  http::Response response;
  response.status = 200;
  response.body = file->body;
  response.headers.set("Content-Type", file->content_type);
  // A hashed name never changes content, so browsers and proxies may keep it for a year.
  response.headers.set("Cache-Control",
                       file->immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

std::string_view StaticFiles::contentType(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  const auto dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    const auto ext = name.substr(dot);
    for (const auto& [suffix, type] : kTypes) {
      if (ext == suffix) {
        return type;
      }
    }
  }
  return "application/octet-stream";
}

bool StaticFiles::isHashedName(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot < 9 || name[dot - 9] != '-') {
    return false;
  }
  for (const char c : name.substr(dot - 8, 8)) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) {
      return false;
    }
  }
  return true;
}

void registerStaticRoutes(http::Router& router, const std::filesystem::path& static_dir) {
  auto files = std::make_shared<const StaticFiles>(StaticFiles::load(static_dir));
  router.add(http::Route{
      .method = http::Method::Get,
      .pattern = "/static/{file}",
      .audience = http::Audience::Page,
      .handler = [files](http::Request& request) {
        return files->respond(request.pathParam("file"));
      },
      .limits = {},
  });
}

}  // namespace masseflyt::web
