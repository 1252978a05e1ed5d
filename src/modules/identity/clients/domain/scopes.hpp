#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"

// Scope rules of API clients, pure so every rule is unit tested (scopes_test.cpp). A scope is a
// registered Organisation-scoped permission key ("identity.members.read"): a client acts for one
// organisation only, so platform-wide permissions are never handed out.
namespace masseflyt::identity::clients {

/// RFC 6749 §3.3: space-separated scope-tokens of %x21 / %x23-5B / %x5D-7E. Duplicates dropped,
/// order kept. nullopt when a token has another character (or the text is over 4 KiB).
std::optional<std::vector<std::string>> parseScopeList(std::string_view text);
std::string joinScopes(const std::vector<std::string>& scopes);

/// The scopes `actor` may give a client of `organisation_id`: the registered Organisation-scoped
/// permissions the actor holds for that organisation (auth::allowed), in registration order. An
/// admin cannot hand out more than they hold. Empty for API clients (clients do not make clients).
std::vector<std::string> grantableScopes(const auth::Principal& actor,
                                         std::string_view organisation_id,
                                         std::span<const auth::PermissionDef> permissions);

/// The scopes of a token request: all of `granted` when `requested` is empty, else `requested`
/// if it is a subset of `granted` (nullopt otherwise: invalid_scope).
std::optional<std::vector<std::string>> narrowScopes(const std::vector<std::string>& granted,
                                                     const std::vector<std::string>& requested);

/// Keeps the scopes that are still registered Organisation-scoped permissions (a permission may
/// disappear in a later version; a stored grant of it then grants nothing).
std::vector<std::string> currentScopes(const std::vector<std::string>& scopes,
                                       std::span<const auth::PermissionDef> permissions);

/// Scopes of an externally issued token (Maskinporten style "baerum:masseflyt/identity.members.read"):
/// those starting with `prefix`, with the prefix removed, that are registered Organisation-scoped
/// permissions. Others are ignored. An empty prefix maps nothing (the mapping must be explicit).
std::vector<std::string> mapExternalScopes(std::string_view scope_claim, std::string_view prefix,
                                           std::span<const auth::PermissionDef> permissions);

/// The organisation number of an ISO 6523 `consumer.ID`: "0192:<9 digits>" (and the older
/// "9908:<9 digits>"). nullopt for anything else.
std::optional<std::string> organisationNumberFromConsumerId(std::string_view id);

}  // namespace masseflyt::identity::clients
