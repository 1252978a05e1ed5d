#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace masseflyt::crypto {

/// Longest password accepted, in bytes. Argon2 itself is cheap per byte, but an unbounded input
/// lets one request pin a core; 1024 is far beyond any passphrase a person types.
inline constexpr std::size_t kMaxPasswordBytes = 1024;

/// Argon2id with the OWASP parameters (m=19456 KiB, t=2, p=1), a fresh 16-byte salt and a 32-byte
/// hash, as a PHC string `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (fits a TEXT column).
/// Throws masseflyt::Error(Validation, "crypto.error.password_too_long") above kMaxPasswordBytes.
std::string hashPassword(std::string_view password);

/// True only if `encoded` is a well-formed Argon2id PHC string and `password` matches it.
/// Never throws: malformed or out-of-bounds encodings, and over-long passwords, give false.
bool verifyPassword(std::string_view password, std::string_view encoded) noexcept;

/// True if `encoded` was made with other parameters than hashPassword uses now (or cannot be
/// parsed), so the caller should store a fresh hash after a successful verifyPassword.
bool passwordNeedsRehash(std::string_view encoded);

}  // namespace masseflyt::crypto
