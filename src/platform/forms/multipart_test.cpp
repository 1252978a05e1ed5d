#include <gtest/gtest.h>

#include "platform/core/error.hpp"
#include "platform/forms/multipart.hpp"

namespace masseflyt::forms {
namespace {

TEST(Multipart, FindsBoundary) {
  EXPECT_EQ(multipartBoundary("multipart/form-data; boundary=abc"), "abc");
  EXPECT_EQ(multipartBoundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""), "a b");
  EXPECT_EQ(multipartBoundary("application/x-www-form-urlencoded"), std::nullopt);
  EXPECT_EQ(multipartBoundary("multipart/form-data"), std::nullopt);
  EXPECT_EQ(multipartBoundary("multipart/form-data; boundary=\"abc"), std::nullopt);
}

TEST(Multipart, SplitsFieldsAndFiles) {
  const std::string body =
      "preamble\r\n--XY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\ntok\r\n"
      "--XY\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"plan.csv\"\r\n"
      "Content-Type: text/csv\r\n\r\na;b\r\n1;2\r\n\r\n--XY--\r\n";
  const auto parts = parseMultipart(body, "XY");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].name, "csrf_token");
  EXPECT_EQ(parts[0].body, "tok");
  const auto* file = findPart(parts, "fil");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->filename, "plan.csv");
  EXPECT_EQ(file->content_type, "text/csv");
  EXPECT_EQ(file->body, "a;b\r\n1;2\r\n");
  EXPECT_EQ(findPart(parts, "x"), nullptr);
}

TEST(Multipart, RejectsMalformedBodies) {
  const auto bad = [](const std::string& body) {
    try {
      parseMultipart(body, "XY", 2);
    } catch (const Error& error) {
      return error.messageKey() == "forms.error.multipart";
    }
    return false;
  };
  EXPECT_TRUE(bad(""));
  EXPECT_TRUE(bad("--XY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end"));
  EXPECT_TRUE(bad("--XY\r\nno-colon\r\n\r\nx\r\n--XY--"));
  EXPECT_TRUE(bad("--XY\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--XY--"));
  EXPECT_TRUE(bad("--XY\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XY--"));
  EXPECT_TRUE(bad("--XYjunk"));
  std::string many;
  for (int i = 0; i < 3; ++i) many += "--XY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n";
  EXPECT_TRUE(bad(many + "--XY--"));
}

}  // namespace
}  // namespace masseflyt::forms
