#include "platform/storage/file_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <system_error>

#include "platform/core/error.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/random.hpp"

namespace masseflyt::storage {
namespace {

[[noreturn]] void unavailable(const std::string& detail) {
  throw Error(ErrorKind::Unavailable, "storage.error.unavailable", detail);
}

// Whole-file write with fsync: a rename is only atomic for data that reached the disk first.
void writeDurably(const std::filesystem::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) unavailable("open " + path.string() + ": " + std::generic_category().message(errno));
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      unavailable("write " + path.string() + ": " + std::generic_category().message(error));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    unavailable("fsync " + path.string() + ": " + std::generic_category().message(error));
  }
  ::close(fd);
}

// The directory entry of a renamed file is durable only once its directory is synced.
void syncDirectory(const std::filesystem::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

bool isFileKey(std::string_view key) {
  if (key.size() != 64) return false;
  for (const char c : key) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

LocalFileStore::LocalFileStore(std::filesystem::path root) : root_(std::move(root)) {}

std::filesystem::path LocalFileStore::pathOf(std::string_view key) const {
  return root_ / std::string(key.substr(0, 2)) / std::string(key);
}

std::string LocalFileStore::put(std::string_view bytes) const {
  const std::string key = crypto::sha256Hex(bytes);
  const auto target = pathOf(key);
  std::error_code error;
  if (std::filesystem::exists(target, error)) return key;
  const auto incoming = root_ / "tmp";
  std::filesystem::create_directories(incoming, error);
  if (error) unavailable("create " + incoming.string() + ": " + error.message());
  std::filesystem::create_directories(target.parent_path(), error);
  if (error) unavailable("create " + target.parent_path().string() + ": " + error.message());
  const auto temporary = incoming / (key + "." + crypto::randomToken(9));
  writeDurably(temporary, bytes);
  // Another writer may have renamed the same bytes into place meanwhile; either copy is right.
  std::filesystem::rename(temporary, target, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    unavailable("rename to " + target.string() + ": " + error.message());
  }
  syncDirectory(target.parent_path());
  return key;
}

std::optional<std::string> LocalFileStore::get(std::string_view key) const {
  if (!isFileKey(key)) return std::nullopt;
  const auto path = pathOf(key);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code error;
    if (!std::filesystem::exists(path, error) && !error) return std::nullopt;
    unavailable("read " + path.string());
  }
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) unavailable("read " + path.string());
  if (crypto::sha256Hex(bytes) != key) unavailable("damaged file " + path.string());
  return bytes;
}

}  // namespace masseflyt::storage
