// The shared parts on their own; each register's tests cover them again with its own fields and
// keys.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <array>

#include "integrations/feature_service/feature_json.hpp"
#include "integrations/feature_service/fixture_source.hpp"
#include "integrations/feature_service/paged_fetch.hpp"
#include "integrations/feature_service/testing/live_client_checks.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/testing/loopback_server.hpp"

namespace masseflyt::feature_service {
namespace {

using outbound::testing::LoopbackServer;
using outbound::testing::Reply;

TEST(FeatureJson, AttributesBecomeText) {
  const auto object = parseObject(R"({"s":"x","i":1234,"d":1234.0,"f":1.5,"b":true,"n":null})", "k");
  EXPECT_EQ(attributeText(object.at("s")), "x");
  EXPECT_EQ(attributeText(object.at("i")), "1234");
  EXPECT_EQ(attributeText(object.at("d")), "1234");
  EXPECT_EQ(attributeText(object.at("f")), "1.5E0");
  EXPECT_EQ(attributeText(object.at("b")), "true");
  EXPECT_EQ(attributeText(object.at("n")), "");
}

TEST(FeatureJson, RecordOfCopiesTheNamedMember) {
  const auto feature = boost::json::parse(R"({"properties":{"id":7,"navn":"A"}})");
  const auto record = recordOf(feature, "properties", "src", "k");
  EXPECT_EQ(record.source, "src");
  EXPECT_EQ(field(record, "id"), "7");
  EXPECT_EQ(field(record, "navn"), "A");
  EXPECT_EQ(field(record, "missing"), "");
  try {
    recordOf(feature, "attributes", "src", "reg.error.malformed");
    ADD_FAILURE() << "accepted a feature without attributes";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), "reg.error.malformed");
    EXPECT_EQ(error.detail(), "feature without attributes");
  }
}

TEST(FixtureSource, AMissingFileIsAnInternalError) {
  const std::array files{EmbeddedFile{"fixtures/a/b.json", "{}"}};
  EXPECT_EQ(fixtureFile(files, "a/b.json", "reg.error.fixture"), "{}");
  try {
    fixtureFile(files, "a/c.json", "reg.error.fixture");
    ADD_FAILURE() << "found a missing fixture";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Internal);
    EXPECT_EQ(error.messageKey(), "reg.error.fixture");
  }
}

class PagedSource final : public registry::imports::PublicSiteSource {
 public:
  PagedSource(PagedQuery query, HttpOptions http) : query_(std::move(query)), http_(std::move(http)) {}
  std::string_view source() const override { return "reg"; }
  std::vector<registry::imports::ImportedRecord> fetchAll() const override {
    return fetchAllPages(query_, http_);
  }

 private:
  PagedQuery query_;
  HttpOptions http_;
};

PagedQuery countingQuery(const LoopbackServer& server, int max_pages) {
  return {.base_url = server.url("/api") + "//",
          .accept_header = "Accept: application/json",
          .max_pages = max_pages,
          .keys = {.unavailable = "reg.error.unavailable",
                   .rejected = "reg.error.rejected",
                   .too_many_pages = "reg.error.too_many_pages"},
          .page_path = [](int offset) { return "/q?offset=" + std::to_string(offset); },
          .parse_page = [](std::string_view body) {
            // The body is the number of features of the page; "more" while it is not 0.
            const int count = std::stoi(std::string(body));
            Page page;
            page.records.resize(static_cast<std::size_t>(count));
            page.advance = count;
            page.more = count > 0;
            return page;
          }};
}

TEST(PagedFetch, MovesTheOffsetByEachPageUntilNoMore) {
  LoopbackServer server(
      [](const std::string& path, int) {
        if (path == "/q?offset=0") return Reply{200, "2"};
        if (path == "/q?offset=2") return Reply{200, "1"};
        if (path == "/q?offset=3") return Reply{200, "0"};
        return Reply{404, "{}"};
      },
      "/api");
  HttpOptions http;
  testing::useFastTimeouts(http);
  const PagedSource client(countingQuery(server, 10), http);
  EXPECT_EQ(client.fetchAll().size(), 3u);
  EXPECT_EQ(server.total(), 3);
  EXPECT_NE(server.lastHeaders().find("Accept: application/json"), std::string::npos);
}

TEST(PagedFetch, RefusesPagesThatDoNotEnd) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, "1"}; }, "/api");
  HttpOptions http;
  testing::useFastTimeouts(http);
  testing::expectUnavailable(PagedSource(countingQuery(server, 3), http), "reg.error.too_many_pages");
  EXPECT_EQ(server.total(), 3);
}

TEST(PagedFetch, AnyOtherStatusThan200IsARejection) {
  LoopbackServer server([](const std::string&, int) { return Reply{403, "{}"}; }, "/api");
  HttpOptions http;
  testing::useFastTimeouts(http);
  testing::expectUnavailable(PagedSource(countingQuery(server, 3), http), "reg.error.rejected");
  EXPECT_EQ(server.total(), 1);
}

}  // namespace
}  // namespace masseflyt::feature_service
