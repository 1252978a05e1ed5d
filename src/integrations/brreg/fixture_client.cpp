#include "integrations/brreg/fixture_client.hpp"

#include <algorithm>

#include "integrations/brreg/live_client.hpp"
#include "platform/core/text.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::brreg {
namespace {

using identity::organisations::RegisterEntity;

constexpr std::string_view kPrefix = "fixtures/";
constexpr std::string_view kDemoSuffix = " (demo)";

}  // namespace

std::optional<std::string_view> FixtureBrregClient::file(std::string_view relative_path) {
  return findEmbeddedFile(embeddedBrregFixtures(), std::string(kPrefix) + std::string(relative_path));
}

FixtureBrregClient::FixtureBrregClient() {
  // Entities first: when a number has both kinds of file, the register answers /enheter first.
  for (const bool subunits : {false, true}) {
    const std::string dir = std::string(kPrefix) + (subunits ? "underenheter/" : "enheter/");
    for (const auto& file : embeddedBrregFixtures()) {
      if (!file.path.starts_with(dir) || !file.path.ends_with(".json")) continue;
      RegisterEntity entity = parseEntity(file.content, subunits);
      if (entity.organisation_number != fileStem(file.path)) {
        throw Error(ErrorKind::Internal, "brreg.error.fixture", std::string(file.path));
      }
      entities_.try_emplace(entity.organisation_number, std::move(entity));
    }
  }
}

std::optional<RegisterEntity> FixtureBrregClient::lookup(const std::string& orgnr) const {
  const auto it = entities_.find(orgnr);
  if (it == entities_.end()) return std::nullopt;
  return it->second;
}

std::vector<identity::organisations::RegisterRole> FixtureBrregClient::roles(
    const std::string& orgnr) const {
  const auto text = file("roller/" + orgnr + ".json");
  if (!text) return {};
  return parseRoles(*text);
}

std::vector<RegisterEntity> FixtureBrregClient::searchByName(const std::string& name,
                                                             std::size_t limit) const {
  if (name.size() < 3 || name.size() > 100) {
    throw Error(ErrorKind::Validation, "organisations.search.length", "name search length");
  }
  std::vector<std::string> words;
  std::string word;
  for (const char c : text::foldCase(name) + " ") {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  std::vector<RegisterEntity> hits;
  for (const auto& [number, entity] : entities_) {
    if (entity.subunit) continue;
    const std::string folded = text::foldCase(entity.name);
    if (std::all_of(words.begin(), words.end(),
                    [&](const std::string& w) { return folded.find(w) != std::string::npos; })) {
      hits.push_back(entity);
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const RegisterEntity& a, const RegisterEntity& b) {
    const bool a_gone = a.flags.deleted_on.has_value(), b_gone = b.flags.deleted_on.has_value();
    return a_gone != b_gone ? b_gone : a.name < b.name;
  });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

std::vector<RegisterEntity> FixtureBrregClient::demoCompanies() const {
  std::vector<RegisterEntity> out;
  for (const auto& [number, entity] : entities_) {
    if (entity.name.ends_with(kDemoSuffix)) out.push_back(entity);
  }
  return out;
}

std::unique_ptr<const identity::organisations::BrregClient> clientForMode(std::string_view mode) {
  if (mode.empty() || mode == "fixture") return std::make_unique<FixtureBrregClient>();
  if (mode == "live") return std::make_unique<LiveBrregClient>();
  throw Error(ErrorKind::BadRequest, "brreg.error.mode", "MASSEFLYT_BRREG=" + std::string(mode));
}

}  // namespace masseflyt::brreg
