#include "platform/crypto/encoding.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace masseflyt::crypto {
namespace {

// RFC 4648 §10 test vectors.
const std::vector<std::pair<std::string, std::string>> kBase64Url = {
    {"", ""},           {"f", "Zg"},          {"fo", "Zm8"},         {"foo", "Zm9v"},
    {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
const std::vector<std::pair<std::string, std::string>> kBase32 = {{"", ""},
                                                                  {"f", "MY"},
                                                                  {"fo", "MZXQ"},
                                                                  {"foo", "MZXW6"},
                                                                  {"foob", "MZXW6YQ"},
                                                                  {"fooba", "MZXW6YTB"},
                                                                  {"foobar", "MZXW6YTBOI"}};

TEST(EncodingTest, Base64UrlRfcVectors) {
  for (const auto& [plain, encoded] : kBase64Url) {
    EXPECT_EQ(base64UrlEncode(plain), encoded);
    EXPECT_EQ(base64UrlDecode(encoded), plain);
  }
}

TEST(EncodingTest, Base64UrlUsesUrlAlphabet) {
  const std::string bytes{'\xfb', '\xff', '\xbf'};
  EXPECT_EQ(base64UrlEncode(bytes), "-_-_");
  EXPECT_EQ(base64UrlDecode("-_-_"), bytes);
}

TEST(EncodingTest, Base64UrlRoundTripsAllByteValues) {
  std::string all;
  for (int i = 0; i < 256; ++i) {
    all.push_back(static_cast<char>(i));
  }
  for (std::size_t n = 0; n <= all.size(); n += 37) {
    const std::string part = all.substr(0, n);
    EXPECT_EQ(base64UrlDecode(base64UrlEncode(part)), part);
  }
}

TEST(EncodingTest, Base64UrlDecodeIsStrict) {
  EXPECT_FALSE(base64UrlDecode("Zg==").has_value());    // padding
  EXPECT_FALSE(base64UrlDecode("Zm9v+A").has_value());  // standard alphabet
  EXPECT_FALSE(base64UrlDecode("Zm9v/A").has_value());
  EXPECT_FALSE(base64UrlDecode("Zm 9v").has_value());  // whitespace
  EXPECT_FALSE(base64UrlDecode("Z").has_value());      // impossible length
  EXPECT_FALSE(base64UrlDecode("Zh").has_value());     // non-zero trailing bits (Zg is canonical)
}

TEST(EncodingTest, Base32RfcVectors) {
  for (const auto& [plain, encoded] : kBase32) {
    EXPECT_EQ(base32Encode(plain), encoded);
    EXPECT_EQ(base32Decode(encoded), plain);
  }
}

TEST(EncodingTest, Base32DecodeIsTolerant) {
  EXPECT_EQ(base32Decode("mzxw6ytboi"), "foobar");
  EXPECT_EQ(base32Decode("MZXW 6YTB OI"), "foobar");
  EXPECT_EQ(base32Decode("MZXW6YQ="), "foob");
  EXPECT_EQ(base32Decode("MY======"), "f");
  EXPECT_EQ(base32Decode("my== "), "f");
  EXPECT_EQ(base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), "12345678901234567890");
}

TEST(EncodingTest, Base32DecodeRejectsGarbage) {
  EXPECT_FALSE(base32Decode("MZXW1").has_value());  // '1' is not in the alphabet
  EXPECT_FALSE(base32Decode("MZ=XW").has_value());  // padding in the middle
  EXPECT_FALSE(base32Decode("M").has_value());      // 1, 3 or 6 trailing symbols are impossible
  EXPECT_FALSE(base32Decode("MZX").has_value());
  EXPECT_FALSE(base32Decode("MZXW6Y").has_value());
  EXPECT_FALSE(base32Decode("MZXW-6YTB").has_value());
}

TEST(EncodingTest, Base32RoundTripsAllLengths) {
  std::string data;
  for (int i = 0; i < 41; ++i) {
    EXPECT_EQ(base32Decode(base32Encode(data)), data);
    data.push_back(static_cast<char>(i * 53 + 7));
  }
}

TEST(EncodingTest, HexIsLowerCase) {
  EXPECT_EQ(hexEncode(""), "");
  EXPECT_EQ(hexEncode(std::string{'\x00', '\x0f', '\xab', '\xff'}), "000fabff");
}

}  // namespace
}  // namespace masseflyt::crypto
