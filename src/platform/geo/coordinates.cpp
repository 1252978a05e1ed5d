#include "platform/geo/coordinates.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

namespace masseflyt::geo {
namespace {

// GRS80 ellipsoid (EUREF89) and UTM zone 33N.
constexpr double kSemiMajor = 6378137.0;
constexpr double kFlattening = 1.0 / 298.257222101;
constexpr double kScale = 0.9996;
constexpr double kFalseEasting = 500000.0;
constexpr double kCentralMeridianDeg = 15.0;
constexpr double kMeanEarthRadius = 6371008.8;

constexpr double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }
constexpr double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }

// Krüger's series to third order in the third flattening n (Karney 2011, eq. 35–36): sub-mm
// within a UTM zone and still well under a metre 15° from the central meridian, which covers
// Bærum (about 4.5° west of 15°E).
struct KrugerSeries {
  double n, rectifying_radius;
  std::array<double, 3> alpha, beta, delta;
};

KrugerSeries series() {
  const double n = kFlattening / (2.0 - kFlattening);
  const double n2 = n * n, n3 = n2 * n;
  return {n,
          kSemiMajor / (1.0 + n) * (1.0 + n2 / 4.0 + n2 * n2 / 64.0),
          {n / 2.0 - 2.0 * n2 / 3.0 + 5.0 * n3 / 16.0, 13.0 * n2 / 48.0 - 3.0 * n3 / 5.0,
           61.0 * n3 / 240.0},
          {n / 2.0 - 2.0 * n2 / 3.0 + 37.0 * n3 / 96.0, n2 / 48.0 + n3 / 15.0, 17.0 * n3 / 480.0},
          {2.0 * n - 2.0 * n2 / 3.0 - 2.0 * n3, 7.0 * n2 / 3.0 - 8.0 * n3 / 5.0, 56.0 * n3 / 15.0}};
}

std::optional<double> parseDecimal(std::string_view text) {
  std::string normalised;
  for (char c : text) {
    if (c == ' ') continue;
    normalised.push_back(c == ',' ? '.' : c);
  }
  if (normalised.empty()) return std::nullopt;
  double value = 0;
  const char* end = normalised.data() + normalised.size();
  const auto [ptr, ec] = std::from_chars(normalised.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// "6594012" → "6 594 012": the thin grouping Norwegian readers expect for metres.
std::string groupThousands(long long value) {
  const std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out.push_back(' ');
    out.push_back(digits[i]);
  }
  return value < 0 ? "-" + out : out;
}

}  // namespace

Utm33 toUtm33(LatLon point) {
  const auto s = series();
  const double phi = radians(point.lat);
  const double lambda = radians(point.lon - kCentralMeridianDeg);
  const double e = 2.0 * std::sqrt(s.n) / (1.0 + s.n);
  const double t = std::sinh(std::atanh(std::sin(phi)) - e * std::atanh(e * std::sin(phi)));
  const double xi_prime = std::atan2(t, std::cos(lambda));
  const double eta_prime = std::atanh(std::sin(lambda) / std::sqrt(1.0 + t * t));
  double xi = xi_prime, eta = eta_prime;
  for (int j = 1; j <= 3; ++j) {
    const double a = s.alpha[j - 1];
    xi += a * std::sin(2.0 * j * xi_prime) * std::cosh(2.0 * j * eta_prime);
    eta += a * std::cos(2.0 * j * xi_prime) * std::sinh(2.0 * j * eta_prime);
  }
  return {kFalseEasting + kScale * s.rectifying_radius * eta,
          kScale * s.rectifying_radius * xi};
}

LatLon fromUtm33(Utm33 point) {
  const auto s = series();
  const double xi = point.northing / (kScale * s.rectifying_radius);
  const double eta = (point.easting - kFalseEasting) / (kScale * s.rectifying_radius);
  double xi_prime = xi, eta_prime = eta;
  for (int j = 1; j <= 3; ++j) {
    const double b = s.beta[j - 1];
    xi_prime -= b * std::sin(2.0 * j * xi) * std::cosh(2.0 * j * eta);
    eta_prime -= b * std::cos(2.0 * j * xi) * std::sinh(2.0 * j * eta);
  }
  const double chi = std::asin(std::sin(xi_prime) / std::cosh(eta_prime));
  double phi = chi;
  for (int j = 1; j <= 3; ++j) phi += s.delta[j - 1] * std::sin(2.0 * j * chi);
  const double lambda = std::atan2(std::sinh(eta_prime), std::cos(xi_prime));
  return {degrees(phi), kCentralMeridianDeg + degrees(lambda)};
}

double distanceMeters(LatLon a, LatLon b) {
  const double dlat = radians(b.lat - a.lat);
  const double dlon = radians(b.lon - a.lon);
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2.0 * kMeanEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

std::optional<LatLon> parseLatLon(std::string_view lat, std::string_view lon) {
  const auto latitude = parseDecimal(lat);
  const auto longitude = parseDecimal(lon);
  if (!latitude || !longitude) return std::nullopt;
  if (*latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180) {
    return std::nullopt;
  }
  return LatLon{*latitude, *longitude};
}

bool withinNorway(LatLon point) {
  return point.lat >= 57.5 && point.lat <= 71.5 && point.lon >= 4.0 && point.lon <= 31.5;
}

std::string formatLatLon(LatLon point) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.5f, %.5f", point.lat, point.lon);
  return buffer;
}

std::string formatUtm33(Utm33 point) {
  return groupThousands(std::llround(point.northing)) + " N, " +
         groupThousands(std::llround(point.easting)) + " Ø";
}

bool BoundingBox::contains(LatLon point) const {
  return point.lat >= min_lat && point.lat <= max_lat && point.lon >= min_lon &&
         point.lon <= max_lon;
}

std::optional<BoundingBox> parseBoundingBox(std::string_view text) {
  std::vector<double> values;
  while (true) {
    const auto comma = text.find(',');
    const std::string part(text.substr(0, comma));
    double value = 0;
    const char* end = part.data() + part.size();
    const auto [ptr, ec] = std::from_chars(part.data(), end, value);
    if (part.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) {
      return std::nullopt;
    }
    values.push_back(value);
    if (comma == std::string_view::npos || values.size() > 4) break;
    text.remove_prefix(comma + 1);
  }
  if (values.size() != 4) return std::nullopt;
  BoundingBox box{values[0], values[1], values[2], values[3]};
  if (box.min_lon < -180 || box.max_lon > 180 || box.min_lat < -90 || box.max_lat > 90 ||
      box.min_lon > box.max_lon || box.min_lat > box.max_lat) {
    return std::nullopt;
  }
  return box;
}

bool validRing(const Ring& ring) {
  if (ring.size() < 4) return false;
  for (const auto& point : ring) {
    if (!std::isfinite(point.lat) || !std::isfinite(point.lon) || point.lat < -90 ||
        point.lat > 90 || point.lon < -180 || point.lon > 180) {
      return false;
    }
  }
  return ring.front().lat == ring.back().lat && ring.front().lon == ring.back().lon;
}

}  // namespace masseflyt::geo
