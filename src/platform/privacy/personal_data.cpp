#include "platform/privacy/personal_data.hpp"

#include <map>
#include <mutex>

namespace masseflyt::privacy {
namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, PersonalDataPart> parts;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

// A copy, so a part runs without the lock (it may take long, and tests register concurrently).
std::map<std::string, PersonalDataPart> parts() {
  auto& r = registry();
  const std::lock_guard lock(r.mutex);
  return r.parts;
}

}  // namespace

void registerPart(std::string name, PersonalDataPart part) {
  auto& r = registry();
  const std::lock_guard lock(r.mutex);
  r.parts[std::move(name)] = std::move(part);
}

std::vector<std::pair<std::string, std::string>> exportEverywhere(db::Database::Lease& lease,
                                                                  const std::string& user_id) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [name, part] : parts()) out.emplace_back(name, part.exporter(lease, user_id));
  return out;
}

void eraseEverywhere(db::Database::Lease& lease, const std::string& user_id) {
  for (const auto& [name, part] : parts()) part.eraser(lease, user_id);
}

std::vector<std::string> partNames() {
  std::vector<std::string> names;
  for (const auto& [name, part] : parts()) names.push_back(name);
  return names;
}

}  // namespace masseflyt::privacy
