#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "modules/registry/addresses/app/address_lookup.hpp"
#include "platform/core/embedded_file.hpp"

namespace masseflyt {
/// The files under src/integrations/kartverket/fixtures/ ("fixtures/sok/ingen-treff.json").
std::span<const EmbeddedFile> embeddedKartverketFixtures();
}  // namespace masseflyt

namespace masseflyt::kartverket {

/// The address register from recorded (and, for Bærum, constructed) answers: see
/// fixtures/README.md. Every file is parsed at construction, so a broken fixture fails at start-up.
class FixtureAddressClient final : public registry::addresses::AddressLookup {
 public:
  FixtureAddressClient();

  registry::addresses::AddressHits search(std::string_view text,
                                          std::optional<std::string> municipality_number,
                                          int limit) const override;
  registry::addresses::AddressHits nearby(geo::LatLon point, int radius_m, int limit) const override;

  /// Every address the fixtures hold (deduplicated), in file order.
  const std::vector<registry::addresses::Address>& addresses() const { return addresses_; }

 private:
  std::vector<registry::addresses::Address> addresses_;
};

/// The client for config integrations.kartverket_mode: "fixture" (default) or "live".
/// Throws Error(BadRequest, "kartverket.error.mode") for anything else.
std::unique_ptr<const registry::addresses::AddressLookup> clientForMode(std::string_view mode);

}  // namespace masseflyt::kartverket
