#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/model.hpp"

// JSON of the organisations API (Boost.JSON lives in organisation_api_json.cpp only).
namespace masseflyt::identity::organisations::json {

std::string organisation(const OrganisationRecord& organisation);
/// The organisation after a refresh from the register, with "endret": the changed field codes.
std::string refreshed(const OrganisationRecord& organisation, const std::vector<std::string>& changed);
/// {"data": [...], "neste": <cursor or null>}
std::string organisationPage(const std::vector<OrganisationRecord>& items,
                             const std::optional<std::string>& next);
std::string membership(const MembershipRecord& membership, std::string_view organisation_number);
std::string memberships(const std::vector<MembershipRecord>& items,
                        std::string_view organisation_number);

/// The string members of a JSON object body. Throws Error(BadRequest, "organisations.error.body")
/// when the body is not a JSON object or a named member is not a string.
struct BodyFields {
  std::optional<std::string> organisasjonsnummer, rolle, vedtak, begrunnelse;
};
BodyFields parseBody(std::string_view body);

}  // namespace masseflyt::identity::organisations::json
