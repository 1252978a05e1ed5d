#include "integrations/miljodirektoratet/fixture_client.hpp"

#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"
#include "platform/core/error.hpp"
#include "integrations/miljodirektoratet/live_client.hpp"

namespace masseflyt::miljodirektoratet {

std::string_view FixtureWasteFacilities::file(std::string_view relative_path) {
  const auto found = findEmbeddedFile(embeddedMiljodirektoratetFixtures(),
                                      "fixtures/" + std::string(relative_path));
  if (!found) throw Error(ErrorKind::Internal, "miljodirektoratet.error.fixture", std::string(relative_path));
  return *found;
}

FixtureWasteFacilities::FixtureWasteFacilities(std::string file_name)
    : records_(parseQueryPage(file(file_name)).records) {}

std::vector<registry::imports::ImportedRecord> FixtureWasteFacilities::fetchAll() const {
  return records_;
}

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
