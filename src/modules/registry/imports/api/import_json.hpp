#pragma once

#include <string>
#include <string_view>

#include "modules/registry/imports/app/import_service.hpp"

// JSON of the imports API; the Boost.JSON code is in import_api_json.cpp.
namespace masseflyt::registry::imports::json {

std::string run(const ImportRun& run);
std::string claim(const sites::Site& site, std::string_view organisation_number);
/// {"organisasjonsnummer": "..."}; Error(BadRequest) for anything but a JSON object,
/// Error(Validation) on the field when missing or not a string.
std::string parseClaimBody(std::string_view body);

}  // namespace masseflyt::registry::imports::json
