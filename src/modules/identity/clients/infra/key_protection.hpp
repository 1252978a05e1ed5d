#pragma once

#include <optional>
#include <string>
#include <string_view>

// How a signing key's private half rests in the database. With `api.key_encryption_key`
// configured (32 random bytes, base64url), it is sealed with AES-256-GCM (a fresh 96-bit nonce
// per seal, the kid as associated data so a sealed key cannot be moved to another row):
// "aesgcm:<base64url(nonce | ciphertext | tag)>". Without it, it is stored as "plain:<JWK>" and
// protected only by the database's access rights (docs/api-klienter.md says so).
namespace masseflyt::identity::clients {

/// Decodes the configured key: nullopt for empty text; Error(Validation,
/// "clients.error.encryption_key") unless it is base64url of exactly 32 bytes.
std::optional<std::string> parseEncryptionKey(std::string_view text);

std::string sealPrivateKey(std::string_view private_jwk, std::string_view kid,
                           const std::optional<std::string>& key);
/// Throws Error(Internal, "clients.error.key_protection") when the text was sealed with another
/// key, was tampered with, or is sealed and no key is configured.
std::string openPrivateKey(std::string_view stored, std::string_view kid,
                           const std::optional<std::string>& key);

}  // namespace masseflyt::identity::clients
