#include "modules/identity/clients/domain/scopes.hpp"

#include <algorithm>

namespace masseflyt::identity::clients {
namespace {

constexpr std::size_t kMaxScopeText = 4096;

bool scopeChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u == 0x21 || (u >= 0x23 && u <= 0x5B) || (u >= 0x5D && u <= 0x7E);
}

bool organisationScoped(std::string_view key, std::span<const auth::PermissionDef> permissions) {
  return std::any_of(permissions.begin(), permissions.end(), [&](const auth::PermissionDef& p) {
    return p.key == key && p.scope == auth::PermissionScope::Organisation;
  });
}

}  // namespace

std::optional<std::vector<std::string>> parseScopeList(std::string_view text) {
  if (text.size() > kMaxScopeText) return std::nullopt;
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ') {
      if (!scopeChar(text[end])) return std::nullopt;
      ++end;
    }
    std::string token(text.substr(i, end - i));
    if (std::find(out.begin(), out.end(), token) == out.end()) out.push_back(std::move(token));
    i = end;
  }
  return out;
}

std::string joinScopes(const std::vector<std::string>& scopes) {
  std::string out;
  for (const auto& scope : scopes) {
    if (!out.empty()) out += ' ';
    out += scope;
  }
  return out;
}

std::vector<std::string> grantableScopes(const auth::Principal& actor,
                                         std::string_view organisation_id,
                                         std::span<const auth::PermissionDef> permissions) {
  std::vector<std::string> out;
  if (actor.kind != auth::Principal::Kind::Person) return out;
  for (const auto& permission : permissions) {
    if (permission.scope != auth::PermissionScope::Organisation) continue;
    if (auth::allowed(&actor, permission.key, organisation_id)) out.emplace_back(permission.key);
  }
  return out;
}

std::optional<std::vector<std::string>> narrowScopes(const std::vector<std::string>& granted,
                                                     const std::vector<std::string>& requested) {
  if (requested.empty()) return granted;
  for (const auto& scope : requested) {
    if (std::find(granted.begin(), granted.end(), scope) == granted.end()) return std::nullopt;
  }
  return requested;
}

std::vector<std::string> currentScopes(const std::vector<std::string>& scopes,
                                       std::span<const auth::PermissionDef> permissions) {
  std::vector<std::string> out;
  for (const auto& scope : scopes) {
    if (organisationScoped(scope, permissions)) out.push_back(scope);
  }
  return out;
}

std::vector<std::string> mapExternalScopes(std::string_view scope_claim, std::string_view prefix,
                                           std::span<const auth::PermissionDef> permissions) {
  std::vector<std::string> out;
  if (prefix.empty()) return out;
  const auto parsed = parseScopeList(scope_claim);
  if (!parsed) return out;
  for (const auto& scope : *parsed) {
    if (!std::string_view(scope).starts_with(prefix)) continue;
    std::string key = scope.substr(prefix.size());
    if (organisationScoped(key, permissions) &&
        std::find(out.begin(), out.end(), key) == out.end()) {
      out.push_back(std::move(key));
    }
  }
  return out;
}

std::optional<std::string> organisationNumberFromConsumerId(std::string_view id) {
  if (id.size() != 14 || id[4] != ':') return std::nullopt;
  const auto authority = id.substr(0, 4);
  if (authority != "0192" && authority != "9908") return std::nullopt;
  const auto number = id.substr(5);
  if (!std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::string(number);
}

}  // namespace masseflyt::identity::clients
