#include "platform/crypto/totp.hpp"

#include <algorithm>

#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/random.hpp"

namespace masseflyt::crypto {
namespace {

constexpr std::int64_t kStepSeconds = 30;
constexpr int kDigits = 6;
constexpr int kMaxWindowSteps = 10;
constexpr std::size_t kSecretBytes = 20;

std::int64_t stepOf(std::int64_t unix_seconds) { return unix_seconds / kStepSeconds; }

std::string percentEncode(std::string_view text) {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(c);
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0x0FU]);
    }
  }
  return out;
}

}  // namespace

namespace detail {

std::string hotpCode(std::string_view secret, std::uint64_t counter, int digits) {
  if (digits < 6 || digits > 8) {
    throw Error(ErrorKind::Internal, "crypto.error.internal", "HOTP digits must be 6..8");
  }
  std::string message(8, '\0');
  for (int i = 7; i >= 0; --i) {
    message[static_cast<std::size_t>(i)] = static_cast<char>(counter & 0xFFU);
    counter >>= 8;
  }
  const std::string mac = hmacSha1(secret, message);
  // RFC 4226 §5.3 dynamic truncation.
  const auto offset = static_cast<std::size_t>(static_cast<unsigned char>(mac[19]) & 0x0FU);
  const std::uint32_t binary =
      (static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset]) & 0x7FU) << 24) |
      (static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset + 1])) << 16) |
      (static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset + 2])) << 8) |
      static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset + 3]));
  std::uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) {
    modulus *= 10;
  }
  std::string code = std::to_string(binary % modulus);
  code.insert(0, static_cast<std::size_t>(digits) - code.size(), '0');
  return code;
}

}  // namespace detail

std::string newTotpSecret() { return randomBytes(kSecretBytes); }

std::string totpCode(std::string_view secret, std::int64_t unix_seconds) {
  if (unix_seconds < 0) {
    throw Error(ErrorKind::Internal, "crypto.error.internal", "TOTP time before 1970");
  }
  return detail::hotpCode(secret, static_cast<std::uint64_t>(stepOf(unix_seconds)), kDigits);
}

std::optional<std::int64_t> verifyTotp(std::string_view secret, std::string_view code,
                                       std::int64_t unix_seconds, int window_steps) {
  if (secret.empty() || unix_seconds < 0) {
    return std::nullopt;
  }
  std::string digits;
  for (const char c : code) {
    if (c == ' ') {
      continue;
    }
    if (c < '0' || c > '9' || digits.size() == kDigits) {
      return std::nullopt;
    }
    digits.push_back(c);
  }
  if (digits.size() != kDigits) {
    return std::nullopt;
  }
  const int window = std::clamp(window_steps, 0, kMaxWindowSteps);
  const std::int64_t now = stepOf(unix_seconds);
  // Nearest step first (0, -1, +1, -2, ...) so an accidental match in two steps reports the one
  // closest to the server clock.
  for (int distance = 0; distance <= window; ++distance) {
    for (const int sign : {-1, 1}) {
      if (distance == 0 && sign == 1) {
        continue;
      }
      const std::int64_t step = now + static_cast<std::int64_t>(sign) * distance;
      if (step < 0) {
        continue;
      }
      const auto expected = detail::hotpCode(secret, static_cast<std::uint64_t>(step), kDigits);
      if (constantTimeEquals(expected, digits)) {
        return step;
      }
    }
  }
  return std::nullopt;
}

std::string otpauthUri(std::string_view issuer, std::string_view account, std::string_view secret) {
  const std::string encoded_issuer = percentEncode(issuer);
  return "otpauth://totp/" + encoded_issuer + ":" + percentEncode(account) +
         "?secret=" + base32Encode(secret) + "&issuer=" + encoded_issuer +
         "&algorithm=SHA1&digits=6&period=30";
}

}  // namespace masseflyt::crypto
