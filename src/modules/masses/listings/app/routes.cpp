#include <memory>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/masses/listings/api/listing_api.hpp"
#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/listings/app/listing_service.hpp"
#include "modules/masses/listings/app/registry_places.hpp"
#include "modules/masses/listings/permissions.hpp"
#include "modules/masses/listings/web/listing_pages.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::masses::listings {
namespace {

// A service that owns its Places adapter (the adapter outlives every request through it).
std::shared_ptr<const ListingService> makeService(db::Database& database,
                                                  const identity::organisations::BrregClient& brreg) {
  std::shared_ptr<const Places> places = makeRegistryPlaces(database, brreg);
  return std::shared_ptr<const ListingService>(new ListingService(database, *places),
                                               [places](const ListingService* s) { delete s; });
}

}  // namespace

std::span<const auth::PermissionDef> permissions() { return kPermissions; }

void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg,
                    const registry::addresses::AddressLookup& addresses) {
  auto service = makeService(database, brreg);
  registerPageRoutes(router, service, renderer, addresses);
  registerApiRoutes(router, service);
}

std::string upsertPlanLineListing(db::Database& database, const identity::organisations::BrregClient& brreg,
                                  const PlanLineListing& line) {
  const auto service = makeService(database, brreg);
  std::vector<FieldError> errors;
  Listing l;
  const auto kind = parseKind(line.kind);
  if (!kind || *kind == Kind::Capacity) errors.push_back({"type", "masses.listing.error.kind"});
  const auto* fraction = fractions::catalog().find(line.fraction_key);
  if (fraction == nullptr) errors.push_back({"fraksjon", "masses.listing.error.fraction"});
  if (line.quantity_kg <= 0) errors.push_back({"mengde", "masses.listing.error.quantity"});
  if (!validDate(line.period_from)) errors.push_back({"periode_fra", "masses.listing.error.date"});
  if (!validDate(line.period_to) || line.period_to < line.period_from) {
    errors.push_back({"periode_til", "masses.listing.error.period_order"});
  }
  const auto project = service->places().project(line.project_id);
  if (!project) errors.push_back({"prosjekt", "masses.listing.error.project"});
  if (line.title.empty() || line.title.size() > 200) errors.push_back({"tittel", "masses.listing.error.title"});
  std::int64_t phase_sum = 0;
  for (const auto& p : line.phases) phase_sum += p.quantity_kg;
  if (!line.phases.empty() && phase_sum != line.quantity_kg) {
    errors.push_back({"faser", "masses.listing.error.phase_sum"});
  }
  if (!errors.empty()) throw Error(ErrorKind::Validation, "masses.listing.error.invalid", {}, std::move(errors));
  l.kind = *kind;
  l.status = Status::Published;
  l.organisation_id = line.organisation_id;
  l.project_id = project->id;
  l.title = line.title;
  l.fraction_key = fraction->key;
  l.fraction_group = fraction->group;
  l.catalog_version = fractions::catalog().version;
  l.entered.unit = fractions::Unit::Tonnes;
  l.entered.kg = line.quantity_kg;
  l.quantity_kg = line.quantity_kg;
  l.factors = fraction->factors;
  l.period_from = line.period_from;
  l.period_to = line.period_to;
  l.lat = project->lat;
  l.lon = project->lon;
  l.municipality_number = project->municipality_number;
  l.place_name = project->name;
  l.plan_line_id = line.plan_line_id;
  l.phases = line.phases;
  return service->upsertTrusted(std::move(l), line.actor_label.empty() ? "Massehåndteringsplan" : line.actor_label);
}

std::vector<Listing> openListings(db::Database& database, const identity::organisations::BrregClient& brreg,
                                  const ListingFilter& filter) {
  const auto service = makeService(database, brreg);
  auto page = service->search(filter, SortOrder::Date, 0, -1);
  std::vector<Listing> out;
  out.reserve(page.items.size());
  for (auto& item : page.items) out.push_back(std::move(item.listing));
  return out;
}

}  // namespace masseflyt::masses::listings
