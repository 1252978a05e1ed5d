#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/masses/listings/domain/listing.hpp"
#include "modules/registry/addresses/app/address_lookup.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// Listings of masses (surpluses, needs, capacity): what the rest of the binary may use.
namespace masseflyt::masses::listings {

/// The permissions this part declares (register them with auth::registerPermissions).
std::span<const auth::PermissionDef> permissions();

/// Pages (/masser…) and API (/api/v1/masser…). `brreg` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer,
                    const identity::organisations::BrregClient& brreg,
                    const registry::addresses::AddressLookup& addresses);

/// What a mass handling plan line publishes (issue 5 item 5): one surplus or need of a project.
struct PlanLineListing {
  std::string plan_line_id;     ///< the key: the same line updates the same listing
  std::string kind;             ///< "overskudd" | "behov"
  std::string organisation_id;  ///< the owner (developer or contractor of the project)
  std::string project_id;       ///< where the mass is; the listing takes its position
  std::string fraction_key;
  std::int64_t quantity_kg = 0;
  std::string period_from;  ///< YYYY-MM-DD
  std::string period_to;
  std::string title;
  std::vector<Phase> phases = {};  ///< optional; must sum to quantity_kg
  std::string actor_label;         ///< shown in the history, e.g. "Massehåndteringsplan (Ola, Firma AS)"
};

/// Creates or updates the PUBLISHED listing of a plan line (with history), returns its id.
/// Error(Validation) for an unknown kind, fraction, project or owner, a bad period or quantity.
std::string upsertPlanLineListing(db::Database& database,
                                  const identity::organisations::BrregClient& brreg,
                                  const PlanLineListing& line);

/// Open listings (published, partly reserved) matching `filter`, with phases, for other parts
/// (the regional balance). Not paged: callers narrow with the filter.
std::vector<Listing> openListings(db::Database& database,
                                  const identity::organisations::BrregClient& brreg,
                                  const ListingFilter& filter);

/// The job queued (in the same transaction) each time a listing is published, for parts that act
/// on new listings (saved-search alerts). Payload {"listing_id":"…"}: ids only, never personal data.
inline constexpr std::string_view kPublishedJobKind = "masses.listing.published";
std::string publishedJobPayload(std::string_view listing_id);
/// The listing id of such a payload; nullopt when it is not one.
std::optional<std::string> listingIdOfPayload(std::string_view payload);

/// Demo seeder "masses.listings": surpluses, needs and capacity over 2026–2032 at the demo
/// projects and sites (run after the registry seeders). Idempotent; returns the number created.
int seedDemoListings(db::Database& database, const identity::organisations::BrregClient& demo_register);

}  // namespace masseflyt::masses::listings
