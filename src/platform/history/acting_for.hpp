#pragma once

#include <string>
#include <string_view>

#include "platform/auth/principal.hpp"
#include "platform/i18n/messages.hpp"

// Who the change history names as the actor. The history is open to everyone, so it names the
// organisation the person acted for, never the person: a representative's name is personal data
// the public pages do not show (issue 4 item 8). Who it was is kept as the entry's actor_id, and
// in the audit log, for those allowed to see it.
namespace masseflyt::history {

/// The name of `organisation_id` if `actor` is a member of it; otherwise (a platform
/// administrator acting on someone else's record) "Plattformadministrator".
inline std::string actingFor(const auth::Principal& actor, std::string_view organisation_id) {
  for (const auto& membership : actor.memberships) {
    if (membership.organisation_id == organisation_id) return membership.organisation_name;
  }
  return std::string(i18n::t("history.actor.platform"));
}

}  // namespace masseflyt::history
