#include "platform/geo/municipalities.hpp"

#include <algorithm>
#include <array>

namespace masseflyt::geo {
namespace {

// Source: SSB, Standard for kommuneinndeling (klassifikasjon 131), valid from 2024-01-01.
// The platform's region: Oslo, all of Akershus, and the Buskerud municipalities that the big
// tunnel and road projects (Ringeriksbanen/E16, E18, new water supply) run through or deliver to.
constexpr std::array<Municipality, 28> kRegion = {{
    {"0301", "Oslo"},        {"3201", "Bærum"},          {"3203", "Asker"},
    {"3205", "Lillestrøm"},  {"3207", "Nordre Follo"},   {"3209", "Ullensaker"},
    {"3212", "Nesodden"},    {"3214", "Frogn"},          {"3216", "Vestby"},
    {"3218", "Ås"},          {"3220", "Enebakk"},        {"3222", "Lørenskog"},
    {"3224", "Rælingen"},    {"3226", "Aurskog-Høland"}, {"3228", "Nes"},
    {"3230", "Gjerdrum"},    {"3232", "Nittedal"},       {"3234", "Lunner"},
    {"3236", "Jevnaker"},    {"3238", "Nannestad"},      {"3240", "Eidsvoll"},
    {"3242", "Hurdal"},      {"3301", "Drammen"},        {"3305", "Ringerike"},
    {"3310", "Hole"},        {"3312", "Lier"},           {"3314", "Øvre Eiker"},
    {"3316", "Modum"},
}};

}  // namespace

std::span<const Municipality> regionMunicipalities() { return kRegion; }

const Municipality* findMunicipality(std::string_view number) {
  const auto* it = std::find_if(kRegion.begin(), kRegion.end(),
                                [&](const Municipality& m) { return m.number == number; });
  return it == kRegion.end() ? nullptr : it;
}

bool validMunicipalityNumber(std::string_view number) {
  return number.size() == 4 &&
         std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace masseflyt::geo
