#pragma once

#include <memory>

#include "modules/masses/plans/app/plan_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::masses::plans {

/// /prosjekter/{id}/massehandteringsplan (view, settings, lines, import, publish).
void registerPageRoutes(http::Router& router, std::shared_ptr<const PlanService> service,
                        const web::Renderer& renderer);

/// /massehandteringsplaner: every plan in one filtered, paged table (web/plan_list_page.cpp).
void registerListPage(http::Router& router, std::shared_ptr<const PlanService> service,
                      const web::Renderer& renderer);

}  // namespace masseflyt::masses::plans
