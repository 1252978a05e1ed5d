#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/auth/principal.hpp"

// Registering an organisation profile (carrier, quality-control provider, ...) from the
// organisasjonsnummer of one of the actor's organisations: who may, and for which organisations.
namespace masseflyt::registry::common {

/// Error(Forbidden, "auth.error.forbidden_organisation") unless `actor` holds `permission` for
/// the organisation (auth::allowed: verified members and platform roles only).
void requireAllowed(const auth::Principal& actor, std::string_view permission,
                    const std::string& organisation_id);

/// The organisations `actor` may register a profile for: verified memberships whose role grants
/// `permission`, organisation registered in Masseflyt, and `has_profile` false for it. In
/// membership order, each once.
std::vector<identity::organisations::OrganisationRecord> registrableOrganisations(
    const identity::organisations::OrganisationService& organisations, const auth::Principal& actor,
    std::string_view permission,
    const std::function<bool(const identity::organisations::OrganisationRecord&)>& has_profile);

/// A verified member of the organisation (any role), or a platform role: may see what the
/// organisation keeps to itself.
bool isVerifiedMember(const auth::Principal* actor, std::string_view organisation_id);

}  // namespace masseflyt::registry::common
