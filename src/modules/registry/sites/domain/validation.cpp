#include "modules/registry/sites/domain/validation.hpp"

#include <algorithm>
#include <limits>

#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/sites/domain/permit_status.hpp"
#include "platform/core/text.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::registry::sites {
namespace {

// Length in characters (UTF-8 code points), as users count.
std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool hasControl(const std::string& text, bool allow_newlines) {
  return std::any_of(text.begin(), text.end(), [&](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (allow_newlines && (c == '\n' || c == '\r' || c == '\t')) return false;
    return u < 0x20 || u == 0x7F;
  });
}

struct Checker {
  std::vector<FieldError> errors;
  void add(std::string field, std::string key) {
    for (const auto& e : errors) {
      if (e.field == field) return;  // one message per field: the first problem found
    }
    errors.push_back({std::move(field), std::move(key)});
  }
  std::string text(const std::string& value, const std::string& field, std::size_t max,
                   bool required, bool multiline = false) {
    const std::string out = text::trim(value);
    if (required && out.empty()) {
      add(field, "registry.site.error.required." + field);
    } else if (characters(out) > max) {
      add(field, "registry.site.error.too_long." + std::to_string(max));
    } else if (hasControl(out, multiline)) {
      add(field, "registry.site.error.control");
    }
    return out;
  }
};

std::vector<std::string> fractionList(const std::vector<std::string>& keys, Checker& check,
                                      const std::string& field) {
  std::vector<std::string> out;
  for (const auto& raw : keys) {
    const std::string key = text::trim(raw);
    if (key.empty()) continue;
    if (findFractionGroup(key) == nullptr) {
      check.add(field, "registry.site.error.fraction");
      continue;
    }
    if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
  }
  // Stored in catalog order so lists and history read the same everywhere.
  std::vector<std::string> ordered;
  for (const auto& group : fractionGroups()) {
    if (std::find(out.begin(), out.end(), group.key) != out.end()) ordered.emplace_back(group.key);
  }
  return ordered;
}

bool plausibleEmail(const std::string& email) {
  const auto at = email.find('@');
  return at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos &&
         email.find('.', at) != std::string::npos && email.back() != '.' &&
         email.find(' ') == std::string::npos;
}

bool plausiblePhone(const std::string& phone) {
  int digits = 0;
  for (const char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 5 && digits <= 15;
}

bool httpUrl(const std::string& url) {
  const auto starts = [&](std::string_view prefix) {
    return url.size() > prefix.size() + 2 && url.compare(0, prefix.size(), prefix) == 0;
  };
  return (starts("https://") || starts("http://")) && url.find(' ') == std::string::npos;
}

constexpr std::int64_t kMaxKg = 1'000'000'000'000;  // a million tonnes a thousand times over

}  // namespace

void applySiteInput(const SiteInput& input, Site& site) {
  Checker check;
  for (const auto& e : input.errors) check.add(e.field, e.message_key);
  Site out = site;
  out.kind = text::trim(input.kind);
  if (out.kind.empty()) {
    check.add("kategori", "registry.site.error.required.kategori");
  } else if (findSiteKind(out.kind) == nullptr) {
    check.add("kategori", "registry.site.error.kind");
  }
  out.name = check.text(input.name, "navn", 200, true);
  out.description = check.text(input.description, "beskrivelse", 1000, false, true);
  out.address = check.text(input.address, "adresse", 200, false);
  const std::string lat = text::trim(input.lat);
  const std::string lon = text::trim(input.lon);
  if (lat.empty() || lon.empty()) {
    if (lat.empty()) check.add("lat", "registry.site.error.required.lat");
    if (lon.empty()) check.add("lon", "registry.site.error.required.lon");
  } else if (const auto point = geo::parseLatLon(lat, lon); !point) {
    check.add("lat", "registry.site.error.latlon");
  } else if (!geo::withinNorway(*point)) {
    check.add("lat", "registry.site.error.outside_norway");
  } else {
    out.lat = point->lat;
    out.lon = point->lon;
  }
  const std::string area = text::trim(input.area_geojson);
  out.area_geojson.clear();
  if (!area.empty()) {
    if (area.size() > 60000) {
      check.add("omrade", "registry.site.error.area");
    } else if (auto normalised = normaliseArea(area)) {
      out.area_geojson = std::move(*normalised);
    } else {
      check.add("omrade", "registry.site.error.area");
    }
  }
  out.municipality_number = text::trim(input.municipality_number);
  if (out.municipality_number.empty()) {
    check.add("kommunenummer", "registry.site.error.required.kommunenummer");
  } else if (!geo::validMunicipalityNumber(out.municipality_number)) {
    check.add("kommunenummer", "registry.site.error.municipality");
  }
  out.opening_hours = check.text(input.opening_hours, "apningstider", 300, false, true);
  out.contact_name = check.text(input.contact_name, "kontakt_navn", 200, false);
  out.contact_phone = check.text(input.contact_phone, "kontakt_telefon", 30, false);
  if (!out.contact_phone.empty() && !plausiblePhone(out.contact_phone)) {
    check.add("kontakt_telefon", "registry.site.error.phone");
  }
  out.contact_email = check.text(input.contact_email, "kontakt_epost", 254, false);
  if (!out.contact_email.empty() && !plausibleEmail(out.contact_email)) {
    check.add("kontakt_epost", "registry.site.error.email");
  }
  out.fraction_groups = fractionList(input.fraction_groups, check, "fraksjonsgrupper");
  const auto quantity = [&](const std::optional<std::int64_t>& value, const char* field) {
    if (value && (*value < 0 || *value > kMaxKg)) check.add(field, "registry.site.error.quantity");
    return value;
  };
  out.capacity_kg_per_year = quantity(input.capacity_kg_per_year, "kapasitet_kg_per_ar");
  out.remaining_kg = quantity(input.remaining_kg, "ledig_kapasitet_kg");
  if (out.remaining_kg && out.capacity_kg_per_year && *out.remaining_kg > *out.capacity_kg_per_year) {
    check.add("ledig_kapasitet_kg", "registry.site.error.remaining_above_capacity");
  }
  out.fee_ore_per_tonne = input.fee_ore_per_tonne;
  if (out.fee_ore_per_tonne && (*out.fee_ore_per_tonne < 0 || *out.fee_ore_per_tonne > 100'000'000)) {
    check.add("gebyr_ore_per_tonn", "registry.site.error.fee");
  }
  out.publish_fees = input.publish_fees;
  if (!check.errors.empty()) {
    throw Error(ErrorKind::Validation, "registry.site.error.invalid", {}, std::move(check.errors));
  }
  site = std::move(out);
}

void applyPermitInput(const PermitInput& input, Permit& permit) {
  Checker check;
  for (const auto& e : input.errors) check.add(e.field, e.message_key);
  Permit out = permit;
  out.type = text::trim(input.type);
  if (out.type.empty()) {
    check.add("type", "registry.permit.error.required.type");
  } else if (findPermitType(out.type) == nullptr) {
    check.add("type", "registry.permit.error.type");
  }
  out.authority = text::trim(input.authority);
  if (out.authority.empty()) {
    check.add("myndighet", "registry.permit.error.required.myndighet");
  } else if (characters(out.authority) > 200 || hasControl(out.authority, false)) {
    check.add("myndighet", "registry.site.error.too_long.200");
  }
  out.reference = text::trim(input.reference);
  if (characters(out.reference) > 100 || hasControl(out.reference, false)) {
    check.add("referanse", "registry.site.error.too_long.100");
  }
  out.valid_from = text::trim(input.valid_from);
  const auto from = parseDate(out.valid_from);
  if (out.valid_from.empty()) {
    check.add("gyldig_fra", "registry.permit.error.required.gyldig_fra");
  } else if (!from) {
    check.add("gyldig_fra", "registry.permit.error.date");
  }
  const std::string to = text::trim(input.valid_to);
  out.valid_to.reset();
  if (!to.empty()) {
    const auto to_day = parseDate(to);
    if (!to_day) {
      check.add("gyldig_til", "registry.permit.error.date");
    } else if (from && *to_day < *from) {
      check.add("gyldig_til", "registry.permit.error.to_before_from");
    } else {
      out.valid_to = to;
    }
  }
  out.fraction_groups = fractionList(input.fraction_groups, check, "fraksjonsgrupper");
  const std::string condition = text::trim(input.max_condition_class);
  out.max_condition_class.reset();
  if (!condition.empty()) {
    std::string digits = condition;
    if (digits.size() == 3 && (digits[0] == 'T' || digits[0] == 't') &&
        (digits[1] == 'K' || digits[1] == 'k')) {
      digits = digits.substr(2);
    }
    if (digits.size() == 1 && digits[0] >= '1' && digits[0] <= '5') {
      out.max_condition_class = digits[0] - '0';
    } else {
      check.add("hoyeste_tilstandsklasse", "registry.permit.error.condition_class");
    }
  }
  out.max_annual_kg = input.max_annual_kg;
  if (out.max_annual_kg && (*out.max_annual_kg < 0 || *out.max_annual_kg > kMaxKg)) {
    check.add("maks_mengde_kg_per_ar", "registry.site.error.quantity");
  }
  out.document_url = text::trim(input.document_url);
  if (!out.document_url.empty() && (out.document_url.size() > 2000 || !httpUrl(out.document_url))) {
    check.add("dokument_url", "registry.permit.error.url");
  }
  if (!check.errors.empty()) {
    throw Error(ErrorKind::Validation, "registry.permit.error.invalid", {}, std::move(check.errors));
  }
  permit = std::move(out);
}

namespace {

// Decimal number with an optional ',' or '.' and up to `decimals` decimals, spaces ignored, scaled
// by 10^decimals... then by `factor`.
std::optional<std::int64_t> parseScaled(const std::string& text, int decimals, std::int64_t factor,
                                        bool& ok) {
  std::string cleaned;
  for (const char c : text) {
    if (c == ' ' || c == '\t') continue;
    if (static_cast<unsigned char>(c) == 0xC2 || static_cast<unsigned char>(c) == 0xA0) continue;
    cleaned += c == ',' ? '.' : c;
  }
  if (cleaned.empty()) return std::nullopt;
  std::int64_t whole = 0;
  std::int64_t fraction = 0;
  int fraction_digits = 0;
  bool seen_dot = false;
  bool any_digit = false;
  for (const char c : cleaned) {
    if (c == '.') {
      if (seen_dot) { ok = false; return std::nullopt; }
      seen_dot = true;
      continue;
    }
    if (c < '0' || c > '9') { ok = false; return std::nullopt; }
    any_digit = true;
    if (seen_dot) {
      if (fraction_digits == decimals) { ok = false; return std::nullopt; }
      fraction = fraction * 10 + (c - '0');
      ++fraction_digits;
    } else {
      if (whole > std::numeric_limits<std::int64_t>::max() / 100000) { ok = false; return std::nullopt; }
      whole = whole * 10 + (c - '0');
    }
  }
  if (!any_digit) { ok = false; return std::nullopt; }
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  for (int i = fraction_digits; i < decimals; ++i) fraction *= 10;
  return (whole * scale + fraction) * factor;
}

}  // namespace

std::optional<std::int64_t> parseTonnesToKg(const std::string& text, bool& ok) {
  return parseScaled(text, 3, 1, ok);  // 1 t = 1000 kg: three decimals are whole kilograms
}

std::optional<std::int64_t> parseKronerToOre(const std::string& text, bool& ok) {
  return parseScaled(text, 2, 1, ok);
}

}  // namespace masseflyt::registry::sites
