#pragma once

#include <span>
#include <string_view>

namespace masseflyt {

/// A file compiled into the binary by cmake/EmbedFiles.cmake; `path` is relative to the
/// directory the files were embedded from.
struct EmbeddedFile {
  std::string_view path;
  std::string_view content;
};

}  // namespace masseflyt
