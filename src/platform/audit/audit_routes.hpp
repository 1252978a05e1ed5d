#pragma once

#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::audit {

/// GET /admin/revisjonslogg (the admin page) and GET /api/v1/revisjonslogg, both requiring
/// "audit.log.read". `database` and `renderer` must outlive the router.
void registerAuditRoutes(http::Router& router, db::Database& database,
                         const web::Renderer& renderer);

}  // namespace masseflyt::audit
