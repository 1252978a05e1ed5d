#include "platform/log/log.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <thread>
#include <vector>

namespace masseflyt::log {
namespace {

class LogTest : public ::testing::Test {
 protected:
  void SetUp() override { setSinkForTesting(&output_); }
  void TearDown() override { setSinkForTesting(nullptr); }
  std::string output_;
};

TEST_F(LogTest, WritesOneFlatJsonObjectPerLine) {
  info("listening", {{"port", 8080}, {"address", "127.0.0.1"}, {"tls", false}});
  const std::regex line(
      R"(\{"ts":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","level":"info","event":"listening",)"
      R"("port":8080,"address":"127\.0\.0\.1","tls":false\}\n)");
  EXPECT_TRUE(std::regex_match(output_, line)) << output_;
}

TEST_F(LogTest, LevelsAreNamed) {
  warn("a");
  error("b", {{"text", std::string("x")}});
  EXPECT_NE(output_.find(R"("level":"warn","event":"a"})"), std::string::npos);
  EXPECT_NE(output_.find(R"("level":"error","event":"b","text":"x"})"), std::string::npos);
}

TEST_F(LogTest, DropsEventsBelowTheMinimumLevel) {
  debug("hidden");
  setMinimumLevel(Level::Warn);
  info("hidden");
  warn("shown");
  setMinimumLevel(Level::Debug);
  debug("shown-too");
  setMinimumLevel(Level::Info);
  EXPECT_EQ(output_.find("hidden"), std::string::npos);
  EXPECT_NE(output_.find(R"("level":"warn","event":"shown")"), std::string::npos);
  EXPECT_NE(output_.find(R"("level":"debug","event":"shown-too")"), std::string::npos);
}

TEST(LogLevel, ParsesTheConfigNames) {
  EXPECT_EQ(parseLevel("debug"), Level::Debug);
  EXPECT_EQ(parseLevel("error"), Level::Error);
  EXPECT_FALSE(parseLevel("INFO"));
}

TEST(JsonString, EscapesQuotesBackslashesAndControlCharacters) {
  std::string out;
  appendJsonString(out, "a\"b\\c\nd\x01\x7f");
  EXPECT_EQ(out, R"("a\"b\\c\nd\u0001\u007f")");
}

TEST(JsonString, KeepsValidUtf8AndReplacesInvalidBytes) {
  std::string out;
  appendJsonString(out, "bl\xC3\xA5 \xFF \xC3 \xED\xA0\x80 \xF0\x9F\x98\x80");
  EXPECT_EQ(out, "\"bl\xC3\xA5 \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
                 "\xF0\x9F\x98\x80\"");
}

TEST_F(LogTest, LinesStayWholeUnderConcurrentWriters) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t] {
      for (int i = 0; i < 200; ++i) info("tick", {{"thread", t}, {"i", i}});
    });
  }
  for (auto& thread : threads) thread.join();
  std::size_t lines = 0;
  std::size_t start = 0;
  const std::regex line(R"(\{"ts":"[^"]+","level":"info","event":"tick","thread":\d,"i":\d+\})");
  while (start < output_.size()) {
    const auto end = output_.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_TRUE(std::regex_match(output_.substr(start, end - start), line));
    start = end + 1;
    ++lines;
  }
  EXPECT_EQ(lines, 800U);
}

}  // namespace
}  // namespace masseflyt::log
