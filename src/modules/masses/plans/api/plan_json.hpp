#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/plans/app/plan_service.hpp"

// JSON of the mass handling plans API (Boost.JSON lives in plan_api_json.cpp only).
namespace masseflyt::masses::plans::json {

std::string plan(const PlanView& view);
/// {"data": [...], "neste": <cursor or null>}
std::string planPage(const std::vector<PlanView>& items, const std::optional<std::string>& next);

/// The plan-wide fields as typed (numbers arrive as text).
struct SettingsInput {
  std::string project_id;  ///< POST only: "prosjekt_id"
  std::string reuse_target, reuse_status, documentation_status, note;
};

/// Throw Error(BadRequest, "masses.plans.error.body") when the body is not a JSON object of the
/// documented shape.
SettingsInput parseSettings(std::string_view body);
std::vector<LineInput> parseLines(std::string_view body);

}  // namespace masseflyt::masses::plans::json
