#pragma once

#include <memory>

#include "modules/identity/clients/app/client_service.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::identity::clients {

/// POST /api/v1/token, GET /api/v1/jwks.json and /api/v1/organisasjoner/{orgnr}/api-klienter….
void registerApiRoutes(http::Router& router, std::shared_ptr<const ClientService> service);

/// Standard base64 (RFC 4648 §4, with padding), as HTTP Basic uses; nullopt when invalid.
std::optional<std::string> base64Decode(std::string_view text);

/// Client credentials from `Authorization: Basic` (RFC 6749 §2.3.1: each part form-urlencoded).
/// nullopt when the header is absent or not Basic; an empty pair when it is Basic but malformed.
std::optional<std::pair<std::string, std::string>> basicCredentials(const http::Request& request);

}  // namespace masseflyt::identity::clients
