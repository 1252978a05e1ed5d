#include "modules/identity/accounts/api/me_json.hpp"

#include <boost/json.hpp>

#include "platform/auth/permissions.hpp"

namespace masseflyt::identity::accounts {

std::string meJson(const auth::Principal& principal) {
  boost::json::array platform_roles;
  for (const auto& role : principal.platform_roles) {
    platform_roles.push_back({{"rolle", role}, {"navn", auth::roleName(role)}});
  }
  boost::json::array memberships;
  for (const auto& m : principal.memberships) {
    memberships.push_back({{"organisasjonId", m.organisation_id},
                           {"organisasjonsnummer", m.organisation_number},
                           {"organisasjonsnavn", m.organisation_name},
                           {"rolle", m.role},
                           {"rollenavn", auth::roleName(m.role)},
                           {"status", m.verified ? "bekreftet" : "venter"}});
  }
  const boost::json::object body{{"id", principal.user_id},
                                 {"navn", principal.display_name},
                                 {"epost", principal.email},
                                 {"totp", principal.totp_enrolled},
                                 {"plattformroller", std::move(platform_roles)},
                                 {"medlemskap", std::move(memberships)}};
  return boost::json::serialize(body);
}

}  // namespace masseflyt::identity::accounts
