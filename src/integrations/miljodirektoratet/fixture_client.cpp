#include "integrations/miljodirektoratet/fixture_client.hpp"

#include "integrations/miljodirektoratet/live_client.hpp"
#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::miljodirektoratet {

std::string_view FixtureWasteFacilities::file(std::string_view relative_path) {
  return feature_service::fixtureFile(embeddedMiljodirektoratetFixtures(), relative_path,
                                      "miljodirektoratet.error.fixture");
}

FixtureWasteFacilities::FixtureWasteFacilities(std::string file_name)
    : FixtureSource("miljodirektoratet", parseQueryPage(file(file_name)).records) {}

std::shared_ptr<const registry::imports::PublicSiteSource> clientFor(std::string_view mode,
                                                                     const std::string& base_url) {
  if (mode.empty() || mode == "fixture") return std::make_shared<const FixtureWasteFacilities>();
  if (mode == "live") {
    LiveClientOptions options;
    options.base_url = base_url;
    return std::make_shared<const LiveWasteFacilities>(options);
  }
  throw Error(ErrorKind::BadRequest, "miljodirektoratet.error.mode", std::string(mode));
}

}  // namespace masseflyt::miljodirektoratet
