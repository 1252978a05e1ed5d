#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"

// One parser for what Enhetsregisteret sends, shared by the live client and the fixture client,
// so the recorded responses exercise exactly the code that reads live answers.
namespace masseflyt::brreg {

using identity::organisations::RegisterEntity;
using identity::organisations::RegisterRole;

/// One entity (/enheter/{orgnr}) or subunit (/underenheter/{orgnr}) body. Tolerant: unknown
/// fields are ignored, missing optional fields stay empty. Throws
/// Error(Unavailable, "brreg.error.invalid_response") for a body that is not a JSON object with
/// an organisasjonsnummer.
RegisterEntity parseEntity(std::string_view json, bool subunit);

/// A search answer (HAL envelope with Spring-style paging). No hits come without `_embedded`.
struct SearchPage {
  std::vector<RegisterEntity> entities;
  long long total_elements = 0;
  long long total_pages = 0;
  long long number = 0;  ///< page index, from 0
  long long size = 0;
};
SearchPage parseSearchPage(std::string_view json);

/// A /enheter/{orgnr}/roller body ({"rollegrupper":[{"type":…,"roller":[…]}]}): current roles
/// only (`fratraadt` ones skipped), persons by full name, entities by name and number; birth
/// dates are not read. Throws like parseEntity for a body that is not such an object.
std::vector<RegisterRole> parseRoles(std::string_view json);

/// The register's error body ({"status":400,"feilmelding":..., "valideringsfeil":[...]}), for
/// logs; nullopt when the body is not one.
struct RegisterError {
  int status = 0;
  std::string message;                   ///< feilmelding
  std::vector<std::string> validations;  ///< valideringsfeil[].feilmelding
  std::string path;                      ///< sti
};
std::optional<RegisterError> parseError(std::string_view json);

}  // namespace masseflyt::brreg
