#include "integrations/ngu/fixture_client.hpp"

#include "integrations/ngu/ngu_parser.hpp"
#include "platform/core/error.hpp"
#include "integrations/ngu/live_client.hpp"

namespace masseflyt::ngu {

std::string_view FixtureGravelAndRock::file(std::string_view relative_path) {
  const auto found = findEmbeddedFile(embeddedNguFixtures(),
                                      "fixtures/" + std::string(relative_path));
  if (!found) throw Error(ErrorKind::Internal, "ngu.error.fixture", std::string(relative_path));
  return *found;
}

FixtureGravelAndRock::FixtureGravelAndRock(std::string file_name)
    : records_(parseFeaturePage(file(file_name)).records) {}

std::vector<registry::imports::ImportedRecord> FixtureGravelAndRock::fetchAll() const {
  return records_;
}

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
