#pragma once

#include <string_view>
#include <vector>

#include "modules/registry/imports/domain/record.hpp"

namespace masseflyt::miljodirektoratet {

/// One page of an ArcGIS REST `query` answer (f=json) of the `industri` layer.
struct QueryPage {
  std::vector<registry::imports::ImportedRecord> records;
  /// ArcGIS sets exceededTransferLimit when more records follow this page.
  bool exceeded_transfer_limit = false;
};

/// Parses `features[].attributes` (anlegg_id, navn, bransje, driftsstatus, anleggstype,
/// faktaark, and the uncertain kommunenummer / organisasjonsnummer) and `geometry` {x, y} in
/// EPSG:4326. ArcGIS reports errors as {"error": {...}} with HTTP 200. Throws
/// Error(Unavailable, "miljodirektoratet.error.malformed", detail) on anything else unexpected.
QueryPage parseQueryPage(std::string_view body);

}  // namespace masseflyt::miljodirektoratet
