#include "platform/history/changes_json.hpp"

#include <boost/json.hpp>

#include "platform/core/timestamp.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::history {

std::string encodeChanges(const std::vector<FieldChange>& changes) {
  boost::json::array array;
  for (const auto& change : changes) {
    array.push_back(
        {{"felt", change.field}, {"fra", change.old_value}, {"til", change.new_value}});
  }
  return boost::json::serialize(array);
}

std::vector<FieldChange> decodeChanges(std::string_view text) {
  boost::system::error_code error;
  const auto value = boost::json::parse(text, error);
  std::vector<FieldChange> changes;
  if (error || !value.is_array()) return changes;
  for (const auto& item : value.as_array()) {
    const auto* object = item.if_object();
    if (object == nullptr) continue;
    auto text_of = [&](std::string_view key) {
      const auto* field = object->if_contains(key);
      return field != nullptr && field->is_string() ? std::string(field->as_string())
                                                    : std::string();
    };
    changes.push_back({text_of("felt"), text_of("fra"), text_of("til")});
  }
  return changes;
}

namespace {

boost::json::value nullable(const std::string& text) {
  return text.empty() ? boost::json::value(nullptr) : boost::json::value(boost::json::string(text));
}

}  // namespace

std::string entriesJson(const std::vector<ChangeEntry>& entries, const SubjectName& subject) {
  boost::json::array data;
  for (const auto& entry : entries) {
    boost::json::array changes;
    for (const auto& change : entry.changes) {
      changes.push_back(boost::json::object{{"felt", std::string(i18n::t(change.field))},
                                            {"fra", nullable(change.old_value)},
                                            {"til", nullable(change.new_value)}});
    }
    boost::json::object item{{"id", entry.id},
                             {"tidspunkt", isoUtc(entry.changed_at_ms)},
                             {"handling", entry.action},
                             {"utfort_for", entry.actor_label}};
    if (subject) {
      item["gjelder"] = subject(entry);
      item["gjelder_id"] = entry.entity_id;
    }
    item["endringer"] = std::move(changes);
    data.push_back(std::move(item));
  }
  return boost::json::serialize(boost::json::object{{"data", std::move(data)}, {"neste", nullptr}});
}

}  // namespace masseflyt::history
