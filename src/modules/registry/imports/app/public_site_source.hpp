#pragma once

#include <string_view>
#include <vector>

#include "modules/registry/imports/domain/record.hpp"

namespace masseflyt::registry::imports {

/// The port each public register implements twice (src/integrations/ngu and
/// src/integrations/miljodirektoratet): a live HTTP client and a fixture client.
class PublicSiteSource {
 public:
  virtual ~PublicSiteSource() = default;
  /// The SourceInfo key: "ngu" | "miljodirektoratet".
  virtual std::string_view source() const = 0;
  /// Every record of the source in scope for the platform (the whole set: what is missing counts
  /// as vanished). Throws Error(Unavailable, …) when the source cannot be read completely.
  virtual std::vector<ImportedRecord> fetchAll() const = 0;
  /// True for the fixture clients: their records are synthetic, so the sites they create are
  /// marked as demo data.
  virtual bool synthetic() const { return false; }
};

}  // namespace masseflyt::registry::imports
