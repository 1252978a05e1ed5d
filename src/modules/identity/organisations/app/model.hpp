#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/identity/organisations/domain/register_status.hpp"

// What the organisations part stores and shows: plain data shared by the use cases, the
// repository, the pages and the API.
namespace masseflyt::identity::organisations {

struct OrganisationRecord {
  std::string id;
  std::string organisation_number;
  std::string name;
  std::string organisation_form;
  std::string organisation_form_description;
  std::string business_address;  ///< the address lines joined with ", "
  std::string postal_code;
  std::string postal_place;
  std::string municipality_number;
  std::string municipality_name;
  std::vector<NaceCode> nace_codes;
  std::string parent_organisation_number;
  RegisterStatus register_status = RegisterStatus::Active;
  std::optional<std::int64_t> register_fetched_at;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  bool is_demo = false;
};

struct MembershipRecord {
  std::string id;
  std::string user_id;
  std::string organisation_id;
  std::string role;
  std::string status;  ///< pending, verified, rejected, revoked
  std::int64_t requested_at = 0;
  std::optional<std::int64_t> decided_at;
  std::optional<std::string> decided_by;
  std::optional<std::string> decision_note;
  // From users, for lists:
  std::string user_name;
  std::string user_email;
};

enum class OrganisationSort { Name, NameDesc, Number, NumberDesc, Municipality, MunicipalityDesc };

struct OrganisationFilter {
  std::string search;               ///< digits: organisasjonsnummer prefix; else part of the name
  std::string municipality_number;  ///< exact, empty: any
};

}  // namespace masseflyt::identity::organisations
