#include "modules/registry/common/profiles.hpp"

#include <algorithm>

#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::registry::common {

using identity::organisations::OrganisationRecord;

void requireAllowed(const auth::Principal& actor, std::string_view permission,
                    const std::string& organisation_id) {
  if (!auth::allowed(&actor, permission, organisation_id)) {
    throw Error(ErrorKind::Forbidden, "auth.error.forbidden_organisation", std::string(permission));
  }
}

std::vector<OrganisationRecord> registrableOrganisations(
    const identity::organisations::OrganisationService& organisations, const auth::Principal& actor,
    std::string_view permission, const std::function<bool(const OrganisationRecord&)>& has_profile) {
  std::vector<OrganisationRecord> out;
  for (const auto& membership : actor.memberships) {
    if (!membership.verified) continue;
    if (!auth::allowed(&actor, permission, membership.organisation_id)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.id == membership.organisation_id; })) {
      continue;
    }
    auto organisation = organisations.findById(membership.organisation_id);
    if (!organisation || has_profile(*organisation)) continue;
    out.push_back(std::move(*organisation));
  }
  return out;
}

bool isVerifiedMember(const auth::Principal* actor, std::string_view organisation_id) {
  if (actor == nullptr) return false;
  if (!actor->platform_roles.empty()) return true;
  return std::any_of(actor->memberships.begin(), actor->memberships.end(), [&](const auto& m) {
    return m.verified && m.organisation_id == organisation_id;
  });
}

}  // namespace masseflyt::registry::common
