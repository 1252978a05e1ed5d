#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/fractions/domain/quantity.hpp"
#include "platform/core/error.hpp"

// Listings of masses (issue 5 items 2–4): surpluses, needs and capacity. Plain data and pure rules
// shared by the service, the repository, the pages and the API. Quantities in kg / dm³, money in
// øre, dates "YYYY-MM-DD".
namespace masseflyt::masses::listings {

enum class Kind { Surplus, Need, Capacity };
enum class Status { Draft, Published, PartlyReserved, Fulfilled, Withdrawn };
enum class PriceKind { None, PerTonne, PerCubicMetre, Free, PaysForReceipt };

/// "overskudd", "behov", "kapasitet" (database and API keys).
std::string_view kindKey(Kind kind);
std::optional<Kind> parseKind(std::string_view key);
std::string_view kindLabelKey(Kind kind);
/// "utkast", "publisert", "delvis_reservert", "oppfylt", "trukket".
std::string_view statusKey(Status status);
std::optional<Status> parseStatus(std::string_view key);
std::string_view statusLabelKey(Status status);
/// "ingen", "per_tonn", "per_m3", "gratis", "betaler_for_mottak".
std::string_view priceKindKey(PriceKind kind);
std::optional<PriceKind> parsePriceKind(std::string_view key);
std::string_view priceKindLabelKey(PriceKind kind);

/// One step of a phased profile: a month ("maned") or a quarter ("kvartal") starting on
/// `period_start` ("YYYY-MM-01"; for quarters the first month of the quarter).
struct Phase {
  std::string period_start;
  std::string granularity;  ///< "maned" | "kvartal"
  std::int64_t quantity_kg = 0;
};

struct Listing {
  std::string id;
  Kind kind = Kind::Surplus;
  Status status = Status::Draft;
  std::string organisation_id;
  std::string project_id;  ///< "" when none
  std::string site_id;     ///< "" when none
  std::string title;
  std::string description;
  std::string fraction_key;
  std::string fraction_group;
  std::string catalog_version;
  fractions::EnteredQuantity entered;
  std::int64_t quantity_kg = 0;
  std::int64_t reserved_kg = 0;
  fractions::Factors factors;
  bool factors_overridden = false;
  std::string period_from;
  std::string period_to;
  PriceKind price_kind = PriceKind::None;
  std::optional<std::int64_t> price_ore;  ///< per tonne or per m³ (in the entered state)
  bool transport_needed = false;
  std::string transport_by;  ///< "" | "eier" | "motpart" | "avtales"
  double lat = 0;
  double lon = 0;
  std::string municipality_number;
  std::string place_name;
  std::string plan_line_id;  ///< "" when not from a mass handling plan
  bool is_demo = false;
  std::optional<std::int64_t> published_at;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  std::vector<Phase> phases;
};

/// quantity − reserved, never below zero; 0 once fulfilled or withdrawn.
std::int64_t remainingKg(const Listing& listing);
/// Every unit of the listing's quantity, computed with its stored factors.
fractions::ConvertedQuantity converted(const Listing& listing);
/// Published, partly reserved or fulfilled: what searches show. Drafts only their owners see;
/// a withdrawn listing drops out of searches but still opens by direct link, marked withdrawn.
bool isPublic(Status status);
/// The case-folded text a text search (`q`) looks in: title, description, fraction name and
/// place. Stored with the listing for the SQL search and used as is by `matches`, so a saved
/// search and the search page find the same listings.
std::string searchText(const Listing& listing);
/// Published or partly reserved: open for matching.
bool isOpen(Status status);

// ---- Status machine --------------------------------------------------------------------------

enum class Action { Edit, Publish, Withdraw, Fulfil, Reserve };

/// Whether `action` is allowed in `status` (who may do it is the service's permission check:
/// every action needs masses.listing.edit for the owning organisation).
///   utkast            → publisert (Publish), trukket (Withdraw); Edit
///   publisert         → delvis_reservert (Reserve > 0), oppfylt (Fulfil), trukket; Edit
///   delvis_reservert  → publisert (Reserve 0), oppfylt, trukket; Edit
///   oppfylt, trukket  → nothing (final)
bool allowed(Status status, Action action);
/// Throws Error(Conflict, "masses.listing.error.transition") when not allowed.
void requireAllowed(Status status, Action action);
/// The status after reserving `reserved_kg` of a published listing: 0 → publisert, the whole
/// quantity → oppfylt, in between → delvis_reservert. Error(Validation) with a field error
/// "reservert" when negative or above the quantity.
Status statusAfterReserve(const Listing& listing, std::int64_t reserved_kg);

// ---- Input and validation --------------------------------------------------------------------

/// At most this many phases in a phased profile: ten years by month.
inline constexpr std::size_t kMaxPhases = 120;

/// A listing as typed (form or API): text as given. Place (project/site/point) is resolved by the
/// service before validation and passed in `place_errors` when it failed.
struct ListingInput {
  std::string kind, title, description, fraction_key;
  std::string unit;      ///< "tonn" | "m3"
  std::string quantity;  ///< decimal text, "10 000" or "1200,5"
  std::string volume_state;  ///< "fast" | "los" | "anbrakt" when unit is m3
  std::string period_from, period_to;
  std::string price_kind, price;  ///< price in kroner, "85" or "85,50"
  bool transport_needed = false;
  std::string transport_by;
  // Owner's documented factor override (all three optional; source text required when any set).
  std::string density, swell, placed, factor_source;
  /// Phased profile: granularity "" (none), "maned" or "kvartal", and one (start, quantity text)
  /// per phase in the same unit as `quantity`.
  std::string phase_granularity;
  std::vector<std::pair<std::string, std::string>> phases;
  std::vector<FieldError> errors;  ///< parse/place errors found before validation
};

/// Fills the editable fields of `listing` (kind, title, description, fraction, quantity and
/// factors, period, price, transport, phases) from `input`, or throws Error(Validation,
/// "masses.listing.error.invalid") with one field error per bad field (nothing changed then).
/// Field names are the API's: type, tittel, fraksjon, enhet, mengde, volumtilstand, periode_fra,
/// periode_til, pris_type, pris, transport_ved, tetthet, svellfaktor, komprimeringsfaktor,
/// faktor_kilde, faser.
void applyListingInput(const ListingInput& input, Listing& listing);

/// The input that would reproduce `listing` (for PATCH and edit forms): quantities as decimal
/// text with a comma, factors only when overridden.
ListingInput inputFromListing(const Listing& listing);
/// "10000,5" of thousandths (no grouping; the parser's inverse).
std::string thousandthsText(std::int64_t value);

/// "10 000" / "1 200,5" / "0,25" → thousandths (tonnes → kg, m³ → dm³, kroner → øre×10); nullopt
/// for anything else (negative, more than three decimals, letters).
std::optional<std::int64_t> parseThousandths(std::string_view text);
/// Kroner with up to two decimals → øre.
std::optional<std::int64_t> parseKroner(std::string_view text);
/// "YYYY-MM-DD" that is a real date.
bool validDate(std::string_view text);

/// Splits `total_kg` over phases in proportion to `weights` (largest remainder), so the parts sum
/// exactly to the total.
std::vector<std::int64_t> distribute(std::int64_t total_kg, const std::vector<std::int64_t>& weights);

// ---- The DSA rule ----------------------------------------------------------------------------

/// Alum and black shale may only be received by a site with a valid "dsa" permit (deponi for
/// syredannende bergarter). A listing for a DSA fraction needs that only when it receives.
bool requiresDsa(const fractions::Fraction& fraction);
/// Whether a kapasitet listing of `fraction` may be offered at a site (`site_has_dsa`: the site
/// has a valid dsa permit today). Surpluses and needs are not receivers.
bool dsaAllows(Kind kind, const fractions::Fraction& fraction, bool site_has_dsa);

// ---- Search ----------------------------------------------------------------------------------

enum class SortOrder { Distance, Date, QuantityDesc, QuantityAsc, Newest };

/// The search filters of the page, the API and (later) saved searches. Empty members filter
/// nothing.
struct ListingFilter {
  std::vector<Kind> kinds;
  std::vector<std::string> fraction_keys;
  std::string fraction_group;
  std::optional<std::int64_t> min_kg, max_kg;  ///< remaining quantity range
  std::string period_from, period_to;          ///< overlap with [from, to]
  std::optional<double> near_lat, near_lon;    ///< distance origin
  std::optional<double> radius_m;
  std::string municipality_number;
  std::string organisation_id;
  std::vector<Status> statuses;  ///< empty: the public ones (publisert, delvis_reservert)
  std::string search;            ///< words in title, description, fraction, place
  std::string project_id;
  bool include_drafts = false;  ///< "Mine masser": the owner's own drafts too
  /// For a DSA fraction searched among receivers: only capacity at DSA-permitted sites.
  bool only_dsa_sites = false;
};

/// Whether `listing` satisfies the filter (the same rule the SQL applies, used by saved-search
/// alerts and to re-check SQL prefilters). `distance_m` is the distance from the filter's origin
/// when it has one.
bool matches(const Listing& listing, const ListingFilter& filter, std::optional<double> distance_m);

/// Whether two periods [a_from, a_to] and [b_from, b_to] overlap ("YYYY-MM-DD").
bool periodsOverlap(std::string_view a_from, std::string_view a_to, std::string_view b_from,
                    std::string_view b_to);

}  // namespace masseflyt::masses::listings
