#include "platform/history/history_view.hpp"

#include <ctemplate/template.h>

#include <string>

#include "platform/audit/oslo_time.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::history {
namespace {

constexpr const char* kTemplate = "platform/history/templates/endringshistorikk.tpl";

std::string actionText(const std::string& action) {
  const std::string key = "history.action." + action;
  return std::string(i18n::catalog().contains(key) ? i18n::t(key)
                                                   : i18n::t("history.action.updated"));
}

std::string fieldText(const std::string& field) {
  return std::string(i18n::catalog().contains(field) ? i18n::t(field) : field);
}

std::string shown(const std::string& value) {
  return value.empty() ? std::string(i18n::t("history.empty_value")) : value;
}

}  // namespace

void addHistory(ctemplate::TemplateDictionary& dict, const std::vector<ChangeEntry>& entries) {
  auto* section = dict.AddIncludeDictionary("CHANGE_HISTORY");
  section->SetFilename(kTemplate);
  if (entries.empty()) {
    section->ShowSection("NO_ENTRIES");
    return;
  }
  section->ShowSection("HAS_ENTRIES");
  for (const auto& entry : entries) {
    auto* item = section->AddSectionDictionary("ENTRY");
    item->SetValue("AT", audit::formatOsloTime(entry.changed_at_ms));
    item->SetValue("AT_ISO", isoUtc(entry.changed_at_ms));
    item->SetValue("ACTION", actionText(entry.action));
    item->SetValue("ACTOR", entry.actor_label.empty()
                                ? std::string(i18n::t("history.unknown_actor"))
                                : entry.actor_label);
    if (entry.changes.empty()) continue;
    auto* table = item->AddSectionDictionary("HAS_CHANGES");
    for (const auto& change : entry.changes) {
      auto* row = table->AddSectionDictionary("CHANGE");
      row->SetValue("FIELD", fieldText(change.field));
      row->SetValue("OLD", shown(change.old_value));
      row->SetValue("NEW", shown(change.new_value));
    }
  }
}

}  // namespace masseflyt::history
