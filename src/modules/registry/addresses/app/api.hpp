#pragma once

#include "modules/registry/addresses/app/address_lookup.hpp"
#include "platform/http/router.hpp"

// Address search for forms (the combobox in web/src/address-search.js) and API clients.
namespace masseflyt::registry::addresses {

/// GET /api/v1/adresser?sok=…&kommunenummer=… and GET /api/v1/adresser/punkt?lat=…&lon=…
/// (open, short answers). `lookup` must outlive the router.
void registerRoutes(http::Router& router, const AddressLookup& lookup);

}  // namespace masseflyt::registry::addresses
