#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/history/change_history.hpp"

// The stored form of a change list: a JSON array of {"felt","fra","til"}, and the API form of a
// record's history. Kept apart so only changes_json.cpp pulls in Boost.JSON.
namespace masseflyt::history {

std::string encodeChanges(const std::vector<FieldChange>& changes);
/// An empty list for text that is not such an array (a damaged row never breaks a page).
std::vector<FieldChange> decodeChanges(std::string_view text);

/// What an entry is about, for a history that mixes records (a site and its permits): the
/// Norwegian name of the kind ("tillatelse"); no `subject` leaves "gjelder" out.
using SubjectName = std::function<std::string(const ChangeEntry& entry)>;

/// The history as every API returns it: {"data": [{"id", "tidspunkt", "handling",
/// "utfort_for", "endringer": [{"felt", "fra", "til"}]}], "neste": null}, newest first as given.
/// Field names are shown through the message catalog; empty values are null. With `subject`,
/// each entry also has "gjelder" and "gjelder_id".
std::string entriesJson(const std::vector<ChangeEntry>& entries, const SubjectName& subject = {});

}  // namespace masseflyt::history
