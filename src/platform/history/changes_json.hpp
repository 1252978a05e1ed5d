#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/history/change_history.hpp"

// The stored form of a change list: a JSON array of {"felt","fra","til"}. Kept apart so only
// changes_json.cpp pulls in Boost.JSON.
namespace masseflyt::history {

std::string encodeChanges(const std::vector<FieldChange>& changes);
/// An empty list for text that is not such an array (a damaged row never breaks a page).
std::vector<FieldChange> decodeChanges(std::string_view text);

}  // namespace masseflyt::history
