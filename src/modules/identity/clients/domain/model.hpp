#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What the API clients part stores: plain data shared by the use cases, repository, pages and API.
namespace masseflyt::identity::clients {

inline constexpr std::string_view kStatusActive = "active";
inline constexpr std::string_view kStatusRevoked = "revoked";

struct ApiClientRecord {
  std::string id;  ///< also the OAuth client_id and the token's `sub`
  std::string organisation_id;
  std::string name;
  std::vector<std::string> scopes;  ///< permission keys
  std::string secret_hash;          ///< never shown, never logged
  std::string status;               ///< "active" or "revoked" (revoked rows are kept for history)
  std::int64_t created_at = 0;
  std::string created_by;
  std::int64_t secret_rotated_at = 0;
  std::optional<std::int64_t> last_used_at;
  std::optional<std::int64_t> revoked_at;
  std::optional<std::string> revoked_by;

  bool active() const { return status == kStatusActive; }
};

struct SigningKeyRecord {
  std::string kid;
  std::string algorithm = "ES256";
  std::string public_jwk;         ///< JSON
  std::string protected_private;  ///< "aesgcm:..." or "plain:..." (see infra/key_protection.hpp)
  std::string status;             ///< "active" or "retired"
  std::int64_t created_at = 0;
  std::optional<std::int64_t> retired_at;
};

}  // namespace masseflyt::identity::clients
