#pragma once

#include <string_view>

#include "modules/masses/fractions/domain/fraction.hpp"

// The catalog data file format (data/fraksjoner-<version>.tsv), exposed so a unit test can feed it
// broken rows: '#' comment lines, a `version` and a `source` line, a header line naming the
// columns, then one tab-separated row per fraction.
namespace masseflyt::masses::fractions {

/// Parses and checks every row. Throws Error(Internal, "masses.fractions.error.catalog", detail
/// naming the line and the problem) on the first broken row: a bad catalog must stop start-up.
Catalog parseCatalog(std::string_view text);

/// The path of the current catalog file among the embedded files, e.g. "fraksjoner-2026-1.tsv".
std::string_view catalogFileName();

}  // namespace masseflyt::masses::fractions
