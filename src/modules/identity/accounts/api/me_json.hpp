#pragma once

#include <string>

#include "platform/auth/principal.hpp"

namespace masseflyt::identity::accounts {

/// GET /api/v1/meg: the principal as JSON (schema "Meg" in api/openapi-accounts.json). No
/// session id or CSRF token: the body may end up in logs or caches of the caller.
std::string meJson(const auth::Principal& principal);

}  // namespace masseflyt::identity::accounts
