// The parser, the SYNTHETIC fixture and the live client against the platform's loopback test
// server (no internet here): paging with resultOffset, exactly one retry after a 5xx, no retry
// after a 4xx, malformed JSON and ArcGIS error objects as clear errors.
#include <gtest/gtest.h>

#include "integrations/feature_service/testing/live_client_checks.hpp"
#include "integrations/miljodirektoratet/fixture_client.hpp"
#include "integrations/miljodirektoratet/live_client.hpp"
#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/testing/loopback_server.hpp"

namespace masseflyt::miljodirektoratet {
namespace {

using feature_service::testing::expectUnavailable;
using outbound::testing::LoopbackServer;
using outbound::testing::Reply;

std::string feature(const std::string& id, const std::string& name) {
  return R"({"attributes":{"anlegg_id":")" + id + R"(","navn":")" + name +
         R"(","bransje":"38.210","driftsstatus":"Aktiv","anleggstype":"Deponi for inert avfall","kommunenummer":"3201","faktaark":"https://example.invalid/)" +
         id + R"("},"geometry":{"x":10.5,"y":59.9}})";
}

LiveClientOptions fastOptions(const LoopbackServer& server, int page_size) {
  LiveClientOptions options;
  options.base_url = server.url();
  options.page_size = page_size;
  feature_service::testing::useFastTimeouts(options);
  return options;
}

TEST(MiljodirektoratetParser, ReadsAttributesAndGeometry) {
  const auto page = parseQueryPage(R"({"features":[)" + feature("A-1", "Deponi Øst") + R"(],"exceededTransferLimit":true})");
  ASSERT_EQ(page.records.size(), 1u);
  EXPECT_TRUE(page.exceeded_transfer_limit);
  const auto& r = page.records[0];
  EXPECT_EQ(r.source, "miljodirektoratet");
  EXPECT_EQ(r.key, "A-1");
  EXPECT_EQ(r.name, "Deponi Øst");
  EXPECT_EQ(r.category, "38.210");
  EXPECT_EQ(r.status, "Aktiv");
  EXPECT_EQ(r.municipality, "3201");
  EXPECT_DOUBLE_EQ(r.lat, 59.9);
  EXPECT_DOUBLE_EQ(r.lon, 10.5);
  EXPECT_EQ(r.raw.at("anleggstype"), "Deponi for inert avfall");
}

TEST(MiljodirektoratetParser, RejectsMalformedAnswersClearly) {
  for (const std::string body : {"", "not json", "[]", R"({"features":7})",
                                  R"({"error":{"code":400,"message":"Invalid query"}})",
                                  R"({"features":[{"attributes":{"navn":"uten id"}}]})"}) {
    try {
      parseQueryPage(body);
      ADD_FAILURE() << "accepted: " << body;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
      EXPECT_EQ(error.messageKey(), "miljodirektoratet.error.malformed");
    }
  }
}

TEST(MiljodirektoratetFixture, ServesTheSyntheticFacilities) {
  const FixtureWasteFacilities fixture;
  const auto records = fixture.fetchAll();
  EXPECT_GE(records.size(), 10u);
  for (const auto& r : records) {
    EXPECT_TRUE(r.key.starts_with("FIKT-")) << r.key;
    EXPECT_TRUE(r.category.starts_with("38.")) << r.key;
    EXPECT_NE(r.name.find("(fiktiv)"), std::string::npos) << r.name;
  }
}

TEST(MiljodirektoratetLive, PagesUntilTheServerStopsReportingMore) {
  LoopbackServer server([](const std::string& path, int) {
    if (path.find("resultOffset=0&") != std::string::npos) {
      return Reply{200, R"({"features":[)" + feature("A-1", "En") + "," + feature("A-2", "To") +
                            R"(],"exceededTransferLimit":true})"};
    }
    if (path.find("resultOffset=2&") != std::string::npos) {
      return Reply{200, R"({"features":[)" + feature("A-3", "Tre") + "]}"};
    }
    return Reply{404, "{}"};
  });
  const LiveWasteFacilities client(fastOptions(server, 2));
  const auto records = client.fetchAll();
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[2].key, "A-3");
  EXPECT_EQ(server.total(), 2);
  EXPECT_NE(client.pagePath(0).find("where=bransje%20LIKE%20%2738.%25%27"), std::string::npos)
      << client.pagePath(0);
  EXPECT_NE(server.lastHeaders().find("User-Agent: Masseflyt"), std::string::npos);
}

TEST(MiljodirektoratetLive, RetriesOnceAfterA5xx) {
  LoopbackServer server([](const std::string&, int nth) {
    if (nth == 1) return Reply{503, "{}"};
    return Reply{200, R"({"features":[)" + feature("A-1", "En") + "]}"};
  });
  const LiveWasteFacilities client(fastOptions(server, 10));
  EXPECT_EQ(client.fetchAll().size(), 1u);
  EXPECT_EQ(server.total(), 2);
}

TEST(MiljodirektoratetLive, GivesUpAfterTwo5xx) {
  LoopbackServer server([](const std::string&, int) { return Reply{500, "{}"}; });
  const LiveWasteFacilities client(fastOptions(server, 10));
  expectUnavailable(client, "miljodirektoratet.error.unavailable");
  EXPECT_EQ(server.total(), 2);
}

TEST(MiljodirektoratetLive, NeverRetriesA4xx) {
  LoopbackServer server([](const std::string&, int) { return Reply{400, R"({"error":"bad"})"}; });
  const LiveWasteFacilities client(fastOptions(server, 10));
  expectUnavailable(client, "miljodirektoratet.error.rejected");
  EXPECT_EQ(server.total(), 1);
}

TEST(MiljodirektoratetLive, MalformedJsonIsAClearError) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, "{\"features\": [ oops"}; });
  const LiveWasteFacilities client(fastOptions(server, 10));
  expectUnavailable(client, "miljodirektoratet.error.malformed");
}

TEST(MiljodirektoratetLive, AServerThatNeverStopsIsRefused) {
  LoopbackServer server([](const std::string&, int) {
    return Reply{200, R"({"features":[)" + feature("A-1", "En") + R"(],"exceededTransferLimit":true})"};
  });
  auto options = fastOptions(server, 1);
  options.max_pages = 3;
  const LiveWasteFacilities client(options);
  expectUnavailable(client, "miljodirektoratet.error.too_many_pages");
  EXPECT_EQ(server.total(), 3);
}

}  // namespace
}  // namespace masseflyt::miljodirektoratet
