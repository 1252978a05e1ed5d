#pragma once

#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::app {

/// /healthz answers while the process runs (liveness); /readyz only while the database answers
/// (readiness), so a load balancer stops sending traffic to an instance that lost its database.
void registerHealthRoutes(http::Router& router, db::Database& database);

}  // namespace masseflyt::app
