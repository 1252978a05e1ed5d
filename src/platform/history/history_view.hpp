#pragma once

#include <vector>

#include "platform/history/change_history.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace masseflyt::history {

/// Fills the include section {{>CHANGE_HISTORY}} of a detail page with `entries` (newest first):
/// time in Oslo, action, who, and a table of field changes. Field names are catalog keys and
/// are shown through the catalog; an unknown action shows as "Endret".
void addHistory(ctemplate::TemplateDictionary& dict, const std::vector<ChangeEntry>& entries);

}  // namespace masseflyt::history
