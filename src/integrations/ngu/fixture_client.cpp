#include "integrations/ngu/fixture_client.hpp"

#include "integrations/ngu/live_client.hpp"
#include "integrations/ngu/ngu_parser.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::ngu {

std::string_view FixtureGravelAndRock::file(std::string_view relative_path) {
  return feature_service::fixtureFile(embeddedNguFixtures(), relative_path, "ngu.error.fixture");
}

FixtureGravelAndRock::FixtureGravelAndRock(std::string file_name)
    : FixtureSource("ngu", parseFeaturePage(file(file_name)).records) {}

std::shared_ptr<const registry::imports::PublicSiteSource> clientFor(std::string_view mode,
                                                                     const std::string& base_url) {
  if (mode.empty() || mode == "fixture") return std::make_shared<const FixtureGravelAndRock>();
  if (mode == "live") {
    LiveClientOptions options;
    options.base_url = base_url;
    return std::make_shared<const LiveGravelAndRock>(options);
  }
  throw Error(ErrorKind::BadRequest, "ngu.error.mode", std::string(mode));
}

}  // namespace masseflyt::ngu
