#pragma once

#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

namespace masseflyt::masses::balance {

/// /massebalanse: filters in the URL, an SVG chart rendered here (no JavaScript), the same
/// figures in tables and links to CSV and JSON. Open without login (no personal data).
void registerPageRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer);

}  // namespace masseflyt::masses::balance
