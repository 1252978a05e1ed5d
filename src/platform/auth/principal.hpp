#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace masseflyt::auth {

/// A person's verified or pending membership of an organisation, with one role.
struct Membership {
  std::string organisation_id;
  std::string organisation_number;  ///< organisasjonsnummer, 9 digits
  std::string organisation_name;
  std::string role;  ///< a role key, see platform/auth/roles.hpp
  bool verified = false;  ///< approved by an organisation admin or platform administrator
};

/// Who a request acts for. Built by the session middleware (people) or the bearer-token
/// middleware (API clients) and attached to http::Request::principal; handlers never read
/// cookies or tokens themselves.
struct Principal {
  enum class Kind { Person, ApiClient };
  Kind kind = Kind::Person;
  std::string user_id;       ///< person id, or API client id
  std::string display_name;  ///< shown in the header; never logged
  std::string email;         ///< people only; shown on "Min konto", never logged
  std::string session_id;    ///< empty for API clients
  std::string csrf_token;    ///< the session's token; forms and htmx must echo it
  std::int64_t authenticated_at_ms = 0;
  std::int64_t step_up_at_ms = 0;  ///< last TOTP re-entry; signing-grade actions need it recent
  bool totp_enrolled = false;
  std::vector<std::string> platform_roles;  ///< "administrator", "tilsyn"
  std::vector<Membership> memberships;
  std::vector<std::string> scopes;  ///< API clients only: granted scopes
};

}  // namespace masseflyt::auth
