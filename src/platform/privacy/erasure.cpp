#include "platform/privacy/erasure.hpp"

#include <map>
#include <mutex>

namespace masseflyt::privacy {
namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, Eraser> erasers;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

}  // namespace

void registerEraser(std::string name, Eraser eraser) {
  auto& r = registry();
  const std::lock_guard lock(r.mutex);
  r.erasers[std::move(name)] = std::move(eraser);
}

void eraseEverywhere(db::Database::Lease& lease, const std::string& user_id) {
  std::map<std::string, Eraser> erasers;
  {
    auto& r = registry();
    const std::lock_guard lock(r.mutex);
    erasers = r.erasers;
  }
  for (const auto& [name, eraser] : erasers) eraser(lease, user_id);
}

std::vector<std::string> eraserNames() {
  auto& r = registry();
  const std::lock_guard lock(r.mutex);
  std::vector<std::string> names;
  for (const auto& [name, eraser] : r.erasers) names.push_back(name);
  return names;
}

}  // namespace masseflyt::privacy
