#include "platform/geo/coordinates.hpp"

#include <gtest/gtest.h>

namespace masseflyt::geo {
namespace {

TEST(Utm33, CentralMeridianAtSixtyNorthIsTheScaledMeridianArc) {
  // GRS80 meridian arc to 60°N is 6 654 072.82 m; UTM scales it by 0.9996.
  const auto utm = toUtm33({60.0, 15.0});
  EXPECT_NEAR(utm.easting, 500000.0, 0.001);
  EXPECT_NEAR(utm.northing, 6651411.19, 0.05);
}

TEST(Utm33, SandvikaMatchesTheReferenceVector) {
  // integrations.md §3: Sandvika 59.8909 N, 10.5278 E ≈ E 249 857, N 6 647 713.
  const auto utm = toUtm33({59.8909, 10.5278});
  EXPECT_NEAR(utm.easting, 249857, 1.0);
  EXPECT_NEAR(utm.northing, 6647713, 1.0);
}

TEST(Utm33, RoundTripsWithinAMillimetre) {
  for (const LatLon point : {LatLon{59.8909, 10.5278}, LatLon{59.9139, 10.7522},
                             LatLon{60.1680, 10.2530}, LatLon{69.6496, 18.9560}}) {
    const auto back = fromUtm33(toUtm33(point));
    EXPECT_NEAR(back.lat, point.lat, 1e-8);
    EXPECT_NEAR(back.lon, point.lon, 1e-8);
  }
}

TEST(Distance, SandvikaToOsloSentrumIsAboutFourteenKilometres) {
  const double metres = distanceMeters({59.8909, 10.5278}, {59.9111, 10.7528});
  EXPECT_NEAR(metres, 12700, 300);
  EXPECT_DOUBLE_EQ(distanceMeters({59.9, 10.5}, {59.9, 10.5}), 0.0);
}

TEST(ParseLatLon, AcceptsCommaOrPointAndRejectsOutOfRange) {
  const auto point = parseLatLon("59,8909", " 10.5278");
  ASSERT_TRUE(point);
  EXPECT_DOUBLE_EQ(point->lat, 59.8909);
  EXPECT_DOUBLE_EQ(point->lon, 10.5278);
  EXPECT_FALSE(parseLatLon("91", "10"));
  EXPECT_FALSE(parseLatLon("59", "181"));
  EXPECT_FALSE(parseLatLon("", "10"));
  EXPECT_FALSE(parseLatLon("59.9x", "10"));
  EXPECT_FALSE(parseLatLon("nan", "10"));
}

TEST(WithinNorway, CatchesSwappedCoordinates) {
  EXPECT_TRUE(withinNorway({59.8909, 10.5278}));
  EXPECT_FALSE(withinNorway({10.5278, 59.8909}));
}

TEST(Format, ShowsFiveDecimalsAndGroupedMetres) {
  EXPECT_EQ(formatLatLon({59.8909, 10.5278}), "59.89090, 10.52780");
  EXPECT_EQ(formatUtm33({249857.4, 6647713.6}), "6 647 714 N, 249 857 Ø");
  EXPECT_EQ(formatUtm33({500000, 100}), "100 N, 500 000 Ø");
}

TEST(BoundingBox, ParsesGeoJsonOrderAndRejectsInvertedBoxes) {
  const auto box = parseBoundingBox("10.3,59.8,10.7,60.0");
  ASSERT_TRUE(box);
  EXPECT_TRUE(box->contains({59.8909, 10.5278}));
  EXPECT_FALSE(box->contains({59.7, 10.5}));
  EXPECT_FALSE(parseBoundingBox("10.7,59.8,10.3,60.0"));
  EXPECT_FALSE(parseBoundingBox("10.3,59.8,10.7"));
  EXPECT_FALSE(parseBoundingBox("10.3,59.8,10.7,60.0,1"));
  EXPECT_FALSE(parseBoundingBox("a,b,c,d"));
}

TEST(Ring, MustBeClosedWithFourPoints) {
  Ring ring{{59.0, 10.0}, {59.0, 10.1}, {59.1, 10.1}, {59.0, 10.0}};
  EXPECT_TRUE(validRing(ring));
  ring.back() = {59.1, 10.0};
  EXPECT_FALSE(validRing(ring));
  EXPECT_FALSE(validRing({{59.0, 10.0}, {59.0, 10.1}, {59.0, 10.0}}));
}

}  // namespace
}  // namespace masseflyt::geo
