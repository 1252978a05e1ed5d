#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/listings/app/places.hpp"
#include "modules/masses/listings/domain/listing.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/history/change_history.hpp"

// The use cases of listings. Every write checks masses.listing.edit for the owning organisation
// (auth::allowed, the one check) and writes the change history in the same transaction.
// Thread-safe.
namespace masseflyt::masses::listings {

/// A listing with what lists, maps and the API show beside it.
struct ListingView {
  Listing listing;
  Owner owner;
  std::string project_name;  ///< "" when none
  std::string site_name;     ///< "" when none
  /// The site's permit status today ("gyldig", …, "mangler"), its text and tag colour; "" when
  /// the listing is not at a site.
  std::string site_permit_status;
  std::string site_permit_status_text;
  std::string site_permit_status_color;
  std::optional<double> distance_m;  ///< from the search origin, when there is one
};

/// Where a listing is: a project or a site of the owner, or a point in a municipality.
struct PlaceInput {
  std::string project_id, site_id, lat, lon, municipality_number, place_name;
};

class ListingService {
 public:
  ListingService(db::Database& database, const Places& places);

  struct Page {
    std::vector<ListingView> items;
    std::int64_t total = 0;
  };
  /// Sorting by distance needs the filter's origin (Date otherwise). With an origin every item
  /// carries its distance; with a radius only those within it are returned.
  Page search(const ListingFilter& filter, SortOrder sort, std::int64_t offset, std::int64_t limit) const;

  /// Error(NotFound) when absent, or when it is a draft and `viewer` may not edit it.
  ListingView get(std::string_view id, const auth::Principal* viewer) const;
  std::vector<history::ChangeEntry> history(std::string_view id) const;
  bool mayEdit(const auth::Principal* actor, const Listing& listing) const;
  /// The organisations `actor` may place listings for (verified memberships granting the edit
  /// permission; platform administrators: their memberships).
  std::vector<Owner> ownerChoices(const auth::Principal& actor) const;

  /// Creates a draft (or a published listing when `publish`). `organisation` is the owner's id or
  /// organisasjonsnummer. Error(Validation) with field errors (nothing stored), Error(Forbidden).
  Listing create(const auth::Principal& actor, std::string_view organisation, const PlaceInput& place,
                 const ListingInput& input, bool publish) const;
  Listing update(const auth::Principal& actor, std::string_view id, const PlaceInput& place,
                 const ListingInput& input) const;
  Listing publish(const auth::Principal& actor, std::string_view id) const;
  Listing withdraw(const auth::Principal& actor, std::string_view id) const;
  Listing fulfil(const auth::Principal& actor, std::string_view id) const;
  /// Sets the reserved quantity (kg); the status follows (statusAfterReserve).
  Listing reserve(const auth::Principal& actor, std::string_view id, std::int64_t reserved_kg) const;

  /// Trusted writers (seeding, mass handling plans): stores `listing` as given after validation
  /// of its place, with a history entry labelled `actor_label`. Creates or, when a listing with the
  /// same plan_line_id (or id) exists, updates it. Returns the id.
  std::string upsertTrusted(Listing listing, std::string_view actor_label) const;

  /// Fraction keys whose receivers need a DSA permit.
  static std::vector<std::string> dsaFractionKeys();

  db::Database& database() const { return database_; }
  const Places& places() const { return places_; }

 private:
  ListingView view(Listing listing) const;
  void resolvePlace(const PlaceInput& place, const std::string& organisation_id, Listing& listing,
                    std::vector<FieldError>& errors) const;
  void checkDsa(const Listing& listing) const;
  void requireEdit(const auth::Principal& actor, const std::string& organisation_id) const;
  Listing transition(const auth::Principal& actor, std::string_view id, Action action,
                     std::optional<std::int64_t> reserved_kg) const;

  db::Database& database_;
  const Places& places_;
};

/// Display text of each history-tracked field (label key, value), in form order.
std::vector<std::pair<std::string, std::string>> listingDisplayFields(const Listing& listing,
                                                                      std::string_view owner_name);
/// "12 500 t" for kg; "10 000 m³ pfm³" for dm³ in a state.
std::string formatKg(std::int64_t kg);
/// "85,50 kr" of øre.
std::string formatKroner(std::int64_t ore);

}  // namespace masseflyt::masses::listings
