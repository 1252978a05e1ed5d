#include "platform/crypto/hash.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <climits>

#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"

namespace masseflyt::crypto {
namespace {

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

std::string hmac(const EVP_MD* md, std::string_view key, std::string_view message) {
  if (key.size() > static_cast<std::size_t>(INT_MAX)) {
    throw Error(ErrorKind::Internal, "crypto.error.internal", "HMAC key too large");
  }
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  // A null key pointer with length 0 makes OpenSSL fail; an empty key is legal HMAC input.
  static const unsigned char kEmpty = 0;
  const unsigned char* key_ptr = key.empty() ? &kEmpty : bytes(key);
  if (HMAC(md, key_ptr, static_cast<int>(key.size()), bytes(message), message.size(), out,
           &length) == nullptr) {
    throw Error(ErrorKind::Internal, "crypto.error.internal", "HMAC failed");
  }
  return std::string(reinterpret_cast<const char*>(out), length);
}

}  // namespace

std::string sha256(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::Internal, "crypto.error.internal", "EVP_Digest(sha256) failed");
  }
  return std::string(reinterpret_cast<const char*>(digest), length);
}

std::string sha256Hex(std::string_view data) { return hexEncode(sha256(data)); }

std::string hmacSha256(std::string_view key, std::string_view message) {
  return hmac(EVP_sha256(), key, message);
}

std::string hmacSha1(std::string_view key, std::string_view message) {
  return hmac(EVP_sha1(), key, message);
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  if (a.empty()) {
    return true;
  }
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace masseflyt::crypto
