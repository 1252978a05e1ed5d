#pragma once

#include <functional>
#include <optional>
#include <string>

#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::audit {

/// Names for the ids the admin page shows. The platform knows no people or organisations, so
/// the composition root answers from the identity modules. Unset, or nullopt for an id: the id
/// itself is shown (an anonymised person, a deleted client).
struct AuditNames {
  std::function<std::optional<std::string>(const std::string& id)> actor;
  std::function<std::optional<std::string>(const std::string& id)> organisation;
};

/// GET /admin/revisjonslogg (the admin page) and GET /api/v1/revisjonslogg, both requiring
/// "audit.log.read". `database` and `renderer` must outlive the router.
void registerAuditRoutes(http::Router& router, db::Database& database,
                         const web::Renderer& renderer, AuditNames names = {});

}  // namespace masseflyt::audit
