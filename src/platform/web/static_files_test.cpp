#include "platform/web/static_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "platform/core/error.hpp"

namespace masseflyt::web {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("mf-static-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    write("manifest.json",
          R"({"app.css": "app-ABCDEFGH.css", "htmx.js": "htmx-234567AB.js",
              "font.woff2": "font-QRSTUVWX.woff2", "plain.txt": "plain.txt"})");
    write("app-ABCDEFGH.css", "body{}");
    write("htmx-234567AB.js", "var htmx;");
    write("font-QRSTUVWX.woff2", "wOF2");
    write("plain.txt", "hei");
    write("not-listed.js", "secret");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(StaticFilesTest, ServesListedFilesWithTypeAndLongCaching) {
  const auto files = StaticFiles::load(dir_);
  auto response = files.respond("app-ABCDEFGH.css");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "body{}");
  EXPECT_EQ(response.headers.get("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(response.headers.get("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(files.respond("htmx-234567AB.js").headers.get("Content-Type"),
            "text/javascript; charset=utf-8");
  EXPECT_EQ(files.respond("font-QRSTUVWX.woff2").headers.get("Content-Type"), "font/woff2");
  // A name without a content hash may change, so it must be revalidated.
  EXPECT_EQ(files.respond("plain.txt").headers.get("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, AnythingElseIsNotFound) {
  const auto files = StaticFiles::load(dir_);
  for (const char* name : {"not-listed.js", "manifest.json", "../manifest.json", "",
                           "app.css", "%2e%2e/etc/passwd", "/etc/passwd", "APP-ABCDEFGH.CSS"}) {
    try {
      (void)files.respond(name);
      FAIL() << "served " << name;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::NotFound) << name;
    }
  }
}

TEST_F(StaticFilesTest, MissingListedFileFailsAtStartUp) {
  std::filesystem::remove(dir_ / "htmx-234567AB.js");
  try {
    (void)StaticFiles::load(dir_);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.messageKey(), "web.error.static_file_missing");
  }
}

TEST_F(StaticFilesTest, RegistersOneGetRoute) {
  http::Router router;
  registerStaticRoutes(router, dir_);
  const auto match = router.match(http::Method::Get, "/static/app-ABCDEFGH.css");
  ASSERT_EQ(match.kind, http::RouteMatch::Kind::Found);
  http::Request request;
  request.path = "/static/app-ABCDEFGH.css";
  request.path_params = match.params;
  EXPECT_EQ(match.route->handler(request).body, "body{}");
  EXPECT_EQ(router.match(http::Method::Post, "/static/app-ABCDEFGH.css").kind,
            http::RouteMatch::Kind::MethodNotAllowed);
}

TEST(StaticFilesNames, HashedNamesAndTypes) {
  EXPECT_TRUE(StaticFiles::isHashedName("app-3F2AKQ7Z.css"));
  EXPECT_TRUE(StaticFiles::isHashedName("inter-latin-400-normal-55WT6UWF.woff2"));
  EXPECT_FALSE(StaticFiles::isHashedName("app.css"));
  EXPECT_FALSE(StaticFiles::isHashedName("app-3f2akq7z.css"));
  EXPECT_FALSE(StaticFiles::isHashedName("-3F2AKQ7Z"));
  EXPECT_EQ(StaticFiles::contentType("x.svg"), "image/svg+xml");
  EXPECT_EQ(StaticFiles::contentType("x"), "application/octet-stream");
}

}  // namespace
}  // namespace masseflyt::web
