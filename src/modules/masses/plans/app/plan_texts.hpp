#pragma once

#include <string>

#include "modules/masses/plans/domain/plan.hpp"

// A plan's figures and lines as the Norwegian text a reader sees, so the page and the PDF export
// say exactly the same thing.
namespace masseflyt::masses::plans {

struct PlanFactTexts {
  std::string status, surplus, need, reuse_target, planned_reuse, reuse_status, documentation_status,
      catalog_version, note;
};
PlanFactTexts factTexts(const Plan& plan);

struct LineTexts {
  std::string kind, fraction, phase, period, entered, tonnes, destination, note;
};
LineTexts lineTexts(const PlanLine& line);

}  // namespace masseflyt::masses::plans
