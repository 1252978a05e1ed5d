#include "platform/storage/file_store.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "platform/core/error.hpp"

namespace masseflyt::storage {
namespace {

class LocalFileStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() /
            ("mf-files-" + std::to_string(std::random_device{}()));
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::filesystem::path root_;
};

TEST_F(LocalFileStoreTest, KeepsBytesUnderTheirSha256) {
  const LocalFileStore store(root_ / "filer");
  EXPECT_FALSE(std::filesystem::exists(root_ / "filer"));  // nothing before the first file
  const std::string bytes("%PDF-1.4\n\0binary\xff", 17);
  const std::string key = store.put(bytes);
  EXPECT_TRUE(isFileKey(key));
  EXPECT_EQ(store.get(key), bytes);
  EXPECT_TRUE(std::filesystem::exists(root_ / "filer" / key.substr(0, 2) / key));
  // The temporary folder is left empty.
  EXPECT_TRUE(std::filesystem::is_empty(root_ / "filer" / "tmp"));
}

TEST_F(LocalFileStoreTest, KnownDigest) {
  const LocalFileStore store(root_);
  EXPECT_EQ(store.put("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(store.put(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_F(LocalFileStoreTest, StoringTheSameBytesTwiceKeepsOneCopy) {
  const LocalFileStore store(root_);
  const auto first = store.put("samme innhold");
  const auto second = store.put("samme innhold");
  EXPECT_EQ(first, second);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root_)) {
    if (entry.is_regular_file()) ++files;
  }
  EXPECT_EQ(files, 1u);
}

TEST_F(LocalFileStoreTest, UnknownOrMalformedKeysAreAbsent) {
  const LocalFileStore store(root_);
  EXPECT_EQ(store.get(std::string(64, 'a')), std::nullopt);
  EXPECT_EQ(store.get("../../etc/passwd"), std::nullopt);
  EXPECT_EQ(store.get(std::string(64, 'A')), std::nullopt);  // upper case is not a key
  EXPECT_EQ(store.get(std::string(63, 'a')), std::nullopt);
}

TEST_F(LocalFileStoreTest, ADamagedCopyIsNotServed) {
  const LocalFileStore store(root_);
  const auto key = store.put("originalen");
  {
    std::ofstream out(root_ / key.substr(0, 2) / key, std::ios::binary | std::ios::trunc);
    out << "endret";
  }
  try {
    store.get(key);
    FAIL() << "a damaged file was served";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), "storage.error.unavailable");
  }
}

TEST_F(LocalFileStoreTest, AnUnwritableRootIsUnavailable) {
  {
    std::ofstream blocker(root_.string() + "-file");
  }
  const LocalFileStore store(root_.string() + "-file");  // a file, not a directory
  try {
    store.put("x");
    FAIL() << "put into a file path succeeded";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
  }
  std::filesystem::remove(root_.string() + "-file");
}

}  // namespace
}  // namespace masseflyt::storage
