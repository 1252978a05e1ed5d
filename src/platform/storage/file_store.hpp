#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// Uploaded files (permit documents now; quality documents and photos later). A file is named by
// the SHA-256 of its bytes, so storing the same file twice keeps one copy, a stored file can
// never change under its name, and a reader can tell a damaged copy from the real one. Records
// in the database hold the key; the bytes live here. The single binary keeps them on disk; a
// store in S3-compatible object storage is the scale-out path (docs/drift.md).
namespace masseflyt::storage {

class FileStore {
 public:
  virtual ~FileStore() = default;
  /// Stores `bytes` and returns their key (64 lower-case hex digits). Storing bytes that are
  /// already there does nothing. Error(Unavailable, "storage.error.unavailable") when the store
  /// cannot write.
  virtual std::string put(std::string_view bytes) const = 0;
  /// The bytes stored under `key`; nullopt when there are none (or `key` is not a key).
  /// Error(Unavailable) when the store cannot read or the copy no longer matches its key.
  virtual std::optional<std::string> get(std::string_view key) const = 0;
};

/// A SHA-256 key as put() returns it.
bool isFileKey(std::string_view key);

/// Files under a directory, as <root>/<2 hex>/<64 hex>. The directory is created on the first
/// put, not before. Writes go to a temporary file that is flushed to disk and then renamed, so a
/// crash leaves either the whole file or none. Thread-safe; several processes may share the
/// directory.
class LocalFileStore final : public FileStore {
 public:
  explicit LocalFileStore(std::filesystem::path root);
  std::string put(std::string_view bytes) const override;
  std::optional<std::string> get(std::string_view key) const override;
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path pathOf(std::string_view key) const;
  std::filesystem::path root_;
};

}  // namespace masseflyt::storage
