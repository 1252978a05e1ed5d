#pragma once

#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::masses::balance {

/// GET /api/v1/massebalanse: JSON, or CSV with ?format=csv or Accept: text/csv. Open.
void registerApiRoutes(http::Router& router, db::Database& database);

}  // namespace masseflyt::masses::balance
