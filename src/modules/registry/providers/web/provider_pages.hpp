#pragma once

#include <memory>

#include "modules/registry/providers/app/provider_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::registry::providers {

/// /kontrolltjenester, /kontrolltjenester/ny, /kontrolltjenester/{orgnr}, …/endre and their
/// POST forms.
void registerPageRoutes(http::Router& router, std::shared_ptr<const ProviderService> service,
                        const web::Renderer& renderer);

}  // namespace masseflyt::registry::providers
