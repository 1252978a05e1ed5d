#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/searches/app/search_service.hpp"

// JSON of the saved-search API (Boost.JSON lives in search_api_json.cpp only).
namespace masseflyt::masses::searches::json {

std::string search(const SavedSearch& search);
std::string searchList(const std::vector<SavedSearch>& searches);
std::string alertList(const std::vector<AlertView>& alerts, std::int64_t unseen);
/// {"lagrede_sok": [...], "varsler": [...]}: the person's part of "Mine data".
std::string personalData(const std::vector<SavedSearch>& searches, const std::vector<Alert>& alerts);

/// {"navn": "...", "sok": "type=overskudd&...", "epostvarsel": true}. Throws
/// Error(BadRequest, "masses.search.error.body") for a malformed body.
struct SearchBody {
  std::string name;
  std::string query;
  bool email_alerts = true;
};
SearchBody parseSearchBody(std::string_view body);

}  // namespace masseflyt::masses::searches::json
