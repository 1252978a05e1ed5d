#pragma once

#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::web {
class Renderer;
}

// The regional mass balance's public face for the composition root.
namespace masseflyt::masses::balance {

/// Page /massebalanse and API /api/v1/massebalanse (JSON and CSV); open without login.
/// `database` must outlive the router.
void registerRoutes(http::Router& router, db::Database& database, const web::Renderer& renderer);

}  // namespace masseflyt::masses::balance
