#include "modules/masses/listings/api/listing_api.hpp"

#include <algorithm>

#include "modules/masses/listings/api/listing_json.hpp"
#include "modules/masses/listings/app/listing_query.hpp"
#include "modules/masses/listings/permissions.hpp"
#include "platform/api/pagination.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/history/changes_json.hpp"

namespace masseflyt::masses::listings {
namespace {

constexpr std::string_view kBase = "/api/v1/masser";
constexpr std::string_view kGeoJson = "application/geo+json";

bool wantsGeoJson(const http::Request& request) {
  if (const auto format = request.queryParam("format")) return *format == "geojson";
  const auto accept = request.header("Accept");
  return accept && accept->find(kGeoJson) != std::string_view::npos;
}

const auth::Principal& requirePerson(const http::Request& request) {
  auth::require(request, kEditPermission);
  return *request.principal;
}

std::string listingId(const http::Request& request) {
  const std::string id(request.pathParam("id"));
  if (!db::isUuid(id)) throw Error(ErrorKind::NotFound, "masses.listing.error.not_found");
  return id;
}

http::Response listListings(const ListingService& service, http::Request& request) {
  std::vector<FieldError> errors;
  for (const auto& [name, value] : request.queryParams()) {
    const bool known = name == "limit" || name == "cursor" || name == "format" ||
                       std::find(std::begin(kFilterParams), std::end(kFilterParams), name) != std::end(kFilterParams);
    if (!known) errors.push_back({name, "masses.listing.filter.unknown_parameter"});
  }
  if (const auto format = request.queryParam("format"); format && *format != "geojson" && *format != "json") {
    errors.push_back({"format", "masses.listing.filter.format_invalid"});
  }
  const auto search = readSearch(request, service.places(), errors);
  api::PageRequest page;
  try {
    page = api::parsePageRequest(request);
  } catch (const Error& error) {
    errors.insert(errors.end(), error.fields().begin(), error.fields().end());
  }
  // The cursor is the offset into the sorted result (distance ranking has no stable key).
  std::int64_t offset = 0;
  if (page.after) {
    if (const auto position = api::offsetFromCursorKey(*page.after)) {
      offset = *position;
    } else {
      errors.push_back({"cursor", "api.error.cursor"});
    }
  }
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  const auto limit = static_cast<std::int64_t>(page.limit);
  auto result = service.search(search.filter, search.sort, offset, limit);
  std::optional<std::string> next;
  if (offset + limit < result.total) next = api::encodeOffsetCursor(offset + limit);
  if (wantsGeoJson(request)) {
    auto response = http::Response::json(json::featureCollection(result.items, next));
    response.headers.set("Content-Type", std::string(kGeoJson));
    return response;
  }
  return http::Response::json(json::listingPage(result.items, result.total, next));
}

http::Response getListing(const ListingService& service, http::Request& request) {
  return http::Response::json(json::listing(service.get(listingId(request), request.principal.get())));
}

http::Response createListing(const ListingService& service, http::Request& request) {
  const auto& actor = requirePerson(request);
  const auto body = json::parseBody(request.body);
  const auto listing = service.create(actor, body.organisation, body.place, body.input, body.publish);
  auto response = http::Response::json(json::listing(service.get(listing.id, &actor)), 201);
  response.headers.set("Location", std::string(kBase) + "/" + listing.id);
  return response;
}

json::Body currentBody(const ListingView& current) {
  json::Body base;
  base.organisation = current.listing.organisation_id;
  base.input = inputFromListing(current.listing);
  const Listing& l = current.listing;
  base.place = {l.project_id, l.site_id, "", "", l.municipality_number, l.place_name};
  if (l.project_id.empty() && l.site_id.empty()) {
    base.place.lat = std::to_string(l.lat);
    base.place.lon = std::to_string(l.lon);
  }
  return base;
}

http::Response writeListing(const ListingService& service, http::Request& request, bool patch) {
  const auto& actor = requirePerson(request);
  const std::string id = listingId(request);
  const auto current = service.get(id, &actor);  // 404 before 422 for an unknown listing
  auto body = json::parseBody(request.body, patch ? currentBody(current) : json::Body{});
  if (!patch && body.input.phases.empty()) body.input.phase_granularity.clear();
  // A PATCH with only reservert_kg is the "set reserved" step; anything else is an edit first.
  const bool only_reserve = patch && body.reserved_kg && [&] {
    const auto stripped = json::parseBody(request.body, {});
    return stripped.input.kind.empty() && stripped.input.title.empty() && stripped.input.quantity.empty() &&
           stripped.input.fraction_key.empty() && stripped.input.period_from.empty() &&
           stripped.input.period_to.empty() && stripped.input.description.empty() &&
           stripped.input.price_kind.empty() && stripped.input.phases.empty();
  }();
  if (!only_reserve) service.update(actor, id, body.place, body.input);
  if (body.reserved_kg) service.reserve(actor, id, *body.reserved_kg);
  return http::Response::json(json::listing(service.get(id, &actor)));
}

http::Response putListing(const ListingService& service, http::Request& request) {
  return writeListing(service, request, false);
}
http::Response patchListing(const ListingService& service, http::Request& request) {
  return writeListing(service, request, true);
}

template <Listing (ListingService::*Step)(const auth::Principal&, std::string_view) const>
http::Response step(const ListingService& service, http::Request& request) {
  const auto& actor = requirePerson(request);
  const std::string id = listingId(request);
  (service.*Step)(actor, id);
  return http::Response::json(json::listing(service.get(id, &actor)));
}

http::Response listingHistory(const ListingService& service, http::Request& request) {
  const auto view = service.get(listingId(request), request.principal.get());
  return http::Response::json(history::entriesJson(service.history(view.listing.id)));
}

using Endpoint = http::Response (*)(const ListingService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const ListingService>& service, http::Method method,
         std::string_view suffix, Endpoint endpoint) {
  router.add({method, std::string(kBase) + std::string(suffix), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const ListingService> service) {
  add(router, service, http::Method::Get, "", &listListings);
  add(router, service, http::Method::Post, "", &createListing);
  add(router, service, http::Method::Get, "/{id}", &getListing);
  add(router, service, http::Method::Put, "/{id}", &putListing);
  add(router, service, http::Method::Patch, "/{id}", &patchListing);
  add(router, service, http::Method::Post, "/{id}/publiser", &step<&ListingService::publish>);
  add(router, service, http::Method::Post, "/{id}/trekk", &step<&ListingService::withdraw>);
  add(router, service, http::Method::Post, "/{id}/oppfylt", &step<&ListingService::fulfil>);
  add(router, service, http::Method::Get, "/{id}/historikk", &listingHistory);
}

}  // namespace masseflyt::masses::listings
