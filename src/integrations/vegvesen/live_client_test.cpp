// The live client against the platform's loopback test server (no internet here): the API-key
// header, exactly one retry after a 5xx, no retry after a 4xx, 404/204 as not found, 422 as the
// used-up quota, the cache.
#include <gtest/gtest.h>

#include <chrono>

#include "integrations/vegvesen/fixture_client.hpp"
#include "integrations/vegvesen/live_client.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/testing/loopback_server.hpp"

namespace masseflyt::vegvesen {
namespace {

using namespace std::chrono_literals;

using outbound::testing::LoopbackServer;
using outbound::testing::Reply;

std::string truckJson() { return std::string(*FixtureVehicleRegister::file("kjoretoy/DT61001.json")); }
const std::string kPath = "/enkeltoppslag/kjoretoydata?kjennemerke=DT61001";

LiveClientOptions fastOptions(const LoopbackServer& server) {
  LiveClientOptions options;
  options.base_url = server.url();
  options.api_key = "test-nokkel-123";
  options.connect_timeout = 500ms;
  options.total_timeout = 400ms;
  options.retry_backoff = 10ms;
  return options;
}

void expectUnavailable(const LiveVehicleRegister& client, const std::string& plate, std::string_view key) {
  try {
    client.lookup(plate);
    ADD_FAILURE() << "lookup did not throw";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), key);
    EXPECT_EQ(error.detail().find("test-nokkel-123"), std::string::npos) << "the key must never be in details";
  }
}

TEST(LiveVehicleRegister, SendsTheApiKeyHeaderAndParses) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, truckJson()}; });
  const LiveVehicleRegister client(fastOptions(server));
  const auto vehicle = client.lookup("DT61001");
  ASSERT_TRUE(vehicle.has_value());
  EXPECT_EQ(vehicle->euro_class, "6T");
  EXPECT_EQ(vehicle->source_key, "vegvesen.source");
  EXPECT_GT(vehicle->fetched_at_ms, 0);
  EXPECT_EQ(server.count(kPath), 1);
  const std::string headers = server.lastHeaders();
  EXPECT_NE(headers.find("GET " + kPath + " HTTP/1.1"), std::string::npos) << headers;
  EXPECT_NE(headers.find("SVV-Authorization: Apikey test-nokkel-123"), std::string::npos) << headers;
  EXPECT_NE(headers.find("User-Agent: Masseflyt/0.1 (+kontakt@masseflyt.no)"), std::string::npos) << headers;
  EXPECT_NE(headers.find("Accept: application/json"), std::string::npos) << headers;
}

TEST(LiveVehicleRegister, RetriesOnceAfter500AndSucceeds) {
  LoopbackServer server([](const std::string&, int nth) {
    return nth == 1 ? Reply{500, "{}"} : Reply{200, truckJson()};
  });
  const LiveVehicleRegister client(fastOptions(server));
  EXPECT_TRUE(client.lookup("DT61001").has_value());
  EXPECT_EQ(server.count(kPath), 2);
}

TEST(LiveVehicleRegister, GivesUpAfterExactlyOneRetryOn5xx) {
  LoopbackServer server([](const std::string&, int) { return Reply{503, "{}"}; });
  const LiveVehicleRegister client(fastOptions(server));
  expectUnavailable(client, "DT61001", "vegvesen.error.unavailable");
  EXPECT_EQ(server.total(), 2);
  EXPECT_EQ(client.cachedEntries(), 0u) << "failures are not cached";
}

TEST(LiveVehicleRegister, NeverRetriesA4xx) {
  LoopbackServer server([](const std::string&, int) { return Reply{403, "{}"}; });
  const LiveVehicleRegister client(fastOptions(server));
  expectUnavailable(client, "DT61001", "vegvesen.error.rejected");
  EXPECT_EQ(server.total(), 1);
}

TEST(LiveVehicleRegister, QuotaUsedUpIsNotRetried) {
  LoopbackServer server([](const std::string&, int) {
    return Reply{422, std::string(*FixtureVehicleRegister::file("feil/422-kvote.txt"))};
  });
  const LiveVehicleRegister client(fastOptions(server));
  expectUnavailable(client, "DT61001", "vegvesen.error.quota");
  EXPECT_EQ(server.total(), 1);
}

TEST(LiveVehicleRegister, NotFoundIsNulloptAndCached) {
  LoopbackServer server([](const std::string& path, int) {
    if (path.ends_with("DT99999")) {
      return Reply{404, std::string(*FixtureVehicleRegister::file("feil/404-DT99999.json"))};
    }
    if (path.ends_with("DT99998")) return Reply{204, ""};
    return Reply{200, std::string(*FixtureVehicleRegister::file("feil/404-DT99999.json"))};
  });
  const LiveVehicleRegister client(fastOptions(server));
  EXPECT_FALSE(client.lookup("DT99999").has_value());
  EXPECT_FALSE(client.lookup("DT99999").has_value());
  EXPECT_FALSE(client.lookup("DT99998").has_value());
  EXPECT_FALSE(client.lookup("DT99997").has_value()) << "200 with an empty list";
  EXPECT_EQ(server.total(), 3);
}

TEST(LiveVehicleRegister, TimesOutAndRetriesOnce) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, truckJson(), 1500ms}; });
  const LiveVehicleRegister client(fastOptions(server));
  const auto started = std::chrono::steady_clock::now();
  expectUnavailable(client, "DT61001", "vegvesen.error.unavailable");
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1400ms);
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveVehicleRegister, CachesFor24HoursThenAsksAgain) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, truckJson()}; });
  auto now = std::chrono::steady_clock::now();
  auto options = fastOptions(server);
  options.now = [&now] { return now; };
  const LiveVehicleRegister client(options);
  client.lookup("DT61001");
  now += std::chrono::hours(23);
  client.lookup("DT61001");
  EXPECT_EQ(server.total(), 1);
  now += std::chrono::hours(2);
  client.lookup("DT61001");
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveVehicleRegister, RefusesMalformedPlatesWithoutACall) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, truckJson()}; });
  const LiveVehicleRegister client(fastOptions(server));
  EXPECT_THROW(client.lookup("../x"), Error);
  EXPECT_THROW(client.lookup("ab12345"), Error);
  EXPECT_THROW(client.lookup(""), Error);
  EXPECT_EQ(server.total(), 0);
}

}  // namespace
}  // namespace masseflyt::vegvesen
