#pragma once

#include <span>
#include <string_view>

// The municipalities of the platform's region with their official numbers (SSB classification 131,
// valid from 2024-01-01, after Viken was split into Akershus (32xx), Buskerud (33xx) and Østfold).
// Reference data: a list filter offers these; records outside the region keep any 4-digit number.
namespace masseflyt::geo {

struct Municipality {
  std::string_view number;  ///< kommunenummer, 4 digits
  std::string_view name;    ///< official Norwegian name
};

std::span<const Municipality> regionMunicipalities();
/// nullptr when `number` is not in the region table.
const Municipality* findMunicipality(std::string_view number);
/// True for exactly four ASCII digits.
bool validMunicipalityNumber(std::string_view number);

}  // namespace masseflyt::geo
