#include "modules/masses/listings/domain/listing.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <numeric>
#include <set>

#include "platform/core/text.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::masses::listings {
namespace {

template <typename E>
struct Named {
  E value;
  std::string_view key;
  std::string_view label_key;
};

constexpr std::array<Named<Kind>, 3> kKinds{{
    {Kind::Surplus, "overskudd", "masses.listing.kind.overskudd"},
    {Kind::Need, "behov", "masses.listing.kind.behov"},
    {Kind::Capacity, "kapasitet", "masses.listing.kind.kapasitet"},
}};

constexpr std::array<Named<Status>, 5> kStatuses{{
    {Status::Draft, "utkast", "masses.listing.status.utkast"},
    {Status::Published, "publisert", "masses.listing.status.publisert"},
    {Status::PartlyReserved, "delvis_reservert", "masses.listing.status.delvis_reservert"},
    {Status::Fulfilled, "oppfylt", "masses.listing.status.oppfylt"},
    {Status::Withdrawn, "trukket", "masses.listing.status.trukket"},
}};

constexpr std::array<Named<PriceKind>, 5> kPriceKinds{{
    {PriceKind::None, "ingen", "masses.listing.price.ingen"},
    {PriceKind::PerTonne, "per_tonn", "masses.listing.price.per_tonn"},
    {PriceKind::PerCubicMetre, "per_m3", "masses.listing.price.per_m3"},
    {PriceKind::Free, "gratis", "masses.listing.price.gratis"},
    {PriceKind::PaysForReceipt, "betaler_for_mottak", "masses.listing.price.betaler_for_mottak"},
}};

template <typename E, std::size_t N>
const Named<E>* byValue(const std::array<Named<E>, N>& table, E value) {
  for (const auto& item : table) {
    if (item.value == value) return &item;
  }
  return nullptr;
}

template <typename E, std::size_t N>
std::optional<E> byKey(const std::array<Named<E>, N>& table, std::string_view key) {
  for (const auto& item : table) {
    if (item.key == key) return item.value;
  }
  return std::nullopt;
}

constexpr std::int64_t kMaxThousandths = 1'000'000'000'000'000;  // 10^12 t: far beyond any mass

// Products of two quantities need more than 64 bits; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Wide;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int daysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

// "YYYY-MM" or "YYYY-MM-DD" → "YYYY-MM-01"; "" when not a month.
std::string monthStart(std::string_view text) {
  if (text.size() == 10 && validDate(text)) return std::string(text.substr(0, 7)) + "-01";
  if (text.size() == 7 && validDate(std::string(text) + "-01")) return std::string(text) + "-01";
  return {};
}

void add(std::vector<FieldError>& errors, std::string_view field, std::string_view key) {
  for (const auto& e : errors) {
    if (e.field == field) return;  // one message per field is enough
  }
  errors.push_back({std::string(field), std::string(key)});
}

}  // namespace

std::string_view kindKey(Kind kind) { return byValue(kKinds, kind)->key; }
std::optional<Kind> parseKind(std::string_view key) { return byKey(kKinds, key); }
std::string_view kindLabelKey(Kind kind) { return byValue(kKinds, kind)->label_key; }
std::string_view statusKey(Status status) { return byValue(kStatuses, status)->key; }
std::optional<Status> parseStatus(std::string_view key) { return byKey(kStatuses, key); }
std::string_view statusLabelKey(Status status) { return byValue(kStatuses, status)->label_key; }
std::string_view priceKindKey(PriceKind kind) { return byValue(kPriceKinds, kind)->key; }
std::optional<PriceKind> parsePriceKind(std::string_view key) { return byKey(kPriceKinds, key); }
std::string_view priceKindLabelKey(PriceKind kind) { return byValue(kPriceKinds, kind)->label_key; }

std::int64_t remainingKg(const Listing& listing) {
  // Marked fulfilled or withdrawn, nothing is left to offer, whatever was reserved before.
  if (listing.status == Status::Fulfilled || listing.status == Status::Withdrawn) return 0;
  return std::max<std::int64_t>(0, listing.quantity_kg - listing.reserved_kg);
}

fractions::ConvertedQuantity converted(const Listing& listing) {
  return fractions::convert(listing.entered, listing.factors);
}

bool isPublic(Status status) { return status != Status::Draft && status != Status::Withdrawn; }

std::string searchText(const Listing& l) {
  const auto* fraction = fractions::catalog().find(l.fraction_key);
  return text::foldCase(l.title + "\n" + l.description + "\n" + (fraction ? fraction->name : l.fraction_key) +
                        "\n" + l.place_name);
}
bool isOpen(Status status) { return status == Status::Published || status == Status::PartlyReserved; }

bool allowed(Status status, Action action) {
  switch (status) {
    case Status::Draft:
      return action == Action::Edit || action == Action::Publish || action == Action::Withdraw;
    case Status::Published:
    case Status::PartlyReserved:
      return action != Action::Publish;
    case Status::Fulfilled:
    case Status::Withdrawn:
      return false;
  }
  return false;
}

void requireAllowed(Status status, Action action) {
  if (!allowed(status, action)) {
    throw Error(ErrorKind::Conflict, "masses.listing.error.transition", std::string(statusKey(status)));
  }
}

Status statusAfterReserve(const Listing& listing, std::int64_t reserved_kg) {
  if (reserved_kg < 0 || reserved_kg > listing.quantity_kg) {
    throw Error(ErrorKind::Validation, "masses.listing.error.invalid", {},
                {{"reservert", "masses.listing.error.reserved"}});
  }
  if (reserved_kg == 0) return Status::Published;
  if (reserved_kg == listing.quantity_kg) return Status::Fulfilled;
  return Status::PartlyReserved;
}

std::optional<std::int64_t> parseThousandths(std::string_view raw) {
  std::string text;
  for (char c : raw) {
    if (c == ' ' || c == '\t') continue;
    text += c;
  }
  // Non-breaking spaces as thousands separators (copied from our own pages).
  for (std::string nbsp = "\xC2\xA0"; text.find(nbsp) != std::string::npos;) {
    text.erase(text.find(nbsp), nbsp.size());
  }
  if (text.empty()) return std::nullopt;
  std::int64_t whole = 0;
  std::size_t i = 0;
  for (; i < text.size() && isDigit(text[i]); ++i) {
    whole = whole * 10 + (text[i] - '0');
    if (whole > kMaxThousandths / 1000) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  std::int64_t fraction = 0;
  if (i < text.size()) {
    if (text[i] != ',' && text[i] != '.') return std::nullopt;
    ++i;
    int digits = 0;
    for (; i < text.size() && isDigit(text[i]); ++i, ++digits) {
      if (digits >= 3) return std::nullopt;
      fraction = fraction * 10 + (text[i] - '0');
    }
    if (digits == 0 || i != text.size()) return std::nullopt;
    for (; digits < 3; ++digits) fraction *= 10;
  }
  return whole * 1000 + fraction;
}

std::optional<std::int64_t> parseKroner(std::string_view text) {
  const auto thousandths = parseThousandths(text);
  if (!thousandths || *thousandths % 10 != 0) return std::nullopt;
  return *thousandths / 10;
}

bool validDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!isDigit(t[i])) return false;
  }
  const int year = std::stoi(std::string(t.substr(0, 4)));
  const int month = std::stoi(std::string(t.substr(5, 2)));
  const int day = std::stoi(std::string(t.substr(8, 2)));
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
         day <= daysInMonth(year, month);
}

std::vector<std::int64_t> distribute(std::int64_t total, const std::vector<std::int64_t>& weights) {
  std::vector<std::int64_t> out(weights.size(), 0);
  const std::int64_t sum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
  if (sum <= 0 || weights.empty()) return out;
  std::vector<std::pair<Wide, std::size_t>> remainders;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Wide product = static_cast<Wide>(total) * weights[i];
    out[i] = static_cast<std::int64_t>(product / sum);
    given += out[i];
    remainders.emplace_back(product % sum, i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given) {
    ++out[remainders[k].second];
  }
  return out;
}

void applyListingInput(const ListingInput& input, Listing& listing) {
  std::vector<FieldError> errors = input.errors;
  Listing out = listing;

  if (const auto kind = parseKind(input.kind)) {
    out.kind = *kind;
  } else {
    add(errors, "type", "masses.listing.error.kind");
  }
  out.title = text::trim(input.title);
  if (out.title.empty()) add(errors, "tittel", "masses.listing.error.title");
  if (out.title.size() > 200) add(errors, "tittel", "masses.listing.error.title_long");
  out.description = text::trim(input.description);
  if (out.description.size() > 4000) add(errors, "beskrivelse", "masses.listing.error.description_long");

  const fractions::Fraction* fraction = fractions::catalog().find(input.fraction_key);
  if (fraction == nullptr) {
    add(errors, "fraksjon", "masses.listing.error.fraction");
  } else {
    out.fraction_key = fraction->key;
    out.fraction_group = fraction->group;
    out.catalog_version = fractions::catalog().version;
  }

  fractions::EnteredQuantity entered;
  const auto amount = parseThousandths(input.quantity);
  if (!amount || *amount <= 0) add(errors, "mengde", "masses.listing.error.quantity");
  if (input.unit == "tonn") {
    entered.unit = fractions::Unit::Tonnes;
    entered.kg = amount.value_or(0);
  } else if (input.unit == "m3") {
    entered.unit = fractions::Unit::CubicMetres;
    entered.dm3 = amount.value_or(0);
    if (const auto state = fractions::parseVolumeState(input.volume_state)) {
      entered.state = *state;
    } else {
      add(errors, "volumtilstand", "masses.listing.error.volume_state");
    }
  } else {
    add(errors, "enhet", "masses.listing.error.unit");
  }

  // Factors: the catalog's, or the owner's documented override.
  fractions::Factors factors = fraction != nullptr ? fraction->factors : fractions::Factors{};
  const bool override = !text::trim(input.density).empty() || !text::trim(input.swell).empty() ||
                        !text::trim(input.placed).empty();
  if (override) {
    const std::string source = text::trim(input.factor_source);
    if (source.size() < 5) add(errors, "faktor_kilde", "masses.listing.error.factor_source");
    if (!text::trim(input.density).empty()) {
      const auto density = parseThousandths(input.density);
      if (!density || *density % 1000 != 0 || *density < 500'000 || *density > 4'000'000) {
        add(errors, "tetthet", "masses.listing.error.density");
      } else {
        factors.density_kg_per_m3 = static_cast<std::int32_t>(*density / 1000);
      }
    }
    if (!text::trim(input.swell).empty()) {
      const auto swell = parseThousandths(input.swell);
      if (!swell || *swell < 1000 || *swell > 2500) {
        add(errors, "svellfaktor", "masses.listing.error.swell");
      } else {
        factors.swell_permille = static_cast<std::int32_t>(*swell);
      }
    }
    if (!text::trim(input.placed).empty()) {
      const auto placed = parseThousandths(input.placed);
      if (!placed || *placed < 500 || *placed > 2500) {
        add(errors, "komprimeringsfaktor", "masses.listing.error.placed");
      } else {
        factors.placed_permille = static_cast<std::int32_t>(*placed);
      }
    }
    factors.source = source;
  }

  fractions::ConvertedQuantity quantity;
  if (fraction != nullptr && amount && *amount > 0 && errors.empty()) {
    try {
      quantity = fractions::convert(entered, factors);
    } catch (const Error&) {
      add(errors, "mengde", "masses.listing.error.quantity");
    }
  }

  if (!validDate(input.period_from)) add(errors, "periode_fra", "masses.listing.error.date");
  if (!validDate(input.period_to)) add(errors, "periode_til", "masses.listing.error.date");
  if (validDate(input.period_from) && validDate(input.period_to) && input.period_from > input.period_to) {
    add(errors, "periode_til", "masses.listing.error.period_order");
  }

  const auto price_kind = parsePriceKind(input.price_kind.empty() ? "ingen" : input.price_kind);
  const std::string price_text = text::trim(input.price);
  std::optional<std::int64_t> price;
  if (!price_kind) {
    add(errors, "pris_type", "masses.listing.error.price_kind");
  } else if (*price_kind == PriceKind::PerTonne || *price_kind == PriceKind::PerCubicMetre) {
    price = parseKroner(price_text);
    if (!price) add(errors, "pris", price_text.empty() ? "masses.listing.error.price_required"
                                                        : "masses.listing.error.price");
  } else if (!price_text.empty()) {
    add(errors, "pris", "masses.listing.error.price_not_allowed");
  }

  if (!input.transport_by.empty() && input.transport_by != "eier" && input.transport_by != "motpart" &&
      input.transport_by != "avtales") {
    add(errors, "transport_ved", "masses.listing.error.transport_by");
  }

  // Phased profile: the phases are typed in the listing's unit and must sum to its quantity.
  std::vector<Phase> phases;
  if (!input.phase_granularity.empty() || !input.phases.empty()) {
    const std::string& granularity = input.phase_granularity;
    if (granularity != "maned" && granularity != "kvartal") {
      add(errors, "faser", "masses.listing.error.phase_granularity");
    } else if (input.phases.empty()) {
      add(errors, "faser", "masses.listing.error.phase_empty");
    } else if (input.phases.size() > kMaxPhases) {
      add(errors, "faser", "masses.listing.error.phase_count");
    } else {
      std::set<std::string> seen;
      std::vector<std::int64_t> weights;
      std::int64_t sum = 0;
      bool ok = true;
      for (const auto& [start_text, amount_text] : input.phases) {
        const std::string start = monthStart(text::trim(start_text));
        const auto phase_amount = parseThousandths(amount_text);
        if (start.empty() || !phase_amount || !seen.insert(start).second) {
          ok = false;
          break;
        }
        const int month = std::stoi(start.substr(5, 2));
        if (granularity == "kvartal" && (month - 1) % 3 != 0) {
          ok = false;
          break;
        }
        if (validDate(input.period_from) && validDate(input.period_to) &&
            (start < input.period_from.substr(0, 7) + "-01" || start > input.period_to)) {
          add(errors, "faser", "masses.listing.error.phase_outside");
          ok = false;
          break;
        }
        phases.push_back({start, granularity, 0});
        weights.push_back(*phase_amount);
        sum += *phase_amount;
      }
      if (!ok) {
        add(errors, "faser", "masses.listing.error.phase");
      } else if (amount && sum != *amount) {
        add(errors, "faser", "masses.listing.error.phase_sum");
      } else if (errors.empty()) {
        const auto parts = distribute(quantity.kg, weights);
        for (std::size_t i = 0; i < phases.size(); ++i) phases[i].quantity_kg = parts[i];
        std::sort(phases.begin(), phases.end(),
                  [](const Phase& a, const Phase& b) { return a.period_start < b.period_start; });
      }
    }
  }

  if (!errors.empty()) {
    throw Error(ErrorKind::Validation, "masses.listing.error.invalid", {}, std::move(errors));
  }
  out.entered = quantity.entered;
  out.quantity_kg = quantity.kg;
  out.factors = quantity.factors;
  out.factors_overridden = override;
  out.period_from = input.period_from;
  out.period_to = input.period_to;
  out.price_kind = *price_kind;
  out.price_ore = price;
  out.transport_needed = input.transport_needed;
  out.transport_by = input.transport_by;
  out.phases = std::move(phases);
  if (out.reserved_kg > out.quantity_kg) out.reserved_kg = out.quantity_kg;
  listing = std::move(out);
}

std::string thousandthsText(std::int64_t value) {
  std::string out = std::to_string(value / 1000);
  std::int64_t rest = value % 1000;
  if (rest != 0) {
    std::string digits = std::to_string(rest);
    digits.insert(0, 3 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    out += "," + digits;
  }
  return out;
}

ListingInput inputFromListing(const Listing& l) {
  ListingInput in;
  in.kind = std::string(kindKey(l.kind));
  in.title = l.title;
  in.description = l.description;
  in.fraction_key = l.fraction_key;
  if (l.entered.unit == fractions::Unit::CubicMetres) {
    in.unit = "m3";
    in.quantity = thousandthsText(l.entered.dm3);
    in.volume_state = std::string(fractions::volumeStateKey(l.entered.state));
  } else {
    in.unit = "tonn";
    in.quantity = thousandthsText(l.entered.kg);
  }
  in.period_from = l.period_from;
  in.period_to = l.period_to;
  in.price_kind = std::string(priceKindKey(l.price_kind));
  if (l.price_ore) in.price = thousandthsText(*l.price_ore * 10);
  in.transport_needed = l.transport_needed;
  in.transport_by = l.transport_by;
  if (l.factors_overridden) {
    in.density = std::to_string(l.factors.density_kg_per_m3);
    in.swell = thousandthsText(l.factors.swell_permille);
    in.placed = thousandthsText(l.factors.placed_permille);
    in.factor_source = l.factors.source;
  }
  if (!l.phases.empty()) {
    in.phase_granularity = l.phases.front().granularity;
    // Phases are stored in kg; typed back in the listing's unit, proportionally.
    const std::int64_t entered = l.entered.unit == fractions::Unit::CubicMetres ? l.entered.dm3 : l.entered.kg;
    std::vector<std::int64_t> weights;
    for (const auto& p : l.phases) weights.push_back(p.quantity_kg);
    const auto parts = distribute(entered, weights);
    for (std::size_t i = 0; i < l.phases.size(); ++i) {
      in.phases.emplace_back(l.phases[i].period_start.substr(0, 7), thousandthsText(parts[i]));
    }
  }
  return in;
}

bool requiresDsa(const fractions::Fraction& fraction) { return fraction.requires_dsa_permit; }

bool dsaAllows(Kind kind, const fractions::Fraction& fraction, bool site_has_dsa) {
  return kind != Kind::Capacity || !requiresDsa(fraction) || site_has_dsa;
}

bool periodsOverlap(std::string_view a_from, std::string_view a_to, std::string_view b_from,
                    std::string_view b_to) {
  return a_from <= b_to && b_from <= a_to;
}

bool matches(const Listing& l, const ListingFilter& f, std::optional<double> distance_m) {
  if (!f.kinds.empty() && std::find(f.kinds.begin(), f.kinds.end(), l.kind) == f.kinds.end()) return false;
  if (!f.fraction_keys.empty() &&
      std::find(f.fraction_keys.begin(), f.fraction_keys.end(), l.fraction_key) == f.fraction_keys.end()) {
    return false;
  }
  if (!f.fraction_group.empty() && l.fraction_group != f.fraction_group) return false;
  const std::int64_t remaining = remainingKg(l);
  if (f.min_kg && remaining < *f.min_kg) return false;
  if (f.max_kg && remaining > *f.max_kg) return false;
  if (!f.period_from.empty() || !f.period_to.empty()) {
    const std::string from = f.period_from.empty() ? "0000-01-01" : f.period_from;
    const std::string to = f.period_to.empty() ? "9999-12-31" : f.period_to;
    if (!periodsOverlap(l.period_from, l.period_to, from, to)) return false;
  }
  if (f.radius_m && f.near_lat && (!distance_m || *distance_m > *f.radius_m)) return false;
  if (!f.municipality_number.empty() && l.municipality_number != f.municipality_number) return false;
  if (!f.organisation_id.empty() && l.organisation_id != f.organisation_id) return false;
  if (!f.project_id.empty() && l.project_id != f.project_id) return false;
  if (f.statuses.empty()) {
    if (!isOpen(l.status) && !(f.include_drafts && l.status == Status::Draft)) return false;
  } else if (std::find(f.statuses.begin(), f.statuses.end(), l.status) == f.statuses.end()) {
    return false;
  }
  if (!f.search.empty()) {
    if (searchText(l).find(text::foldCase(f.search)) == std::string::npos) return false;
  }
  return true;
}

}  // namespace masseflyt::masses::listings
