#pragma once

#include <memory>

#include "modules/masses/plans/app/plan_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::masses::plans {

/// /api/v1/massehandteringsplaner…
void registerApiRoutes(http::Router& router, std::shared_ptr<const PlanService> service);

/// The largest upload accepted (XLSX or CSV), for the API and the import page.
inline constexpr std::size_t kMaxUploadBytes = 4 * 1024 * 1024;

/// The uploaded file of an import request: a multipart/form-data part named "fil", or the raw
/// body (XLSX or CSV). Error(UnsupportedMediaType) for any other content type.
UploadedFile uploadedFile(const http::Request& request);

}  // namespace masseflyt::masses::plans
