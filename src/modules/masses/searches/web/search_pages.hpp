#pragma once

#include <memory>

#include "modules/masses/searches/app/search_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::masses::searches {

/// /masser/lagrede-sok (the person's saved searches and alerts, and the save form) and its POSTs.
void registerPageRoutes(http::Router& router, std::shared_ptr<const SearchService> service,
                        const web::Renderer& renderer, bool mail_enabled);

}  // namespace masseflyt::masses::searches
