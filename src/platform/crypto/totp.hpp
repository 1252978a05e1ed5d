#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace masseflyt::crypto {

// TOTP per RFC 6238 with the parameters every authenticator app supports: HMAC-SHA1, 6 digits,
// 30-second steps. `secret` is always the RAW key bytes; store it as base32Encode(secret)
// (users.totp_secret is TEXT) and base32Decode it before calling these functions.

/// A fresh 20-byte (160-bit, RFC 4226 §4 recommended) raw TOTP key.
std::string newTotpSecret();

/// The 6-digit code for the step containing `unix_seconds` (must be >= 0).
std::string totpCode(std::string_view secret, std::int64_t unix_seconds);

/// Checks a code typed by a person: spaces are ignored, then exactly 6 ASCII digits are required.
/// Accepts the current step and `window_steps` steps either side (clamped to 0..10) to allow for
/// clock drift. Returns the matched time step (unix_seconds / 30) so the caller can refuse reuse
/// of any step <= users.totp_last_step and then store it; nullopt if the code does not match.
std::optional<std::int64_t> verifyTotp(std::string_view secret, std::string_view code,
                                       std::int64_t unix_seconds, int window_steps = 1);

/// The provisioning URI for the QR code:
/// otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
/// with issuer and account percent-encoded.
std::string otpauthUri(std::string_view issuer, std::string_view account, std::string_view secret);

namespace detail {
/// RFC 4226 HOTP with a configurable number of digits (6..8); exposed only so tests can run the
/// 8-digit RFC 6238 vectors. Production code uses the 6-digit functions above.
std::string hotpCode(std::string_view secret, std::uint64_t counter, int digits);
}  // namespace detail

}  // namespace masseflyt::crypto
