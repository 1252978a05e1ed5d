#pragma once

// Internal to mf_platform_auth_oidc.

#include <optional>
#include <string>
#include <string_view>

namespace masseflyt::auth::oidc::detail {

/// The `kid` from a token's protected header, read WITHOUT verifying anything: only to decide
/// whether the cached JWKS needs a refresh. nullopt if the token does not parse or has no kid.
std::optional<std::string> unverifiedKeyId(std::string_view jwt);

/// Whether the key set has a key with this `kid` (false for an unparseable set).
bool jwksContainsKeyId(std::string_view jwks_json, std::string_view kid);

}  // namespace masseflyt::auth::oidc::detail
