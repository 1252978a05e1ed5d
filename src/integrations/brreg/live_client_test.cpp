// The live client against a tiny HTTP server on loopback (no internet here): timeouts, exactly
// one retry after a 5xx, no retry after a 4xx, the subunit fallback, 410 and the cache.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "integrations/brreg/fixture_client.hpp"
#include "integrations/brreg/live_client.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/testing/loopback_server.hpp"

namespace masseflyt::brreg {
namespace {

using namespace std::chrono_literals;

using outbound::testing::LoopbackServer;
using outbound::testing::Reply;

// Enhetsregisteret lives under /api; the tests count paths below it.
class ApiServer : public LoopbackServer {
 public:
  explicit ApiServer(Handler handler) : LoopbackServer(std::move(handler), "/api") {}
};

std::string entityJson() { return std::string(*FixtureBrregClient::file("enheter/991825827.json")); }

LiveClientOptions fastOptions(const LoopbackServer& server) {
  LiveClientOptions options;
  options.base_url = server.url("/api");
  options.connect_timeout = 500ms;
  options.total_timeout = 400ms;
  options.retry_backoff = 10ms;
  return options;
}

void expectUnavailable(const LiveBrregClient& client, const std::string& orgnr,
                       std::string_view key = "brreg.error.unavailable") {
  try {
    client.lookup(orgnr);
    ADD_FAILURE() << "lookup did not throw";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), key);
  }
}

TEST(LiveBrregClient, FetchesAndParsesAnEntityWithPoliteHeaders) {
  ApiServer server([](const std::string&, int) { return Reply{200, entityJson()}; });
  const LiveBrregClient client(fastOptions(server));
  const auto entity = client.lookup("991825827");
  ASSERT_TRUE(entity.has_value());
  EXPECT_EQ(entity->name, "DIGITALISERINGSDIREKTORATET");
  EXPECT_EQ(server.count("/enheter/991825827"), 1);
  const std::string headers = server.lastHeaders();
  EXPECT_NE(headers.find("GET /api/enheter/991825827 HTTP/1.1"), std::string::npos) << headers;
  EXPECT_NE(headers.find("User-Agent: Masseflyt/0.1 (+kontakt@masseflyt.no)"), std::string::npos)
      << headers;
  EXPECT_NE(headers.find("Accept: application/json"), std::string::npos) << headers;
}

TEST(LiveBrregClient, RetriesOnceAfter500AndSucceeds) {
  ApiServer server([](const std::string&, int nth) {
    return nth == 1 ? Reply{500, "{}"} : Reply{200, entityJson()};
  });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_TRUE(client.lookup("991825827").has_value());
  EXPECT_EQ(server.count("/enheter/991825827"), 2);
}

TEST(LiveBrregClient, GivesUpAfterExactlyOneRetryOn5xx) {
  ApiServer server([](const std::string&, int) { return Reply{503, "{}"}; });
  const LiveBrregClient client(fastOptions(server));
  expectUnavailable(client, "991825827");
  EXPECT_EQ(server.total(), 2);
  EXPECT_EQ(client.cachedEntries(), 0u) << "failures are not cached";
}

TEST(LiveBrregClient, NeverRetriesA400) {
  ApiServer server([](const std::string&, int) {
    return Reply{400, std::string(*FixtureBrregClient::file("feil/400-naeringskode.json"))};
  });
  const LiveBrregClient client(fastOptions(server));
  expectUnavailable(client, "991825827", "brreg.error.rejected");
  EXPECT_EQ(server.total(), 1);
}

TEST(LiveBrregClient, TimesOutAndRetriesOnce) {
  ApiServer server([](const std::string&, int) { return Reply{200, entityJson(), 1500ms}; });
  const LiveBrregClient client(fastOptions(server));
  const auto started = std::chrono::steady_clock::now();
  expectUnavailable(client, "991825827");
  const auto elapsed = std::chrono::steady_clock::now() - started;
  EXPECT_LT(elapsed, 1400ms) << "the total timeout must cut the slow answer short";
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveBrregClient, RecoversWhenOnlyTheFirstAttemptTimesOut) {
  ApiServer server([](const std::string&, int nth) {
    return Reply{200, entityJson(), nth == 1 ? 1500ms : 0ms};
  });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_TRUE(client.lookup("991825827").has_value());
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveBrregClient, UnreachableRegisterIsUnavailable) {
  LiveClientOptions options;
  options.base_url = "http://127.0.0.1:1/api";  // nothing listens on port 1
  options.retry_backoff = 1ms;
  const LiveBrregClient client(options);
  expectUnavailable(client, "991825827");
}

TEST(LiveBrregClient, FallsBackToSubunitsOn404) {
  ApiServer server([](const std::string& path, int) {
    if (path == "/underenheter/924203617") {
      return Reply{200, std::string(*FixtureBrregClient::file("underenheter/924203617.json"))};
    }
    return Reply{404, R"({"status":404,"feilmelding":"Ikke funnet"})"};
  });
  const LiveBrregClient client(fastOptions(server));
  const auto entity = client.lookup("924203617");
  ASSERT_TRUE(entity.has_value());
  EXPECT_TRUE(entity->subunit);
  EXPECT_EQ(server.count("/enheter/924203617"), 1);
  EXPECT_EQ(server.count("/underenheter/924203617"), 1);
}

TEST(LiveBrregClient, NotFoundAnywhereIsNulloptAndCached) {
  ApiServer server([](const std::string&, int) { return Reply{404, ""}; });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_FALSE(client.lookup("974760673").has_value());
  EXPECT_FALSE(client.lookup("974760673").has_value());
  EXPECT_EQ(server.total(), 2) << "one /enheter and one /underenheter call, then the cache";
}

TEST(LiveBrregClient, GoneIsADeletedEntity) {
  ApiServer server([](const std::string& path, int) {
    if (path == "/enheter/821227062") {
      return Reply{410, std::string(*FixtureBrregClient::file("enheter/821227062.json"))};
    }
    return Reply{410, ""};
  });
  const LiveBrregClient client(fastOptions(server));
  const auto deleted = client.lookup("821227062");
  ASSERT_TRUE(deleted.has_value());
  EXPECT_TRUE(deleted->flags.gone);
  EXPECT_EQ(deleted->flags.deleted_on, "2024-11-26");
  const auto bare = client.lookup("991825827");
  ASSERT_TRUE(bare.has_value());
  EXPECT_TRUE(bare->flags.gone);
  EXPECT_EQ(bare->organisation_number, "991825827");
}

TEST(LiveBrregClient, CachesFor24HoursThenAsksAgain) {
  ApiServer server([](const std::string&, int) { return Reply{200, entityJson()}; });
  auto now = std::chrono::steady_clock::now();
  auto options = fastOptions(server);
  options.now = [&now] { return now; };
  const LiveBrregClient client(options);
  client.lookup("991825827");
  now += std::chrono::hours(23);
  client.lookup("991825827");
  EXPECT_EQ(server.total(), 1);
  now += std::chrono::hours(2);
  client.lookup("991825827");
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveBrregClient, CacheIsBounded) {
  ApiServer server([](const std::string&, int) { return Reply{404, ""}; });
  auto options = fastOptions(server);
  options.cache_max_entries = 3;
  const LiveBrregClient client(options);
  for (const auto* orgnr : {"991825827", "924203617", "821227062", "932384469", "974760673"}) {
    client.lookup(orgnr);
  }
  EXPECT_EQ(client.cachedEntries(), 3u);
}

TEST(LiveBrregClient, RefusesMalformedNumbersWithoutACall) {
  ApiServer server([](const std::string&, int) { return Reply{200, entityJson()}; });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_THROW(client.lookup("../../x"), Error);
  EXPECT_THROW(client.lookup("12345678"), Error);
  EXPECT_EQ(server.total(), 0);
}

TEST(LiveBrregClient, FetchesRolesAndTreats404AsNone) {
  ApiServer server([](const std::string& path, int) {
    if (path == "/enheter/315500117/roller") {
      return Reply{200, std::string(*FixtureBrregClient::file("roller/315500117.json"))};
    }
    return Reply{404, ""};
  });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_EQ(client.roles("315500117").size(), 4u);
  EXPECT_EQ(client.roles("315500117").size(), 4u);
  EXPECT_EQ(server.count("/enheter/315500117/roller"), 1) << "cached";
  EXPECT_TRUE(client.roles("991825827").empty());
}

TEST(LiveBrregClient, SearchesByNameWithAnEncodedQuery) {
  ApiServer server([](const std::string&, int) {
    return Reply{200, std::string(*FixtureBrregClient::file("sok/enheter-digitaliseringsdirektoratet.json"))};
  });
  const LiveBrregClient client(fastOptions(server));
  const auto hits = client.searchByName("digitaliserings direktoratet & co", 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].organisation_number, "991825827");
  EXPECT_NE(server.lastHeaders().find("GET /api/enheter?navn=digitaliserings%20direktoratet%20%26%20co&size=5 "),
            std::string::npos)
      << server.lastHeaders();
  EXPECT_THROW(client.searchByName("ab", 5), Error);
}

}  // namespace
}  // namespace masseflyt::brreg
