// The live address client against a tiny HTTP server on loopback (no internet here): the request
// it sends, exactly one retry after a 5xx, no retry after a 4xx, timeouts and the cache.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "integrations/kartverket/fixture_client.hpp"
#include "integrations/kartverket/live_client.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/testing/loopback_server.hpp"

namespace masseflyt::kartverket {
namespace {

using namespace std::chrono_literals;

using outbound::testing::LoopbackServer;
using outbound::testing::Reply;

// The address API lives under /api here; the tests count paths below it.
class ApiServer : public LoopbackServer {
 public:
  explicit ApiServer(Handler handler) : LoopbackServer(std::move(handler), "/api") {}
};

std::string fixture(std::string_view name) {
  for (const auto& file : embeddedKartverketFixtures()) {
    if (file.path == name) return std::string(file.content);
  }
  throw std::runtime_error("no fixture " + std::string(name));
}

LiveClientOptions fastOptions(const LoopbackServer& server) {
  LiveClientOptions options;
  options.base_url = server.url("/api");
  options.connect_timeout = 500ms;
  options.total_timeout = 400ms;
  options.retry_backoff = 10ms;
  return options;
}

void expectUnavailable(const LiveAddressClient& client, std::string_view key) {
  try {
    client.search("Arnold Haukelands plass 10", std::string("3201"), 10);
    ADD_FAILURE() << "search did not throw";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), key);
  }
}

TEST(LiveAddressClient, SearchesWithEncodedQueryAndPoliteHeaders) {
  ApiServer server([](const std::string&, int) {
    return Reply{200, fixture("fixtures/sok/baerum-radhus.json")};
  });
  const LiveAddressClient client(fastOptions(server));
  const auto hits = client.search("Arnold Haukelands plass 10", std::string("3201"), 10);
  ASSERT_EQ(hits.addresses.size(), 1u);
  EXPECT_EQ(hits.addresses[0].text, "Arnold Haukelands plass 10");
  EXPECT_EQ(hits.addresses[0].municipality_name, "Bærum");
  const std::string headers = server.lastHeaders();
  EXPECT_NE(headers.find("GET /api/sok?sok=Arnold%20Haukelands%20plass%2010&treffPerSide=10"),
            std::string::npos) << headers;
  EXPECT_NE(headers.find("&kommunenummer=3201 HTTP/1.1"), std::string::npos) << headers;
  EXPECT_NE(headers.find("User-Agent: Masseflyt/0.1 (+kontakt@masseflyt.no)"), std::string::npos);
  EXPECT_NE(headers.find("Accept: application/json"), std::string::npos);
}

TEST(LiveAddressClient, ReverseLookupSendsPointAndRadius) {
  ApiServer server([](const std::string&, int) {
    return Reply{200, fixture("fixtures/punktsok/sandvika.json")};
  });
  const LiveAddressClient client(fastOptions(server));
  const auto hits = client.nearby({59.8909, 10.5278}, 200, 10);
  ASSERT_EQ(hits.addresses.size(), 3u);
  ASSERT_TRUE(hits.addresses[0].distance_m.has_value());
  EXPECT_NEAR(*hits.addresses[0].distance_m, 110.0, 0.01);
  EXPECT_NE(server.lastHeaders().find("GET /api/punktsok?lat=59.890900&lon=10.527800&radius=200"),
            std::string::npos) << server.lastHeaders();
}

TEST(LiveAddressClient, RetriesOnceAfter500AndCaches) {
  ApiServer server([](const std::string&, int nth) {
    return nth == 1 ? Reply{500, "{}"} : Reply{200, fixture("fixtures/sok/baerum-radhus.json")};
  });
  const LiveAddressClient client(fastOptions(server));
  EXPECT_EQ(client.search("Arnold Haukelands plass 10", std::string("3201"), 10).total, 1);
  EXPECT_EQ(server.total(), 2);
  EXPECT_EQ(client.search("Arnold Haukelands plass 10", std::string("3201"), 10).total, 1);
  EXPECT_EQ(server.total(), 2) << "the second search is served from the cache";
  EXPECT_EQ(client.cachedEntries(), 1u);
}

TEST(LiveAddressClient, GivesUpAfterExactlyOneRetryOn5xx) {
  ApiServer server([](const std::string&, int) { return Reply{503, "{}"}; });
  const LiveAddressClient client(fastOptions(server));
  expectUnavailable(client, "kartverket.error.unavailable");
  EXPECT_EQ(server.total(), 2);
  EXPECT_EQ(client.cachedEntries(), 0u);
}

TEST(LiveAddressClient, NeverRetriesA4xx) {
  ApiServer server([](const std::string&, int) { return Reply{400, "{\"feil\":\"ugyldig\"}"}; });
  const LiveAddressClient client(fastOptions(server));
  expectUnavailable(client, "kartverket.error.rejected");
  EXPECT_EQ(server.total(), 1);
}

TEST(LiveAddressClient, TimesOutAndRetriesOnce) {
  ApiServer server([](const std::string&, int) {
    return Reply{200, fixture("fixtures/sok/baerum-radhus.json"), 1500ms};
  });
  const LiveAddressClient client(fastOptions(server));
  const auto started = std::chrono::steady_clock::now();
  expectUnavailable(client, "kartverket.error.unavailable");
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1400ms);
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveAddressClient, GarbageIsUnexpected) {
  ApiServer server([](const std::string&, int) { return Reply{200, "<html>"}; });
  const LiveAddressClient client(fastOptions(server));
  expectUnavailable(client, "kartverket.error.unexpected");
}

}  // namespace
}  // namespace masseflyt::kartverket
