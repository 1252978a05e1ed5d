#pragma once

#include <memory>

#include "modules/registry/providers/app/provider_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::registry::providers {

/// GET/POST /api/v1/kontrolltjenester, GET/PUT /api/v1/kontrolltjenester/{organisasjonsnummer}.
void registerApiRoutes(http::Router& router, std::shared_ptr<const ProviderService> service);

}  // namespace masseflyt::registry::providers
