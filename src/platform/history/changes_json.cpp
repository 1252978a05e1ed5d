#include "platform/history/changes_json.hpp"

#include <boost/json.hpp>

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

}  // namespace masseflyt::history
