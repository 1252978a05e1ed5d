#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/clients/domain/model.hpp"

// JSON of the API clients API (Boost.JSON lives in client_api_json.cpp only).
namespace masseflyt::identity::clients::api_json {

std::string client(const ApiClientRecord& client, std::string_view organisation_number,
                   const std::optional<std::string>& secret = std::nullopt);
/// {"data": [...]}
std::string clients(const std::vector<ApiClientRecord>& items, std::string_view organisation_number);

struct CreateBody {
  std::string navn;
  std::vector<std::string> scopes;
};
/// Throws Error(BadRequest, "clients.error.body") unless an object whose "navn" is a string and
/// "scopes" an array of strings (both optional: missing ones fail validation instead).
CreateBody parseCreate(std::string_view body);

}  // namespace masseflyt::identity::clients::api_json
