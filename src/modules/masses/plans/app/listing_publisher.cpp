#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/plans/app/plan_service.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::masses::plans {

// The one seam to the listings part: a plan line becomes (or updates) a published listing keyed
// by the line's id, owned by the project's developer and placed at the project.
std::string publishLineListing(db::Database& database, const identity::organisations::BrregClient& brreg,
                               const Plan& plan, const PlanLine& line,
                               const registry::projects::ProjectRef& project, const std::string& actor_label) {
  const auto* fraction = fractions::catalog().find(line.fraction_key);
  std::string title = (fraction != nullptr ? fraction->name : line.fraction_key) + " – " + project.name;
  if (!line.phase.empty()) title += " (" + line.phase + ")";
  // Listings take at most 200 bytes of title; cut on a UTF-8 character boundary.
  if (title.size() > 200) {
    title.resize(200);
    while (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80) title.pop_back();
    if (!title.empty() && (static_cast<unsigned char>(title.back()) & 0x80) != 0) title.pop_back();
  }
  listings::PlanLineListing listing;
  listing.plan_line_id = line.id;
  listing.kind = std::string(lineKindKey(line.kind));
  listing.organisation_id = plan.organisation_id;
  listing.project_id = project.id;
  listing.fraction_key = line.fraction_key;
  listing.quantity_kg = line.quantity_kg;
  listing.period_from = line.period_from;
  listing.period_to = line.period_to;
  listing.title = std::move(title);
  listing.actor_label = i18n::catalog().format("masses.plans.listing_actor", {{"organisation", actor_label}});
  return listings::upsertPlanLineListing(database, brreg, listing);
}

}  // namespace masseflyt::masses::plans
