#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace masseflyt::crypto {

/// RFC 4648 §5 base64url without padding.
std::string base64UrlEncode(std::string_view data);

/// Strict inverse of base64UrlEncode: no padding, no whitespace, no non-zero trailing bits, so
/// every byte string has exactly one accepted encoding (tokens compare reliably). nullopt if
/// invalid.
std::optional<std::string> base64UrlDecode(std::string_view text);

/// RFC 4648 §6 base32 (A-Z2-7), upper case, without padding (the form authenticator apps expect).
std::string base32Encode(std::string_view data);

/// Tolerant of what people type or paste: case-insensitive, spaces ignored, optional trailing
/// '=' padding. nullopt on any other character or an impossible length.
std::optional<std::string> base32Decode(std::string_view text);

/// Lower-case hexadecimal.
std::string hexEncode(std::string_view data);

}  // namespace masseflyt::crypto
