#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace masseflyt {

/// A file compiled into the binary by cmake/EmbedFiles.cmake; `path` is relative to the
/// directory the files were embedded from.
struct EmbeddedFile {
  std::string_view path;
  std::string_view content;
};

/// The content of the file at `path` among `files`; nullopt when there is none.
inline std::optional<std::string_view> findEmbeddedFile(std::span<const EmbeddedFile> files,
                                                        std::string_view path) {
  for (const auto& file : files) {
    if (file.path == path) return file.content;
  }
  return std::nullopt;
}

/// "fixtures/enheter/991825827.json" → "991825827": fixture files are named after their key.
inline std::string_view fileStem(std::string_view path) {
  const auto slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name.substr(0, name.find('.'));
}

}  // namespace masseflyt
