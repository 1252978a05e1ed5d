#pragma once

#include <memory>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/masses/listings/app/places.hpp"

// The production Places: registry projects and sites, identity organisations (public faces only).
namespace masseflyt::masses::listings {

std::unique_ptr<Places> makeRegistryPlaces(db::Database& database,
                                           const identity::organisations::BrregClient& brreg);

}  // namespace masseflyt::masses::listings
