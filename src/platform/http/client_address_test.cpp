#include "platform/http/client_address.hpp"

#include <gtest/gtest.h>

namespace masseflyt::http {
namespace {

const std::vector<std::string> kProxies = {"127.0.0.1", "::1", "10.0.0.5"};

TEST(ClientAddress, BelievesOnlyTrustedPeersAndTheirRightMostEntry) {
  EXPECT_EQ(clientAddress("127.0.0.1", "198.51.100.7", kProxies), "198.51.100.7");
  // The client wrote "1.2.3.4" itself; nginx appended the address it saw.
  EXPECT_EQ(clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.7", kProxies), "198.51.100.7");
  // Two proxies in a row: skip the trusted one.
  EXPECT_EQ(clientAddress("127.0.0.1", "198.51.100.7, 10.0.0.5", kProxies), "198.51.100.7");
  EXPECT_EQ(clientAddress("203.0.113.9", "198.51.100.7", kProxies), "203.0.113.9")
      << "an untrusted peer's header is not read";
  EXPECT_EQ(clientAddress("::1", "2001:db8::1", kProxies), "2001:db8::1");
}

TEST(ClientAddress, IgnoresMalformedOrEmptyHeaders) {
  EXPECT_EQ(clientAddress("127.0.0.1", "", kProxies), "127.0.0.1");
  EXPECT_EQ(clientAddress("127.0.0.1", "evil<script>", kProxies), "127.0.0.1");
  EXPECT_EQ(clientAddress("127.0.0.1", "10.0.0.5", kProxies), "127.0.0.1");
}

TEST(ClientAddress, MiddlewareRewritesTheRequest) {
  const auto middleware = clientAddressMiddleware(kProxies);
  Request request;
  request.remote_address = "127.0.0.1";
  request.headers.set("X-Forwarded-For", "198.51.100.7");
  std::string seen;
  middleware(request, [&](Request& r) {
    seen = r.remote_address;
    return Response{};
  });
  EXPECT_EQ(seen, "198.51.100.7");
}

}  // namespace
}  // namespace masseflyt::http
