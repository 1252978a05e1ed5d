#pragma once

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "integrations/brreg/brreg_parser.hpp"
#include "modules/identity/organisations/app/brreg_client.hpp"
#include "platform/core/embedded_file.hpp"

namespace masseflyt {
/// The files under src/integrations/brreg/fixtures/, paths relative to src/integrations/brreg/
/// ("fixtures/enheter/991825827.json").
std::span<const EmbeddedFile> embeddedBrregFixtures();
}  // namespace masseflyt

namespace masseflyt::brreg {

/// Enhetsregisteret from recorded responses, for tests and the offline demo: fixtures/enheter/
/// <orgnr>.json answers /enheter/<orgnr>, fixtures/underenheter/<orgnr>.json answers
/// /underenheter/<orgnr>, fixtures/roller/<orgnr>.json answers /enheter/<orgnr>/roller, any
/// other number is not found. Every file goes through the same
/// parser as live answers, at construction, so a broken fixture fails at start-up.
class FixtureBrregClient final : public identity::organisations::BrregClient {
 public:
  FixtureBrregClient();

  std::optional<identity::organisations::RegisterEntity> lookup(
      const std::string& orgnr) const override;
  /// fixtures/roller/<orgnr>.json when present, else no roles.
  std::vector<identity::organisations::RegisterRole> roles(const std::string& orgnr) const override;
  /// Emulates the register's name search over the recorded main entities: every word typed must
  /// occur in the name (case-insensitive, also æøå), deleted entities last, then by name.
  std::vector<identity::organisations::RegisterEntity> searchByName(
      const std::string& name, std::size_t limit) const override;

  /// The fictional demo companies (names ending in " (demo)"), by organisasjonsnummer.
  std::vector<identity::organisations::RegisterEntity> demoCompanies() const;

  /// The raw text of a fixture ("sok/enheter-ingen-treff.json"); nullopt if absent.
  static std::optional<std::string_view> file(std::string_view relative_path);

 private:
  std::map<std::string, identity::organisations::RegisterEntity, std::less<>> entities_;
};

/// The client for config::Config::brreg_mode: "fixture" (the default, so the demo and tests run
/// offline) or "live". Throws Error(BadRequest, "brreg.error.mode") for anything else.
std::unique_ptr<const identity::organisations::BrregClient> clientForMode(std::string_view mode);

}  // namespace masseflyt::brreg
