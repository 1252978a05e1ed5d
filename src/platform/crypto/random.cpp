#include "platform/crypto/random.hpp"

#include <openssl/err.h>
#include <openssl/rand.h>

#include <climits>

#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"

namespace masseflyt::crypto {

std::string randomBytes(std::size_t n) {
  if (n > static_cast<std::size_t>(INT_MAX)) {
    throw Error(ErrorKind::Internal, "crypto.error.random", "randomBytes: request too large");
  }
  std::string out(n, '\0');
  if (n == 0) {
    return out;
  }
  if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1) {
    throw Error(ErrorKind::Internal, "crypto.error.random",
                "RAND_bytes failed: " + std::to_string(ERR_get_error()));
  }
  return out;
}

std::string randomToken(std::size_t bytes) { return base64UrlEncode(randomBytes(bytes)); }

}  // namespace masseflyt::crypto
