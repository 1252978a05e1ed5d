#pragma once

#include <memory>

#include "modules/masses/listings/app/listing_service.hpp"
#include "modules/registry/addresses/app/address_lookup.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::masses::listings {

/// /masser (search, list and map), /masser.csv, /masser.geojson, /masser/mine, /masser/ny,
/// /masser/{id}, /masser/{id}/endre and the status steps (POST /masser/{id}/status). `addresses`
/// finds the point of an address typed without JavaScript; it must outlive the router.
void registerPageRoutes(http::Router& router, std::shared_ptr<const ListingService> service,
                        const web::Renderer& renderer, const registry::addresses::AddressLookup& addresses);

}  // namespace masseflyt::masses::listings
