#pragma once

#include <string>

#include "integrations/feature_service/paged_fetch.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"

namespace masseflyt::ngu {

struct LiveClientOptions : feature_service::HttpOptions {
  /// NGU's WFS for Grus og pukk. The service name carries a version and the WFS may be retired
  /// (integrations.md §4): configurable, and checked against GetCapabilities before going live.
  std::string base_url = "https://geo.ngu.no/mapserver/GrusPukkWFS2";
  /// The feature type of extraction sites; NOT KNOWN (integrations.md §12 item 3).
  std::string type_name = "GrusPukkUttak";
  int page_size = 500;
  int max_pages = 100;
};

/// NGU's register of gravel pits and quarries over WFS 2.0 GetFeature with GeoJSON output,
/// paged with startIndex / count until a page comes back short. One retry after a 5xx or a
/// transport failure per page, never after a 4xx.
class LiveGravelAndRock final : public registry::imports::PublicSiteSource {
 public:
  explicit LiveGravelAndRock(LiveClientOptions options);
  std::string_view source() const override { return "ngu"; }
  std::vector<registry::imports::ImportedRecord> fetchAll() const override;

  std::string pagePath(int start_index) const;

 private:
  LiveClientOptions options_;
};

}  // namespace masseflyt::ngu
