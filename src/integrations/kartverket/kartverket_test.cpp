#include <gtest/gtest.h>

#include "integrations/kartverket/fixture_client.hpp"
#include "integrations/kartverket/kartverket_parser.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::kartverket {
namespace {

std::string fixture(std::string_view name) {
  for (const auto& file : embeddedKartverketFixtures()) {
    if (file.path == name) return std::string(file.content);
  }
  return {};
}

TEST(KartverketParser, ReadsTheRecordedSokHit) {
  const auto hits = parseAddresses(fixture("fixtures/sok/myrvollveien-5c.json"));
  ASSERT_EQ(hits.addresses.size(), 1u);
  EXPECT_EQ(hits.total, 1);
  const auto& a = hits.addresses[0];
  EXPECT_EQ(a.text, "Myrvollveien 5C");
  EXPECT_EQ(a.postal_code, "1415");
  EXPECT_EQ(a.postal_place, "OPPEGÅRD");
  EXPECT_EQ(a.municipality_number, "3207");
  EXPECT_EQ(a.municipality_name, "Nordre Follo");
  EXPECT_NEAR(a.point.lat, 59.785021, 1e-6);
  EXPECT_NEAR(a.point.lon, 10.799291, 1e-6);
  EXPECT_FALSE(a.distance_m.has_value());
}

TEST(KartverketParser, ReadsNoHitsAndDistances) {
  const auto none = parseAddresses(fixture("fixtures/sok/ingen-treff.json"));
  EXPECT_TRUE(none.addresses.empty());
  EXPECT_EQ(none.total, 0);
  const auto near = parseAddresses(fixture("fixtures/punktsok/sandvika.json"));
  ASSERT_EQ(near.addresses.size(), 3u);
  EXPECT_TRUE(near.addresses[0].distance_m.has_value());
}

TEST(KartverketParser, SkipsAddressesWithoutPointAndRejectsGarbage) {
  const auto hits = parseAddresses(
      R"({"adresser":[{"adressetekst":"Uten punkt"},{"adressetekst":"Med","kommunenummer":"3201","kommunenavn":"BÆRUM","representasjonspunkt":{"lat":59.9,"lon":10.5}}]})");
  ASSERT_EQ(hits.addresses.size(), 1u);
  EXPECT_EQ(hits.addresses[0].municipality_name, "Bærum");
  for (const auto* bad : {"", "[]", "{\"adresser\":{}}", "{\"metadata\":{}}", "<html>"}) {
    try {
      parseAddresses(bad);
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.messageKey(), "kartverket.error.unexpected");
    }
  }
}

TEST(FixtureAddressClient, FindsBaerumAddressesByWordsAndMunicipality) {
  const FixtureAddressClient client;
  const auto radhus = client.search("arnold haukelands plass 10", std::string("3201"), 10);
  ASSERT_EQ(radhus.addresses.size(), 1u);
  EXPECT_EQ(radhus.addresses[0].postal_place, "SANDVIKA");
  EXPECT_GE(client.search("sandvika", std::nullopt, 10).total, 4);
  EXPECT_EQ(client.search("KOLSÅS", std::nullopt, 10).total, 1);  // also Å folded
  EXPECT_EQ(client.search("myrvollveien", std::string("3201"), 10).total, 0);
  EXPECT_EQ(client.search("myrvollveien 5c", std::nullopt, 10).total, 1);
  EXPECT_EQ(client.search("Bue Tønsberg", std::nullopt, 10).total, 0);
  const auto limited = client.search("sandvika", std::nullopt, 2);
  EXPECT_EQ(limited.addresses.size(), 2u);
  EXPECT_GT(limited.total, 2);
}

TEST(FixtureAddressClient, ReverseLookupIsNearestFirstWithinRadius) {
  const FixtureAddressClient client;
  const auto near = client.nearby({59.8909, 10.5278}, 200, 10);
  ASSERT_EQ(near.addresses.size(), 3u);
  EXPECT_EQ(near.addresses[0].text, "Sandviksveien 1");
  for (std::size_t i = 1; i < near.addresses.size(); ++i) {
    EXPECT_LE(*near.addresses[i - 1].distance_m, *near.addresses[i].distance_m);
  }
  for (const auto& a : near.addresses) EXPECT_LE(*a.distance_m, 200.0);
  EXPECT_TRUE(client.nearby({69.65, 18.95}, 1000, 10).addresses.empty());  // Tromsø: nothing
}

TEST(KartverketClients, ModeChoosesTheClient) {
  EXPECT_NE(clientForMode("fixture"), nullptr);
  EXPECT_NE(clientForMode("live"), nullptr);
  EXPECT_THROW(clientForMode("test"), Error);
}

}  // namespace
}  // namespace masseflyt::kartverket
