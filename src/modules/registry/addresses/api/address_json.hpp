#pragma once

#include <string>

#include "modules/registry/addresses/app/address_lookup.hpp"

namespace masseflyt::registry::addresses::json {

/// {"data":[{adressetekst, postnummer, poststed, kommunenummer, kommunenavn, lat, lon
/// [, avstand_meter]}], "antall": n}
std::string hits(const AddressHits& hits);

}  // namespace masseflyt::registry::addresses::json
