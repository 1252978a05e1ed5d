#include "modules/identity/clients/infra/key_protection.hpp"

#include <openssl/evp.h>

#include <memory>

#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/random.hpp"

namespace masseflyt::identity::clients {
namespace {

constexpr std::string_view kSealed = "aesgcm:";
constexpr std::string_view kPlain = "plain:";
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;

struct CtxDeleter {
  void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

[[noreturn]] void fail(std::string detail) {
  throw Error(ErrorKind::Internal, "clients.error.key_protection", std::move(detail));
}

const unsigned char* bytes(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

}  // namespace

std::optional<std::string> parseEncryptionKey(std::string_view text) {
  if (text.empty()) return std::nullopt;
  auto key = crypto::base64UrlDecode(text);
  if (!key || key->size() != 32) {
    throw Error(ErrorKind::Validation, "clients.error.encryption_key");
  }
  return key;
}

std::string sealPrivateKey(std::string_view private_jwk, std::string_view kid,
                           const std::optional<std::string>& key) {
  if (!key) return std::string(kPlain) + std::string(private_jwk);
  const std::string nonce = crypto::randomBytes(kNonceBytes);
  CtxPtr ctx(EVP_CIPHER_CTX_new());
  std::string out(private_jwk.size(), '\0');
  int length = 0;
  std::string tag(kTagBytes, '\0');
  if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(*key), bytes(nonce)) != 1 ||
      EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(kid), static_cast<int>(kid.size())) != 1 ||
      EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
                        bytes(private_jwk), static_cast<int>(private_jwk.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + length, &length) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes), tag.data()) != 1) {
    fail("seal");
  }
  return std::string(kSealed) + crypto::base64UrlEncode(nonce + out + tag);
}

std::string openPrivateKey(std::string_view stored, std::string_view kid,
                           const std::optional<std::string>& key) {
  if (stored.starts_with(kPlain)) return std::string(stored.substr(kPlain.size()));
  if (!stored.starts_with(kSealed)) fail("unknown format");
  if (!key) fail("sealed key but no api.key_encryption_key configured");
  const auto raw = crypto::base64UrlDecode(stored.substr(kSealed.size()));
  if (!raw || raw->size() < kNonceBytes + kTagBytes) fail("malformed");
  const std::string_view nonce(raw->data(), kNonceBytes);
  const std::string_view cipher(raw->data() + kNonceBytes, raw->size() - kNonceBytes - kTagBytes);
  std::string tag(raw->data() + raw->size() - kTagBytes, kTagBytes);
  CtxPtr ctx(EVP_CIPHER_CTX_new());
  std::string out(cipher.size(), '\0');
  int length = 0;
  if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(*key), bytes(nonce)) != 1 ||
      EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(kid), static_cast<int>(kid.size())) != 1 ||
      EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
                        bytes(cipher), static_cast<int>(cipher.size())) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag.data()) != 1 ||
      EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + length, &length) != 1) {
    fail("open: wrong key or tampered");
  }
  return out;
}

}  // namespace masseflyt::identity::clients
