#include "platform/web/asset_manifest.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "platform/core/error.hpp"

namespace masseflyt::web {
namespace {

TEST(AssetManifest, MapsLogicalNamesToStaticUrls) {
  const auto manifest = AssetManifest::parse(R"({"app.css": "app-3F2AKQ7Z.css"})");
  EXPECT_EQ(manifest.url("app.css"), "/static/app-3F2AKQ7Z.css");
  EXPECT_TRUE(manifest.contains("app.css"));
  EXPECT_FALSE(manifest.contains("app.js"));
}

TEST(AssetManifest, UnknownNameIsAnInternalError) {
  const auto manifest = AssetManifest::parse("{}");
  try {
    (void)manifest.url("finnes-ikke.js");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Internal);
    EXPECT_EQ(error.messageKey(), "web.error.asset_unknown");
  }
}

TEST(AssetManifest, RejectsMalformedJsonAndUnsafeNames) {
  for (const char* text :
       {"", "[]", "{", R"({"a": 1})", R"({"a": "../etc/passwd"})", R"({"a": "/abs.css"})",
        R"({"a": ".hidden"})", R"({"a": "dir/x.css"})", R"({"a": "manifest.json"})",
        R"({"a": "x y.css"})"}) {
    try {
      (void)AssetManifest::parse(text);
      FAIL() << "accepted " << text;
    } catch (const Error& error) {
      EXPECT_EQ(error.messageKey(), "web.error.manifest_invalid") << text;
    }
  }
}

TEST(AssetManifest, MissingFolderGivesAClearError) {
  try {
    (void)AssetManifest::load("/nonexistent/masseflyt-static");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), "web.error.static_dir_missing");
  }
}

TEST(AssetManifest, LoadsFromFolder) {
  const auto dir = std::filesystem::temp_directory_path() / "mf-asset-manifest-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "manifest.json") << R"({"app.js": "app-ABCDEFGH.js"})";
  EXPECT_EQ(AssetManifest::load(dir).url("app.js"), "/static/app-ABCDEFGH.js");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace masseflyt::web
