#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "integrations/feature_service/fixture_source.hpp"
#include "platform/core/embedded_file.hpp"

namespace masseflyt {
/// The files under src/integrations/ngu/fixtures/, relative to that folder's parent.
std::span<const EmbeddedFile> embeddedNguFixtures();
}  // namespace masseflyt

namespace masseflyt::ngu {

/// NGU gravel pits and quarries from the embedded SYNTHETIC query answers
/// (fixtures/uttak/*.json, see fixtures/README.md).
class FixtureGravelAndRock final : public feature_service::FixtureSource {
 public:
  /// `file` relative to fixtures/ ("uttak/grus-pukk-region.json").
  explicit FixtureGravelAndRock(std::string file = "uttak/grus-pukk-region.json");

  /// Raw text of a fixture; Error(Internal) when absent.
  static std::string_view file(std::string_view relative_path);
};

/// The client for config ngu_mode ("fixture" or "live", base URL from ngu_base_url). Throws
/// Error(BadRequest, "ngu.error.mode") for another mode.
std::shared_ptr<const registry::imports::PublicSiteSource> clientFor(std::string_view mode,
                                                                     const std::string& base_url);

}  // namespace masseflyt::ngu
