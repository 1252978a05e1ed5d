#pragma once

#include <string_view>

#include "modules/registry/addresses/app/address_lookup.hpp"

namespace masseflyt::kartverket {

/// Parses a /sok or /punktsok answer of the address API ({"metadata":{…},"adresser":[…]}).
/// Addresses without a representation point are skipped; kommunenavn comes in capitals from the
/// register and is shown with the official name when the municipality is in the region table.
/// Throws Error(Unavailable, "kartverket.error.unexpected") for anything else.
registry::addresses::AddressHits parseAddresses(std::string_view body);

}  // namespace masseflyt::kartverket
