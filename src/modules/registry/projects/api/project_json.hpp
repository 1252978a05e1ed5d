#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/projects/app/model.hpp"
#include "modules/registry/projects/app/project_service.hpp"
#include "modules/registry/projects/domain/approval.hpp"
#include "platform/history/change_history.hpp"

// JSON of the projects API (Boost.JSON lives in project_api_json.cpp only).
namespace masseflyt::registry::projects::json {

/// One project; `with_personal` adds the personal contact (logged-in callers only).
std::string project(const ProjectRecord& project, bool with_personal);
/// {"data": [...], "neste": <cursor or null>}
std::string projectPage(const std::vector<ProjectRecord>& items, bool with_personal,
                        const std::optional<std::string>& next);
/// RFC 7946 FeatureCollection: point geometry, properties navn, url, kategori (phase code),
/// kategori_navn, oppstart, kommunenummer; "neste" as a foreign member.
std::string projectFeatures(const std::vector<ProjectRecord>& items,
                            const std::optional<std::string>& next);

/// Reads a POST/PUT body. Throws Error(BadRequest, "registry.project.error.body") when it is not a
/// JSON object or a member has the wrong type.
ProjectInput parseBody(std::string_view body);

/// One approval, with today's status.
std::string approval(const Approval& approval);
/// {"data": [...]}
std::string approvals(const std::vector<Approval>& approvals);
/// Reads a POST/PUT body; Error(BadRequest, "registry.project.error.body") like parseBody.
ApprovalInput parseApprovalBody(std::string_view body);

}  // namespace masseflyt::registry::projects::json
