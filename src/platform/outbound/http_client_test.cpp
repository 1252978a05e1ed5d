#include "platform/outbound/http_client.hpp"

#include <gtest/gtest.h>

#include "platform/core/error.hpp"
#include "platform/outbound/testing/loopback_server.hpp"

namespace masseflyt::outbound {
namespace {

using namespace std::chrono_literals;
using testing::LoopbackServer;
using testing::Reply;

Limits fast() {
  Limits limits;
  limits.connect_timeout = 500ms;
  limits.total_timeout = 400ms;
  limits.max_body_bytes = 64;
  return limits;
}

std::string errorKeyOf(const std::function<void()>& call) {
  try {
    call();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    return error.messageKey();
  }
  ADD_FAILURE() << "no error";
  return {};
}

TEST(Outbound, SendsHeadersAndUserAgentAndReturnsAnyStatus) {
  LoopbackServer server([](const std::string&, int) { return Reply{404, "{}"}; });
  const auto response = send({.url = server.url("/x"), .headers = {"X-Api-Key: k"}}, fast(), "e");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.body, "{}");
  const auto headers = server.lastHeaders();
  EXPECT_NE(headers.find("X-Api-Key: k"), std::string::npos);
  EXPECT_NE(headers.find("User-Agent: Masseflyt/0.1"), std::string::npos);
}

TEST(Outbound, PostsAnEncodedFormWithBasicAuth) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, "ok"}; });
  const auto response = send({.url = server.url("/token"),
                              .form = {{{"grant_type", "client_credentials"}, {"scope", "a b"}}},
                              .basic_auth = {{"id", "secret"}}},
                             fast(), "e");
  EXPECT_EQ(response.status, 200);
  const auto request = server.lastHeaders();
  EXPECT_NE(request.find("POST /token"), std::string::npos);
  EXPECT_NE(request.find("Authorization: Basic aWQ6c2VjcmV0"), std::string::npos);
  EXPECT_NE(request.find("Content-Type: application/x-www-form-urlencoded"), std::string::npos);
}

TEST(Outbound, RefusesPlainHttpToOtherHostsWithoutConnecting) {
  EXPECT_EQ(errorKeyOf([] { send({.url = "http://example.no/x"}, fast(), "my.key"); }), "my.key");
  EXPECT_EQ(errorKeyOf([] { send({.url = "ftp://127.0.0.1/x"}, fast(), "my.key"); }), "my.key");
}

TEST(Outbound, CapsTheBody) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, std::string(100, 'x')}; });
  EXPECT_EQ(errorKeyOf([&] { getWithRetry({.url = server.url("/big")}, fast(), 1ms, "k"); }), "k");
  EXPECT_EQ(server.count("/big"), 1) << "an oversized answer is not asked for again";
}

TEST(Outbound, RetriesOnceAfterAServerError) {
  LoopbackServer server([](const std::string&, int nth) {
    return nth == 1 ? Reply{503, ""} : Reply{200, "ok"};
  });
  EXPECT_EQ(getWithRetry({.url = server.url("/a")}, fast(), 1ms, "k").body, "ok");
  EXPECT_EQ(server.count("/a"), 2);
}

TEST(Outbound, GivesUpAfterTheSecondServerErrorAndNeverRetriesA4xx) {
  LoopbackServer server([](const std::string& path, int) {
    return path == "/down" ? Reply{500, ""} : Reply{400, "{}"};
  });
  EXPECT_EQ(errorKeyOf([&] { getWithRetry({.url = server.url("/down")}, fast(), 1ms, "k"); }), "k");
  EXPECT_EQ(server.count("/down"), 2);
  EXPECT_EQ(getWithRetry({.url = server.url("/bad")}, fast(), 1ms, "k").status, 400);
  EXPECT_EQ(server.count("/bad"), 1);
}

TEST(Outbound, RetriesAfterATimeout) {
  LoopbackServer server([](const std::string&, int nth) {
    return nth == 1 ? Reply{200, "late", 1500ms} : Reply{200, "ok"};
  });
  EXPECT_EQ(getWithRetry({.url = server.url("/slow")}, fast(), 1ms, "k").body, "ok");
}

TEST(Outbound, LoopbackUrlsAreOnlyLiteralLoopbackHosts) {
  EXPECT_TRUE(isLoopbackUrl("http://127.0.0.1:8080/token"));
  EXPECT_TRUE(isLoopbackUrl("http://127.0.0.1"));
  EXPECT_TRUE(isLoopbackUrl("http://127.1.2.3/x?y"));
  EXPECT_TRUE(isLoopbackUrl("http://[::1]:9000/"));
  EXPECT_TRUE(isLoopbackUrl("https://127.0.0.1/"));
  EXPECT_FALSE(isLoopbackUrl("http://localhost:8080/"));  // a name can resolve anywhere
  EXPECT_FALSE(isLoopbackUrl("http://127.0.0.1.evil.example/"));
  EXPECT_FALSE(isLoopbackUrl("http://127.0.0.1@evil.example/"));
  EXPECT_FALSE(isLoopbackUrl("http://evil.example/?h=127.0.0.1"));
  EXPECT_FALSE(isLoopbackUrl("http://0127.0.0.1/"));
  EXPECT_FALSE(isLoopbackUrl("http://127.1/"));
  EXPECT_FALSE(isLoopbackUrl("http://127.0.0.1:/"));
  EXPECT_FALSE(isLoopbackUrl("http://127.0.0.1:80x/"));
  EXPECT_FALSE(isLoopbackUrl("http://10.0.0.1/"));
  EXPECT_FALSE(isLoopbackUrl("ftp://127.0.0.1/"));
  EXPECT_FALSE(isLoopbackUrl("http://[::1]x/"));
}

}  // namespace
}  // namespace masseflyt::outbound
