// The JSON bodies API callers send to the registers and the market: sites and permits, projects
// and approvals, carriers and vehicles, providers, listings, mass handling plans, saved searches.
// Wrongly typed members must become a 400 or field errors, never anything else.
#include "modules/masses/listings/api/listing_json.hpp"
#include "modules/masses/plans/api/plan_json.hpp"
#include "modules/masses/searches/api/search_json.hpp"
#include "modules/registry/carriers/api/carrier_json.hpp"
#include "modules/registry/projects/api/project_json.hpp"
#include "modules/registry/providers/api/provider_json.hpp"
#include "modules/registry/sites/api/site_json.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace masseflyt;
  const auto body = fuzz::bytes(data, size);
  fuzz::expectOnlyErrors([&] { (void)registry::sites::json::parseSiteBody(body); });
  fuzz::expectOnlyErrors([&] { (void)registry::sites::json::parsePermitBody(body); });
  fuzz::expectOnlyErrors([&] { (void)registry::projects::json::parseBody(body); });
  fuzz::expectOnlyErrors([&] { (void)registry::projects::json::parseApprovalBody(body); });
  fuzz::expectOnlyErrors([&] { (void)registry::carriers::json::parseCarrierBody(body); });
  fuzz::expectOnlyErrors([&] { (void)registry::carriers::json::parseVehicleBody(body); });
  fuzz::expectOnlyErrors([&] { (void)registry::carriers::json::parseDecisionBody(body); });
  fuzz::expectOnlyErrors([&] { (void)registry::providers::json::parseProviderBody(body); });
  fuzz::expectOnlyErrors([&] { (void)masses::listings::json::parseBody(body); });
  fuzz::expectOnlyErrors([&] { (void)masses::plans::json::parseSettings(body); });
  fuzz::expectOnlyErrors([&] { (void)masses::plans::json::parseLines(body); });
  fuzz::expectOnlyErrors([&] { (void)masses::searches::json::parseSearchBody(body); });
  return 0;
}
