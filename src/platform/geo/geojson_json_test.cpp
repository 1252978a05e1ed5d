#include "platform/geo/geojson_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

namespace masseflyt::geo {
namespace {

TEST(GeoJson, PointIsLongitudeFirstRoundedToSixDecimals) {
  const auto geometry = pointGeometry({59.89090123, 10.52780987});
  EXPECT_EQ(boost::json::serialize(geometry),
            R"({"type":"Point","coordinates":[1.052781E1,5.9890901E1]})");
}

TEST(GeoJson, FeatureCollectionCarriesNextCursorOnlyWhenGiven) {
  boost::json::array features;
  features.push_back(feature("a", pointGeometry({59.9, 10.5}), {{"navn", "X"}}));
  const auto without = featureCollection(features);
  EXPECT_FALSE(without.contains("neste"));
  const auto with = featureCollection(features, "abc");
  EXPECT_EQ(with.at("neste").as_string(), "abc");
  EXPECT_EQ(with.at("features").as_array().size(), 1u);
  EXPECT_EQ(with.at("features").as_array()[0].at("properties").at("navn").as_string(), "X");
}

TEST(GeoJson, ParsesPolygonAndFeatureAndRejectsOpenRings) {
  const auto ring = parsePolygon(
      R"({"type":"Polygon","coordinates":[[[10.0,59.0],[10.1,59.0],[10.1,59.1],[10.0,59.0]]]})");
  ASSERT_TRUE(ring);
  EXPECT_EQ(ring->size(), 4u);
  EXPECT_DOUBLE_EQ((*ring)[1].lon, 10.1);
  EXPECT_DOUBLE_EQ((*ring)[1].lat, 59.0);
  EXPECT_TRUE(parsePolygon(
      R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[10,59],[10.1,59],[10.1,59.1],[10,59]]]}})"));
  EXPECT_FALSE(parsePolygon(
      R"({"type":"Polygon","coordinates":[[[10,59],[10.1,59],[10.1,59.1],[10.2,59]]]})"));
  EXPECT_FALSE(parsePolygon(R"({"type":"Point","coordinates":[10,59]})"));
  EXPECT_FALSE(parsePolygon("not json"));
  EXPECT_FALSE(parsePolygon(R"({"type":"Polygon","coordinates":[[["a",59]]]})"));
}

TEST(GeoJson, PolygonRoundTrips) {
  const Ring ring{{59.0, 10.0}, {59.0, 10.1}, {59.1, 10.1}, {59.0, 10.0}};
  const auto parsed = parsePolygon(boost::json::serialize(polygonGeometry(ring)));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->size(), ring.size());
}

}  // namespace
}  // namespace masseflyt::geo
