#pragma once

#include <string>

#include "integrations/feature_service/paged_fetch.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"

namespace masseflyt::miljodirektoratet {

struct LiveClientOptions : feature_service::HttpOptions {
  /// The ArcGIS REST services root; the layer path is appended.
  std::string base_url = "https://kart3.miljodirektoratet.no/arcgis/rest/services";
  std::string layer_path = "/industri/MapServer/0/query";
  /// ArcGIS servers usually cap a page at 1000 records (maxRecordCount).
  int page_size = 1000;
  /// A guard against a server that never stops saying "more".
  int max_pages = 50;
};

/// Miljødirektoratet's permitted facilities over ArcGIS REST (platform/outbound): the waste
/// facilities in operation (`bransje LIKE '38.%' AND driftsstatus = 'Aktiv'`), paged with
/// resultOffset / resultRecordCount until the server stops reporting exceededTransferLimit.
/// One retry after a 5xx or a transport failure per page, never after a 4xx.
class LiveWasteFacilities final : public registry::imports::PublicSiteSource {
 public:
  explicit LiveWasteFacilities(LiveClientOptions options);
  std::string_view source() const override { return "miljodirektoratet"; }
  std::vector<registry::imports::ImportedRecord> fetchAll() const override;

  /// The query path of page `offset` (tests compare it).
  std::string pagePath(int offset) const;

 private:
  LiveClientOptions options_;
};

}  // namespace masseflyt::miljodirektoratet
