#pragma once

#include <string_view>
#include <vector>

#include "modules/registry/imports/domain/record.hpp"

namespace masseflyt::ngu {

struct FeaturePage {
  std::vector<registry::imports::ImportedRecord> records;
  /// How many features the page held (also those without a usable geometry).
  int feature_count = 0;
};

/// Parses one WFS GetFeature answer in GeoJSON (outputFormat=application/json): a
/// FeatureCollection of Point features with properties `uttak_id` (or `objekt_id`), `navn`,
/// `materialtype` ("Pukk" / "Grus"), `driftsstatus`, `betydning`, `kommunenummer`, `faktaark`
/// — names assumed, see fixtures/README.md. Coordinates are taken in either axis order (in
/// Norway latitude > 57 and longitude < 32, so they cannot be confused). Throws
/// Error(Unavailable, "ngu.error.malformed", detail) on anything unexpected.
FeaturePage parseFeaturePage(std::string_view body);

}  // namespace masseflyt::ngu
