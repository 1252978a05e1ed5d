// Answers of the public registers the platform asks over the network: Enhetsregisteret,
// Kartverket's addresses, Statens vegvesen's vehicle data, NGU's and Miljødirektoratet's feature
// services. Every parser reads every input, so each one's seeds also exercise the others.
#include "integrations/brreg/brreg_parser.hpp"
#include "integrations/kartverket/kartverket_parser.hpp"
#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"
#include "integrations/ngu/ngu_parser.hpp"
#include "integrations/vegvesen/vegvesen_parser.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace masseflyt;
  const auto json = fuzz::bytes(data, size);
  fuzz::expectOnlyErrors([&] { (void)brreg::parseEntity(json, false); });
  fuzz::expectOnlyErrors([&] { (void)brreg::parseEntity(json, true); });
  fuzz::expectOnlyErrors([&] { (void)brreg::parseSearchPage(json); });
  fuzz::expectOnlyErrors([&] { (void)brreg::parseRoles(json); });
  fuzz::expectOnlyErrors([&] { (void)brreg::parseError(json); });
  fuzz::expectOnlyErrors([&] { (void)kartverket::parseAddresses(json); });
  fuzz::expectOnlyErrors([&] { (void)vegvesen::parseVehicleResponse(json); });
  fuzz::expectOnlyErrors([&] { (void)ngu::parseFeaturePage(json); });
  fuzz::expectOnlyErrors([&] { (void)miljodirektoratet::parseQueryPage(json); });
  return 0;
}
