#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "integrations/feature_service/fixture_source.hpp"
#include "platform/core/embedded_file.hpp"

namespace masseflyt {
/// The files under src/integrations/miljodirektoratet/fixtures/, relative to that folder's parent.
std::span<const EmbeddedFile> embeddedMiljodirektoratetFixtures();
}  // namespace masseflyt

namespace masseflyt::miljodirektoratet {

/// The permitted waste facilities from the embedded SYNTHETIC query answers
/// (fixtures/industri/*.json, see fixtures/README.md).
class FixtureWasteFacilities final : public feature_service::FixtureSource {
 public:
  /// `file` relative to fixtures/ ("industri/query-bransje-38.json").
  explicit FixtureWasteFacilities(std::string file = "industri/query-bransje-38.json");

  /// Raw text of a fixture; Error(Internal) when absent.
  static std::string_view file(std::string_view relative_path);
};

/// The client for config miljodirektoratet_mode ("fixture" or "live", base URL from miljodirektoratet_base_url). Throws
/// Error(BadRequest, "miljodirektoratet.error.mode") for another mode.
std::shared_ptr<const registry::imports::PublicSiteSource> clientFor(std::string_view mode,
                                                                     const std::string& base_url);

}  // namespace masseflyt::miljodirektoratet
