#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/sites/domain/model.hpp"
#include "platform/core/error.hpp"

// Checks of what a person or program typed, shared by the form and the API. Field names in the
// errors are the API's (the form uses the same input names, except quantities typed in tonnes).
namespace masseflyt::registry::sites {

/// A site as typed: text as given, quantities already converted to base units by the caller
/// (which adds its own parse errors to `errors` first).
struct SiteInput {
  std::string kind, name, description, address, lat, lon, area_geojson, municipality_number,
      opening_hours, contact_name, contact_phone, contact_email;
  std::vector<std::string> fraction_groups;
  std::optional<std::int64_t> capacity_kg_per_year, remaining_kg, fee_ore_per_tonne;
  bool publish_fees = false;
  std::vector<FieldError> errors;  ///< parse errors found before validation
};

/// Fills the editable fields of `site` from `input`, or throws Error(Validation,
/// "registry.site.error.invalid") with one field error per bad field (nothing is changed then).
void applySiteInput(const SiteInput& input, Site& site);

struct PermitInput {
  std::string type, authority, reference, valid_from, valid_to, max_condition_class, document_url;
  std::vector<std::string> fraction_groups;
  std::optional<std::int64_t> max_annual_kg;
  std::vector<FieldError> errors;
};

/// Same for a permit; throws Error(Validation, "registry.permit.error.invalid").
void applyPermitInput(const PermitInput& input, Permit& permit);

/// "12 500 t" style parsing helpers for forms: whole or decimal tonnes ("1 200,5") to kg; nullopt
/// for empty; sets `ok` false for anything else.
std::optional<std::int64_t> parseTonnesToKg(const std::string& text, bool& ok);
/// Kroner with up to two decimals ("85" or "85,50") to øre.
std::optional<std::int64_t> parseKronerToOre(const std::string& text, bool& ok);

/// Normalised GeoJSON Polygon text of a typed area, nullopt when it is not one valid polygon
/// (implemented in area_json.cpp: the only place this part touches Boost.JSON in its domain).
std::optional<std::string> normaliseArea(const std::string& geojson);

}  // namespace masseflyt::registry::sites
