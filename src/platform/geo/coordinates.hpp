#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Coordinates as the platform stores them (ETRS89 latitude/longitude in degrees, which equals
// WGS84 at map precision) and as Norwegian users read them (EUREF89 UTM zone 33N, EPSG:25833).
// Pure functions, no I/O: modules keep their own columns (lat/lon DOUBLE PRECISION) and call these.
namespace masseflyt::geo {

struct LatLon {
  double lat = 0;  ///< degrees north, -90..90
  double lon = 0;  ///< degrees east, -180..180
};

/// EUREF89 UTM zone 33N (EPSG:25833), metres. Used on display and export, never stored.
struct Utm33 {
  double easting = 0;
  double northing = 0;
};

/// Transverse Mercator on GRS80 (Krüger series), accurate to well under a millimetre in Norway.
Utm33 toUtm33(LatLon point);
LatLon fromUtm33(Utm33 point);

/// Great-circle distance in metres (haversine on a 6 371 008.8 m sphere): the "straight-line"
/// distance of filters and sorting. Within the region the error against the ellipsoid is < 0.5 %.
double distanceMeters(LatLon a, LatLon b);

/// Parses decimal degrees as typed in a form or query ("59,91" and "59.91" both accepted).
/// nullopt when either is not a number or out of range.
std::optional<LatLon> parseLatLon(std::string_view lat, std::string_view lon);

/// Mainland Norway with its coastal waters (57.5–71.5 °N, 4–31.5 °E): a sanity check that
/// catches swapped latitude/longitude, not a border test.
bool withinNorway(LatLon point);

/// "59.89123, 10.52345" with 5 decimals (about 1 m); "6 594 012 N, 581 234 Ø" for UTM33.
std::string formatLatLon(LatLon point);
std::string formatUtm33(Utm33 point);

/// A GeoJSON-ordered bounding box, as in `?bbox=minLon,minLat,maxLon,maxLat` (RFC 7946 §5).
struct BoundingBox {
  double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
  bool contains(LatLon point) const;
};
/// nullopt unless four comma-separated numbers with min <= max and valid ranges.
std::optional<BoundingBox> parseBoundingBox(std::string_view text);

/// An area as one outer ring, first point repeated last (RFC 7946 linear ring, counter-clockwise
/// not required on input).
using Ring = std::vector<LatLon>;
/// A ring is valid with at least 4 points, closed, every point in range.
bool validRing(const Ring& ring);

}  // namespace masseflyt::geo
