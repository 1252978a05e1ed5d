#include "integrations/feature_service/fixture_source.hpp"

#include <string>

#include "platform/core/error.hpp"

namespace masseflyt::feature_service {

std::string_view fixtureFile(std::span<const EmbeddedFile> files, std::string_view relative_path,
                             std::string_view missing_key) {
  const auto found = findEmbeddedFile(files, "fixtures/" + std::string(relative_path));
  if (!found) throw Error(ErrorKind::Internal, std::string(missing_key), std::string(relative_path));
  return *found;
}

}  // namespace masseflyt::feature_service
