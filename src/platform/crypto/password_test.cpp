#include "platform/crypto/password.hpp"

#include <argon2.h>
#include <gtest/gtest.h>

#include <vector>

#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::crypto {
namespace {

// Reference vector from the Argon2 reference implementation's test suite (src/test.c).
constexpr std::string_view kReferenceHash =
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

std::string replaceOnce(std::string text, std::string_view from, std::string_view to) {
  const auto pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  return pos == std::string::npos ? text : text.replace(pos, from.size(), to);
}

TEST(PasswordTest, HashHasOwaspParametersAndVerifies) {
  const std::string encoded = hashPassword("korrekt hest batteri stift");
  EXPECT_EQ(encoded.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0U) << encoded;
  // 16-byte salt and 32-byte hash in unpadded base64: 22 and 43 characters.
  const auto salt_start = encoded.find('$', 20) + 1;
  const auto hash_start = encoded.find('$', salt_start) + 1;
  EXPECT_EQ(hash_start - salt_start - 1, 22U);
  EXPECT_EQ(encoded.size() - hash_start, 43U);
  EXPECT_TRUE(verifyPassword("korrekt hest batteri stift", encoded));
  EXPECT_FALSE(passwordNeedsRehash(encoded));
}

TEST(PasswordTest, SaltMakesEveryHashDifferent) {
  const std::string a = hashPassword("same");
  const std::string b = hashPassword("same");
  EXPECT_NE(a, b);
  EXPECT_TRUE(verifyPassword("same", a));
  EXPECT_TRUE(verifyPassword("same", b));
}

TEST(PasswordTest, WrongPasswordIsRejected) {
  const std::string encoded = hashPassword("riktig");
  EXPECT_FALSE(verifyPassword("Riktig", encoded));
  EXPECT_FALSE(verifyPassword("riktig ", encoded));
  EXPECT_FALSE(verifyPassword("", encoded));
}

TEST(PasswordTest, NonAsciiAndEmptyPasswordsRoundTrip) {
  const std::string norwegian = "blåbærsyltetøy ÆØÅ";
  EXPECT_TRUE(verifyPassword(norwegian, hashPassword(norwegian)));
  EXPECT_TRUE(verifyPassword("", hashPassword("")));
  const std::string with_nul("a\0b", 3);
  const std::string encoded = hashPassword(with_nul);
  EXPECT_TRUE(verifyPassword(with_nul, encoded));
  EXPECT_FALSE(verifyPassword("a", encoded));
}

TEST(PasswordTest, VerifiesReferenceVector) {
  EXPECT_TRUE(verifyPassword("password", kReferenceHash));
  EXPECT_FALSE(verifyPassword("passwore", kReferenceHash));
  EXPECT_TRUE(passwordNeedsRehash(kReferenceHash));  // m=65536 differs from today's 19456
}

TEST(PasswordTest, OldParametersVerifyButNeedRehash) {
  // A hash made with other parameters (as after a future policy change) still logs the user in.
  const std::string salt = "0123456789abcdef";
  std::vector<char> encoded(256, '\0');
  ASSERT_EQ(argon2id_hash_encoded(3, 12288, 1, "gammelt", 7, salt.data(), salt.size(), 32,
                                  encoded.data(), encoded.size()),
            ARGON2_OK);
  const std::string old(encoded.data());
  EXPECT_TRUE(verifyPassword("gammelt", old));
  EXPECT_TRUE(passwordNeedsRehash(old));
}

TEST(PasswordTest, MalformedEncodingsAreRejectedWithoutThrowing) {
  const std::string good = hashPassword("pw");
  ASSERT_TRUE(verifyPassword("pw", good));
  const std::vector<std::string> bad = {
      "",
      "pw",
      "$argon2id$",
      good.substr(0, good.size() - 1),               // truncated hash
      good + "$",                                    // trailing field
      good + "A",                                    // hash length changes
      replaceOnce(good, "$argon2id$", "$argon2i$"),  // other variant
      replaceOnce(good, "$argon2id$", "$ARGON2ID$"),
      replaceOnce(good, "v=19", "v=16"),              // old version
      replaceOnce(good, "v=19", "v=019"),             // leading zero
      replaceOnce(good, "m=19456", "m=4294967295"),   // DoS: 4 TiB
      replaceOnce(good, "m=19456", "m=99999999999"),  // overflow
      replaceOnce(good, "m=19456", "m=-1"),
      replaceOnce(good, "m=19456", "m="),
      replaceOnce(good, "t=2", "t=100000"),  // DoS: iterations
      replaceOnce(good, "t=2", "t=0"),
      replaceOnce(good, "p=1", "p=0"),
      replaceOnce(good, "p=1", "p=255"),
      replaceOnce(good, ",t=2,p=1", ",p=1,t=2"),  // field order
      replaceOnce(good, "$m=", "$m=19456,x=1$m="),
      good.substr(0, good.rfind('$')) + "$" + std::string(43, '*'),  // not base64
      good.substr(0, good.rfind('$')) + "$" + std::string(43, 'A') + "=",
      good.substr(0, good.rfind('$')) + "$" + "AAAA",  // hash too short
      std::string(good).insert(10, 1, '\0'),
      std::string(10000, '$'),
  };
  for (const auto& encoded : bad) {
    EXPECT_FALSE(verifyPassword("pw", encoded)) << encoded;
    EXPECT_TRUE(passwordNeedsRehash(encoded)) << encoded;
  }
}

TEST(PasswordTest, OverlongPasswordIsRefused) {
  const std::string max(kMaxPasswordBytes, 'x');
  const std::string encoded = hashPassword(max);
  EXPECT_TRUE(verifyPassword(max, encoded));

  const std::string too_long(kMaxPasswordBytes + 1, 'x');
  EXPECT_FALSE(verifyPassword(too_long, encoded));
  try {
    hashPassword(too_long);
    FAIL() << "expected masseflyt::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    EXPECT_EQ(e.messageKey(), "crypto.error.password_too_long");
    ASSERT_EQ(e.fields().size(), 1U);
    EXPECT_EQ(e.fields()[0].field, "password");
  }
}

TEST(PasswordTest, MessagesAreInTheCatalog) {
  for (const char* key : {"crypto.error.password_too_long", "crypto.error.random",
                          "crypto.error.internal", "crypto.error.qr_too_long"}) {
    EXPECT_TRUE(i18n::catalog().contains(key)) << key;
  }
}

}  // namespace
}  // namespace masseflyt::crypto
