#pragma once

#include <cstddef>
#include <string>

namespace masseflyt::crypto {

/// `n` bytes from the OpenSSL CSPRNG. Throws masseflyt::Error (a std::runtime_error, kind
/// Internal) if the generator fails, so a caller can never silently get weak randomness.
std::string randomBytes(std::size_t n);

/// A URL- and cookie-safe secret: `bytes` random bytes, base64url without padding
/// (32 bytes -> 43 characters). Use for session ids, CSRF tokens, OIDC state/nonce.
std::string randomToken(std::size_t bytes = 32);

}  // namespace masseflyt::crypto
