#pragma once

#include <string>

#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/fractions/domain/quantity.hpp"

// JSON of the fractions API (Boost.JSON lives in fraction_api_json.cpp only).
namespace masseflyt::masses::fractions::json {

/// {"versjon", "kilde", "grupper": [...], "fraksjoner": [...]}
std::string catalogDocument(const Catalog& catalog);
/// One fraction with "versjon".
std::string fractionDocument(const Catalog& catalog, const Fraction& fraction);
/// A conversion: base units, Norwegian texts, which figures are estimates, and the factors.
std::string conversionDocument(const Catalog& catalog, const Fraction& fraction, const ConvertedQuantity& quantity);

}  // namespace masseflyt::masses::fractions::json
