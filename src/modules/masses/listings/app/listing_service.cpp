#include "modules/masses/listings/app/listing_service.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>
#include <set>

#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/listings/infra/listing_repository.hpp"
#include "modules/masses/listings/permissions.hpp"
#include "platform/core/calendar.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/db/uuid.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/history/acting_for.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/jobs/jobs.hpp"

namespace masseflyt::masses::listings {
namespace {

constexpr std::string_view kEntity = "masses_listing";

std::string label(std::string_view key) { return std::string(i18n::t(key)); }

std::vector<history::FieldChange> compareFields(const std::vector<std::pair<std::string, std::string>>& before,
                                                const std::vector<std::pair<std::string, std::string>>& after) {
  std::vector<history::FieldChange> out;
  for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
    if (before[i].second != after[i].second) out.push_back({before[i].first, before[i].second, after[i].second});
  }
  return out;
}

std::vector<history::FieldChange> asCreated(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::vector<history::FieldChange> out;
  for (const auto& [key, value] : fields) {
    if (!value.empty()) out.push_back({key, "", value});
  }
  return out;
}

std::string quantityText(const Listing& l) {
  if (l.entered.unit == fractions::Unit::CubicMetres) {
    return fractions::formatCubicMetres(l.entered.dm3, l.entered.state);
  }
  return fractions::formatTonnes(l.entered.kg);
}

std::string factorsText(const Listing& l) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "%d kg/m³, svelling %d,%03d, anbrakt %d,%03d",
                l.factors.density_kg_per_m3, l.factors.swell_permille / 1000, l.factors.swell_permille % 1000,
                l.factors.placed_permille / 1000, l.factors.placed_permille % 1000);
  return std::string(buffer) + " (" + l.factors.source + ")";
}

std::string phasesText(const Listing& l) {
  std::string out;
  for (const auto& p : l.phases) {
    if (!out.empty()) out += "; ";
    out += p.period_start.substr(0, 7) + ": " + fractions::formatTonnes(p.quantity_kg);
  }
  return out;
}

std::string priceText(const Listing& l) {
  std::string out = label(priceKindLabelKey(l.price_kind));
  if (l.price_ore) out += ": " + formatKroner(*l.price_ore);
  return out;
}

}  // namespace

std::string formatKg(std::int64_t kg) { return fractions::formatTonnes(kg); }

std::string formatKroner(std::int64_t ore) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld,%02lld\u00A0kr", static_cast<long long>(ore / 100),
                static_cast<long long>(ore % 100));
  return buffer;
}

std::vector<std::pair<std::string, std::string>> listingDisplayFields(const Listing& l,
                                                                      std::string_view owner_name) {
  const auto* fraction = fractions::catalog().find(l.fraction_key);
  const auto* municipality = geo::findMunicipality(l.municipality_number);
  return {
      {"masses.listing.field.owner", std::string(owner_name)},
      {"masses.listing.field.kind", label(kindLabelKey(l.kind))},
      {"masses.listing.field.status", label(statusLabelKey(l.status))},
      {"masses.listing.field.title", l.title},
      {"masses.listing.field.description", l.description},
      {"masses.listing.field.fraction", fraction != nullptr ? fraction->name : l.fraction_key},
      {"masses.listing.field.quantity", quantityText(l)},
      {"masses.listing.field.factors", factorsText(l)},
      {"masses.listing.field.reserved", l.reserved_kg > 0 ? formatKg(l.reserved_kg) : ""},
      {"masses.listing.field.period", l.period_from + " – " + l.period_to},
      {"masses.listing.field.phases", phasesText(l)},
      {"masses.listing.field.price", priceText(l)},
      {"masses.listing.field.transport",
       l.transport_by.empty() ? "" : label("masses.listing.transport." + l.transport_by)},
      {"masses.listing.field.place", l.place_name},
      {"masses.listing.field.municipality",
       municipality != nullptr ? std::string(municipality->name) : l.municipality_number},
      {"masses.listing.field.position", geo::formatLatLon({l.lat, l.lon})},
  };
}

ListingService::ListingService(db::Database& database, const Places& places)
    : database_(database), places_(places) {}

std::vector<std::string> ListingService::dsaFractionKeys() {
  std::vector<std::string> out;
  for (const auto& f : fractions::catalog().fractions) {
    if (requiresDsa(f)) out.push_back(f.key);
  }
  return out;
}

ListingView ListingService::view(Listing listing) const {
  ListingView out;
  if (auto owner = places_.owner(listing.organisation_id)) out.owner = *owner;
  if (!listing.project_id.empty()) {
    if (auto p = places_.project(listing.project_id)) out.project_name = p->name;
  }
  if (!listing.site_id.empty()) {
    if (auto s = places_.site(listing.site_id)) {
      out.site_name = s->name;
      out.site_permit_status = s->permit_status;
      out.site_permit_status_text = s->permit_status_text;
      out.site_permit_status_color = s->permit_status_color;
    }
  }
  out.listing = std::move(listing);
  return out;
}

namespace {
// The nearest-first search starts with 10 km and widens fourfold up to 2 560 km, beyond the
// length of Norway: at most five queries, and usually one.
constexpr double kFirstSearchRadiusM = 10'000;
constexpr double kWidestSearchRadiusM = 2'560'000;
}  // namespace

ListingService::Page ListingService::search(const ListingFilter& filter, SortOrder sort, std::int64_t offset,
                                            std::int64_t limit) const {
  auto lease = database_.lease();
  repository::DsaRule dsa;
  dsa.fraction_keys = dsaFractionKeys();
  const std::string day = calendar::today();
  for (const auto& site : repository::capacitySites(lease, dsa.fraction_keys)) {
    if (places_.siteHasDsaPermit(site, day)) dsa.permitted_sites.push_back(site);
  }
  const bool has_origin = filter.near_lat && filter.near_lon;
  const geo::LatLon origin{filter.near_lat.value_or(0), filter.near_lon.value_or(0)};
  if (!has_origin && sort == SortOrder::Distance) sort = SortOrder::Date;

  Page page;
  std::vector<Listing> rows;
  std::vector<std::optional<double>> distances;
  if (has_origin && (sort == SortOrder::Distance || filter.radius_m)) {
    // Distance ranking: the SQL narrows to the box around the radius, the exact distance and the
    // order are computed here.
    std::vector<std::pair<double, Listing>> candidates;
    const auto within = [&](const ListingFilter& box) {
      candidates.clear();
      for (auto& l : repository::search(lease, box, dsa, repository::SqlOrder::Id, 0, -1)) {
        const double d = geo::distanceMeters(origin, {l.lat, l.lon});
        if (d > *box.radius_m) continue;
        candidates.emplace_back(d, std::move(l));
      }
    };
    if (filter.radius_m) {
      within(filter);
    } else {
      // Nearest first without a radius: widen a circle until it holds the page asked for. The
      // listings inside a circle are exactly the nearest ones, so the page is right, and a search
      // near a busy place never loads the whole table. The total is counted without the circle.
      ListingFilter box = filter;
      const std::int64_t wanted = limit < 0 ? std::numeric_limits<std::int64_t>::max() : offset + limit;
      for (double radius = kFirstSearchRadiusM;; radius *= 4) {
        box.radius_m = radius;
        within(box);
        if (static_cast<std::int64_t>(candidates.size()) >= wanted || radius >= kWidestSearchRadiusM) break;
      }
    }
    auto by = [sort](const auto& a, const auto& b) {
      switch (sort) {
        case SortOrder::Date:
          if (a.second.period_from != b.second.period_from) return a.second.period_from < b.second.period_from;
          break;
        case SortOrder::QuantityDesc:
          if (remainingKg(a.second) != remainingKg(b.second)) return remainingKg(a.second) > remainingKg(b.second);
          break;
        case SortOrder::QuantityAsc:
          if (remainingKg(a.second) != remainingKg(b.second)) return remainingKg(a.second) < remainingKg(b.second);
          break;
        case SortOrder::Newest:
          if (a.second.updated_at != b.second.updated_at) return a.second.updated_at > b.second.updated_at;
          break;
        case SortOrder::Distance:
          break;
      }
      if (a.first != b.first) return a.first < b.first;
      return a.second.id < b.second.id;
    };
    std::sort(candidates.begin(), candidates.end(), by);
    page.total = filter.radius_m ? static_cast<std::int64_t>(candidates.size()) : repository::count(lease, filter, dsa);
    // The widest circle covers every position the validation lets in (Norway), so the circle
    // holds the total; bounded by what was loaded all the same, in case that ever changes.
    const auto loaded = static_cast<std::int64_t>(candidates.size());
    for (std::int64_t i = offset; i < page.total && i < loaded && (limit < 0 || i < offset + limit); ++i) {
      distances.push_back(candidates[static_cast<std::size_t>(i)].first);
      rows.push_back(std::move(candidates[static_cast<std::size_t>(i)].second));
    }
  } else {
    repository::SqlOrder order = repository::SqlOrder::Date;
    if (sort == SortOrder::QuantityDesc) order = repository::SqlOrder::QuantityDesc;
    if (sort == SortOrder::QuantityAsc) order = repository::SqlOrder::QuantityAsc;
    if (sort == SortOrder::Newest) order = repository::SqlOrder::Newest;
    page.total = repository::count(lease, filter, dsa);
    rows = repository::search(lease, filter, dsa, order, offset, limit);
    for (const auto& l : rows) {
      distances.push_back(has_origin ? std::optional<double>(geo::distanceMeters(origin, {l.lat, l.lon}))
                                     : std::nullopt);
    }
  }
  std::vector<std::string> ids;
  for (const auto& l : rows) ids.push_back(l.id);
  auto phases = repository::phasesFor(lease, ids);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    rows[i].phases = std::move(phases[rows[i].id]);
    auto v = view(std::move(rows[i]));
    v.distance_m = distances[i];
    page.items.push_back(std::move(v));
  }
  return page;
}

ListingView ListingService::get(std::string_view id, const auth::Principal* viewer) const {
  std::optional<Listing> listing;
  {
    auto lease = database_.lease();
    listing = repository::findListing(lease, std::string(id));
  }
  if (!listing || (listing->status == Status::Draft && !mayEdit(viewer, *listing))) {
    throw Error(ErrorKind::NotFound, "masses.listing.error.not_found");
  }
  return view(std::move(*listing));
}

std::vector<history::ChangeEntry> ListingService::history(std::string_view id) const {
  auto lease = database_.lease();
  return history::list(lease, kEntity, id);
}

bool ListingService::mayEdit(const auth::Principal* actor, const Listing& listing) const {
  return actor != nullptr && auth::allowed(actor, kEditPermission, listing.organisation_id);
}

std::vector<Owner> ListingService::ownerChoices(const auth::Principal& actor) const {
  std::vector<Owner> out;
  for (const auto& m : actor.memberships) {
    if (!m.verified || !auth::allowed(&actor, kEditPermission, m.organisation_id)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Owner& o) { return o.id == m.organisation_id; })) continue;
    out.push_back({m.organisation_id, m.organisation_number, m.organisation_name});
  }
  return out;
}

void ListingService::requireEdit(const auth::Principal& actor, const std::string& organisation_id) const {
  if (!auth::allowed(&actor, kEditPermission, organisation_id)) {
    throw Error(ErrorKind::Forbidden, "masses.listing.error.forbidden", std::string(kEditPermission));
  }
}

void ListingService::resolvePlace(const PlaceInput& place, const std::string& organisation_id, Listing& l,
                                  std::vector<FieldError>& errors) const {
  auto belongs = [&](const Place& p) {
    return std::find(p.organisation_ids.begin(), p.organisation_ids.end(), organisation_id) !=
           p.organisation_ids.end();
  };
  std::optional<Place> project, site;
  if (!place.project_id.empty()) {
    project = places_.project(place.project_id);
    if (!project || !belongs(*project)) {
      errors.push_back({"prosjekt", "masses.listing.error.project"});
      project.reset();
    }
  }
  if (!place.site_id.empty()) {
    site = places_.site(place.site_id);
    if (!site || !belongs(*site)) {
      errors.push_back({"anlegg", "masses.listing.error.site"});
      site.reset();
    }
  }
  l.project_id = project ? project->id : "";
  l.site_id = site ? site->id : "";
  if (const auto* located = site ? &*site : project ? &*project : nullptr) {
    l.lat = located->lat;
    l.lon = located->lon;
    l.municipality_number = located->municipality_number;
    l.place_name = located->name;
    return;
  }
  if (!place.project_id.empty() || !place.site_id.empty()) return;  // errors already given
  const std::string lat = text::trim(place.lat), lon = text::trim(place.lon);
  if (lat.empty() && lon.empty()) {
    errors.push_back({"posisjon", "masses.listing.error.place"});
    return;
  }
  const auto point = geo::parseLatLon(lat, lon);
  if (!point || !geo::withinNorway(*point)) {
    errors.push_back({"posisjon", "masses.listing.error.position"});
  } else {
    l.lat = point->lat;
    l.lon = point->lon;
  }
  const auto* municipality = geo::findMunicipality(text::trim(place.municipality_number));
  if (municipality == nullptr) {
    errors.push_back({"kommunenummer", "masses.listing.error.municipality"});
    return;
  }
  l.municipality_number = std::string(municipality->number);
  l.place_name = text::trim(place.place_name).empty() ? std::string(municipality->name) : text::trim(place.place_name);
  if (l.place_name.size() > 200) l.place_name.resize(200);
}

void ListingService::checkDsa(const Listing& l) const {
  const auto* fraction = fractions::catalog().find(l.fraction_key);
  if (fraction == nullptr) return;
  const bool has = !l.site_id.empty() && places_.siteHasDsaPermit(l.site_id, calendar::today());
  if (!dsaAllows(l.kind, *fraction, has)) {
    throw Error(ErrorKind::Validation, "masses.listing.error.invalid", {},
                {{"anlegg", "masses.listing.error.dsa"}});
  }
}

Listing ListingService::create(const auth::Principal& actor, std::string_view organisation,
                               const PlaceInput& place, const ListingInput& input, bool publish) const {
  auto owner = places_.owner(organisation);
  if (!owner) owner = places_.ownerByNumber(organisation);
  ListingInput checked = input;
  Listing listing;
  if (!owner) {
    checked.errors.insert(checked.errors.begin(), {"organisasjon", "masses.listing.error.owner"});
    applyListingInput(checked, listing);  // throws with every field error at once
  }
  requireEdit(actor, owner->id);
  resolvePlace(place, owner->id, listing, checked.errors);
  applyListingInput(checked, listing);
  checkDsa(listing);
  listing.id = db::newUuidV7();
  listing.organisation_id = owner->id;
  listing.created_at = listing.updated_at = db::nowEpochMs();
  if (publish) {
    listing.status = Status::Published;
    listing.published_at = listing.created_at;
  }
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertListing(lease, listing, searchText(listing));
  history::record(lease, kEntity, listing.id, actor.user_id, history::actingFor(actor, owner->id), "created",
                  asCreated(listingDisplayFields(listing, owner->name)));
  if (publish) jobs::enqueue(lease, kPublishedJobKind, publishedJobPayload(listing.id));
  transaction.commit();
  return listing;
}

Listing ListingService::update(const auth::Principal& actor, std::string_view id, const PlaceInput& place,
                               const ListingInput& input) const {
  const auto current = get(id, &actor);
  requireEdit(actor, current.listing.organisation_id);
  requireAllowed(current.listing.status, Action::Edit);
  Listing listing = current.listing;
  ListingInput checked = input;
  resolvePlace(place, listing.organisation_id, listing, checked.errors);
  applyListingInput(checked, listing);
  checkDsa(listing);
  if (listing.reserved_kg > 0) listing.status = statusAfterReserve(listing, listing.reserved_kg);
  listing.updated_at = db::nowEpochMs();
  const auto changes = compareFields(listingDisplayFields(current.listing, current.owner.name),
                                     listingDisplayFields(listing, current.owner.name));
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateListing(lease, listing, searchText(listing));
  history::record(lease, kEntity, listing.id, actor.user_id, history::actingFor(actor, listing.organisation_id),
                  "updated", changes);
  transaction.commit();
  return listing;
}

Listing ListingService::transition(const auth::Principal& actor, std::string_view id, Action action,
                                   std::optional<std::int64_t> reserved_kg) const {
  const auto current = get(id, &actor);
  requireEdit(actor, current.listing.organisation_id);
  requireAllowed(current.listing.status, action);
  Listing listing = current.listing;
  std::string what;
  switch (action) {
    case Action::Publish:
      checkDsa(listing);
      listing.status = Status::Published;
      listing.published_at = db::nowEpochMs();
      what = "published";
      break;
    case Action::Withdraw:
      listing.status = Status::Withdrawn;
      what = "withdrawn";
      break;
    case Action::Fulfil:
      listing.status = Status::Fulfilled;
      what = "fulfilled";
      break;
    case Action::Reserve:
      listing.status = statusAfterReserve(listing, reserved_kg.value_or(-1));
      listing.reserved_kg = *reserved_kg;
      what = "reserved";
      break;
    case Action::Edit:
      break;
  }
  listing.updated_at = db::nowEpochMs();
  auto changes = compareFields(listingDisplayFields(current.listing, current.owner.name),
                               listingDisplayFields(listing, current.owner.name));
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateListing(lease, listing, searchText(listing));
  history::record(lease, kEntity, listing.id, actor.user_id, history::actingFor(actor, listing.organisation_id), what,
                  changes);
  // Queued with the change, so alerts go out exactly when the publication is committed.
  if (action == Action::Publish) jobs::enqueue(lease, kPublishedJobKind, publishedJobPayload(listing.id));
  transaction.commit();
  return listing;
}

Listing ListingService::publish(const auth::Principal& actor, std::string_view id) const {
  return transition(actor, id, Action::Publish, std::nullopt);
}
Listing ListingService::withdraw(const auth::Principal& actor, std::string_view id) const {
  return transition(actor, id, Action::Withdraw, std::nullopt);
}
Listing ListingService::fulfil(const auth::Principal& actor, std::string_view id) const {
  return transition(actor, id, Action::Fulfil, std::nullopt);
}
Listing ListingService::reserve(const auth::Principal& actor, std::string_view id, std::int64_t reserved_kg) const {
  return transition(actor, id, Action::Reserve, reserved_kg);
}

std::string ListingService::upsertTrusted(Listing listing, std::string_view actor_label) const {
  const auto owner = places_.owner(listing.organisation_id);
  if (!owner) throw Error(ErrorKind::Validation, "masses.listing.error.owner");
  if (listing.quantity_kg <= 0) throw Error(ErrorKind::Validation, "masses.listing.error.quantity");
  checkDsa(listing);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  std::optional<Listing> existing;
  if (!listing.plan_line_id.empty()) existing = repository::findByPlanLine(lease, listing.plan_line_id);
  if (!existing && !listing.id.empty()) existing = repository::findListing(lease, listing.id);
  const std::int64_t now = db::nowEpochMs();
  // Saved searches hear of a listing when it first becomes public, whoever published it; a plan
  // published again updates its listings without alerting twice. Demo data alerts nobody: it is
  // seeded, not published, and nobody should get e-mail about invented masses.
  const bool becomes_public =
      !listing.is_demo && isPublic(listing.status) && !(existing && isPublic(existing->status));
  if (existing) {
    listing.id = existing->id;
    listing.created_at = existing->created_at;
    listing.reserved_kg = std::min(existing->reserved_kg, listing.quantity_kg);
    if (!listing.published_at) listing.published_at = existing->published_at;
    listing.updated_at = now;
    const auto changes = compareFields(listingDisplayFields(*existing, owner->name),
                                       listingDisplayFields(listing, owner->name));
    repository::updateListing(lease, listing, searchText(listing));
    history::record(lease, kEntity, listing.id, "", actor_label, "updated", changes);
  } else {
    if (listing.id.empty()) listing.id = db::newUuidV7();
    if (listing.created_at == 0) listing.created_at = now;
    listing.updated_at = now;
    if (isPublic(listing.status) && !listing.published_at) listing.published_at = now;
    repository::insertListing(lease, listing, searchText(listing));
    history::record(lease, kEntity, listing.id, "", actor_label, "created",
                    asCreated(listingDisplayFields(listing, owner->name)));
  }
  if (becomes_public) jobs::enqueue(lease, kPublishedJobKind, publishedJobPayload(listing.id));
  transaction.commit();
  return listing.id;
}

}  // namespace masseflyt::masses::listings
