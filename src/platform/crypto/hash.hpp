#pragma once

#include <string>
#include <string_view>

namespace masseflyt::crypto {

/// SHA-256 digest, raw 32 bytes.
std::string sha256(std::string_view data);

/// SHA-256 digest as 64 lower-case hex characters (migration checksums, stored token hashes).
std::string sha256Hex(std::string_view data);

/// HMAC-SHA-256, raw 32 bytes.
std::string hmacSha256(std::string_view key, std::string_view message);

/// HMAC-SHA-1, raw 20 bytes. Only for TOTP/HOTP (RFC 6238 requires it); do not use elsewhere.
std::string hmacSha1(std::string_view key, std::string_view message);

/// Compares secrets without leaking through timing where they differ. Different lengths return
/// false at once: only the length leaks, which is public for tokens and MACs of a fixed size.
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace masseflyt::crypto
