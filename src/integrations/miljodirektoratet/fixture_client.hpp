#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/core/embedded_file.hpp"

namespace masseflyt {
/// The files under src/integrations/miljodirektoratet/fixtures/, relative to that folder's parent.
std::span<const EmbeddedFile> embeddedMiljodirektoratetFixtures();
}  // namespace masseflyt

namespace masseflyt::miljodirektoratet {

/// The permitted waste facilities from the embedded SYNTHETIC query answers
/// (fixtures/industri/*.json, see fixtures/README.md), parsed by the live parser, so a broken
/// fixture fails loudly. For tests and the offline demo.
class FixtureWasteFacilities final : public registry::imports::PublicSiteSource {
 public:
  /// `file` relative to fixtures/ ("industri/query-bransje-38.json").
  explicit FixtureWasteFacilities(std::string file = "industri/query-bransje-38.json");
  std::string_view source() const override { return "miljodirektoratet"; }
  bool synthetic() const override { return true; }
  std::vector<registry::imports::ImportedRecord> fetchAll() const override;

  /// Raw text of a fixture; Error(Internal) when absent.
  static std::string_view file(std::string_view relative_path);

 private:
  std::vector<registry::imports::ImportedRecord> records_;
};

/// The client for config miljodirektoratet_mode ("fixture" or "live", base URL from miljodirektoratet_base_url). Throws
/// Error(BadRequest, "miljodirektoratet.error.mode") for another mode.
std::shared_ptr<const registry::imports::PublicSiteSource> clientFor(std::string_view mode,
                                                                     const std::string& base_url);

}  // namespace masseflyt::miljodirektoratet
