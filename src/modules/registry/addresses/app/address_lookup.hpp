#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/geo/coordinates.hpp"

// The port to an address register (Kartverket's address API, Matrikkelen addresses). Sites,
// projects and other registry parts search addresses through this interface; the live and the
// fixture client are in src/integrations/kartverket/. Header-only: adapters need no library.
namespace masseflyt::registry::addresses {

struct Address {
  std::string text;  ///< adressetekst, e.g. "Arnold Haukelands plass 10"
  std::string postal_code;
  std::string postal_place;
  std::string municipality_number;
  std::string municipality_name;
  geo::LatLon point;  ///< representasjonspunkt, ETRS89
  std::optional<double> distance_m;  ///< reverse lookups only
};

struct AddressHits {
  std::vector<Address> addresses;
  std::int64_t total = 0;  ///< hits in the register (may exceed addresses.size())
};

class AddressLookup {
 public:
  virtual ~AddressLookup() = default;
  /// Free-text search, optionally within one municipality (4 digits), at most `limit` hits.
  /// Throws Error(Unavailable, "kartverket.error.unavailable") when the register cannot answer.
  virtual AddressHits search(std::string_view text, std::optional<std::string> municipality_number,
                             int limit) const = 0;
  /// Addresses within `radius_m` metres of `point`, nearest first, at most `limit`.
  virtual AddressHits nearby(geo::LatLon point, int radius_m, int limit) const = 0;
};

}  // namespace masseflyt::registry::addresses
