// The parser, the SYNTHETIC fixture and the live WFS client against the platform's loopback test
// server (no internet here): paging with startIndex / count, exactly one retry after a 5xx, no
// retry after a 4xx, malformed JSON as a clear error.
#include <gtest/gtest.h>

#include "integrations/feature_service/testing/live_client_checks.hpp"
#include "integrations/ngu/fixture_client.hpp"
#include "integrations/ngu/live_client.hpp"
#include "integrations/ngu/ngu_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/testing/loopback_server.hpp"

namespace masseflyt::ngu {
namespace {

using feature_service::testing::expectUnavailable;
using outbound::testing::LoopbackServer;
using outbound::testing::Reply;

std::string feature(const std::string& id, bool lat_first = false) {
  const std::string coordinates = lat_first ? "[59.97,10.49]" : "[10.49,59.97]";
  return R"({"type":"Feature","geometry":{"type":"Point","coordinates":)" + coordinates +
         R"(},"properties":{"uttak_id":")" + id +
         R"(","navn":"Uttak )" + id + R"(","materialtype":"Pukk","driftsstatus":"I drift","betydning":"Regional","kommunenummer":"3201"}})";
}

std::string collection(const std::vector<std::string>& features) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < features.size(); ++i) out += (i > 0 ? "," : "") + features[i];
  return out + "]}";
}

LiveClientOptions fastOptions(const LoopbackServer& server, int page_size) {
  LiveClientOptions options;
  options.base_url = server.url("/mapserver/GrusPukkWFS2");
  options.page_size = page_size;
  feature_service::testing::useFastTimeouts(options);
  return options;
}

TEST(NguParser, ReadsPropertiesInEitherAxisOrder) {
  const auto page = parseFeaturePage(collection({feature("U1"), feature("U2", true)}));
  ASSERT_EQ(page.records.size(), 2u);
  for (const auto& r : page.records) {
    EXPECT_EQ(r.source, "ngu");
    EXPECT_EQ(r.kind, "Pukk");
    EXPECT_EQ(r.status, "I drift");
    EXPECT_EQ(r.category, "Regional");
    EXPECT_DOUBLE_EQ(r.lat, 59.97);
    EXPECT_DOUBLE_EQ(r.lon, 10.49);
  }
}

TEST(NguParser, RejectsMalformedAnswersClearly) {
  for (const std::string body : {"", "<xml/>", R"({"type":"Feature"})", R"({"type":"FeatureCollection"})",
                                  R"({"type":"FeatureCollection","features":[{"properties":{"navn":"x"}}]})",
                                  R"({"type":"FeatureCollection","features":[{"properties":{"uttak_id":"1"},"geometry":{"type":"Point","coordinates":["a"]}}]})"}) {
    try {
      parseFeaturePage(body);
      ADD_FAILURE() << "accepted: " << body;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
      EXPECT_EQ(error.messageKey(), "ngu.error.malformed");
    }
  }
}

TEST(NguFixture, ServesTheSyntheticSites) {
  const FixtureGravelAndRock fixture;
  const auto records = fixture.fetchAll();
  EXPECT_GE(records.size(), 10u);
  for (const auto& r : records) {
    EXPECT_TRUE(r.key.starts_with("FIKT-NGU-")) << r.key;
    EXPECT_GT(r.lat, 59.0);
    EXPECT_LT(r.lon, 12.0);
  }
}

TEST(NguLive, PagesWithStartIndexUntilAShortPage) {
  LoopbackServer server(
      [](const std::string& path, int) {
        if (path.find("startIndex=0") != std::string::npos) return Reply{200, collection({feature("U1"), feature("U2")})};
        if (path.find("startIndex=2") != std::string::npos) return Reply{200, collection({feature("U3")})};
        return Reply{404, "{}"};
      },
      "/mapserver/GrusPukkWFS2");
  const LiveGravelAndRock client(fastOptions(server, 2));
  const auto records = client.fetchAll();
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[2].key, "U3");
  EXPECT_EQ(server.total(), 2);
  EXPECT_NE(client.pagePath(0).find("request=GetFeature&typeNames=GrusPukkUttak"), std::string::npos);
}

TEST(NguLive, RetriesOnceAfterA5xx) {
  LoopbackServer server([](const std::string&, int nth) {
    return nth == 1 ? Reply{502, "{}"} : Reply{200, collection({feature("U1")})};
  });
  const LiveGravelAndRock client(fastOptions(server, 10));
  EXPECT_EQ(client.fetchAll().size(), 1u);
  EXPECT_EQ(server.total(), 2);
}

TEST(NguLive, NeverRetriesA4xx) {
  LoopbackServer server([](const std::string&, int) { return Reply{404, "{}"}; });
  const LiveGravelAndRock client(fastOptions(server, 10));
  expectUnavailable(client, "ngu.error.rejected");
  EXPECT_EQ(server.total(), 1);
}

TEST(NguLive, MalformedJsonIsAClearError) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, "{\"type\":\"FeatureCollection\",\"features\":[}"}; });
  const LiveGravelAndRock client(fastOptions(server, 10));
  expectUnavailable(client, "ngu.error.malformed");
}

}  // namespace
}  // namespace masseflyt::ngu
