#include "modules/identity/clients/infra/jwt.hpp"

#include <gtest/gtest.h>

#include "modules/identity/clients/infra/jwt_json.hpp"
#include "modules/identity/clients/infra/key_protection.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/random.hpp"

namespace masseflyt::identity::clients {
namespace {

std::string payload() {
  json::AccessTokenClaims claims;
  claims.issuer = "https://masseflyt.test";
  claims.subject = "client-1";
  claims.audience = "https://masseflyt.test/api/v1";
  claims.jti = "j1";
  claims.scope = "identity.members.read";
  claims.organisation_number = "315500117";
  claims.issued_at = 1000;
  claims.expires_at = 1300;
  return json::accessTokenPayload(claims);
}

// Replaces one part of a compact JWS (0 header, 1 payload, 2 signature).
std::string replacePart(const std::string& token, int index, const std::string& part) {
  const auto first = token.find('.');
  const auto second = token.find('.', first + 1);
  std::string parts[3] = {token.substr(0, first), token.substr(first + 1, second - first - 1),
                          token.substr(second + 1)};
  parts[index] = part;
  return parts[0] + "." + parts[1] + "." + parts[2];
}

TEST(Jwt, SignsEs256WithKidAndVerifies) {
  const auto key = jwt::generateEs256Key("kid-1");
  const auto token = jwt::signEs256(key.private_jwk, key.kid, payload());
  const auto header = jwt::unverifiedHeader(token);
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->alg, "ES256");
  EXPECT_EQ(header->kid, "kid-1");
  const auto verified = jwt::verify(token, key.public_jwk);
  ASSERT_TRUE(verified.has_value());
  const auto claims = json::parseClaims(*verified);
  ASSERT_TRUE(claims.has_value());
  EXPECT_EQ(claims->sub.value(), "client-1");
  EXPECT_EQ(claims->aud, (std::vector<std::string>{"https://masseflyt.test/api/v1"}));
  EXPECT_EQ(claims->exp.value(), 1300);
  EXPECT_EQ(claims->consumer_id.value(), "0192:315500117");
  // The public JWK carries no private part.
  EXPECT_EQ(key.public_jwk.find("\"d\""), std::string::npos);
  EXPECT_NE(key.private_jwk.find("\"d\""), std::string::npos);
}

TEST(Jwt, TamperedPayloadFailsVerification) {
  const auto key = jwt::generateEs256Key("kid-1");
  const auto token = jwt::signEs256(key.private_jwk, key.kid, payload());
  std::string forged = payload();
  forged.replace(forged.find("identity.members.read"), 21, "identity.members.mana");
  const auto tampered = replacePart(token, 1, crypto::base64UrlEncode(forged));
  EXPECT_FALSE(jwt::verify(tampered, key.public_jwk).has_value());
  // The signature of another token does not fit either.
  const auto other = jwt::signEs256(key.private_jwk, key.kid, "{\"sub\":\"x\"}");
  EXPECT_FALSE(jwt::verify(replacePart(token, 2, other.substr(other.rfind('.') + 1)), key.public_jwk));
}

TEST(Jwt, AnotherKeyDoesNotVerify) {
  const auto key = jwt::generateEs256Key("kid-1");
  const auto stranger = jwt::generateEs256Key("kid-1");
  const auto token = jwt::signEs256(stranger.private_jwk, "kid-1", payload());
  EXPECT_FALSE(jwt::verify(token, key.public_jwk).has_value());
}

TEST(Jwt, NoneAndHmacAndCritAreRefused) {
  const auto key = jwt::generateEs256Key("kid-1");
  const std::string body = crypto::base64UrlEncode(payload());
  const std::string none = crypto::base64UrlEncode("{\"alg\":\"none\",\"kid\":\"kid-1\"}") + "." + body + ".";
  EXPECT_FALSE(jwt::verify(none, key.public_jwk).has_value());
  const std::string hs = crypto::base64UrlEncode("{\"alg\":\"HS256\",\"kid\":\"kid-1\"}") + "." + body + "." +
                         crypto::base64UrlEncode(std::string(32, 'x'));
  EXPECT_FALSE(jwt::verify(hs, key.public_jwk).has_value());
  EXPECT_FALSE(jwt::verify("not a token", key.public_jwk).has_value());
  EXPECT_FALSE(jwt::verify("", key.public_jwk).has_value());
  EXPECT_FALSE(jwt::unverifiedHeader("a.b").has_value());
}

TEST(Jwt, KeyAlgorithmMustMatchTheHeader) {
  const auto key = jwt::generateEs256Key("kid-1");
  const auto token = jwt::signEs256(key.private_jwk, key.kid, payload());
  std::string rs = key.public_jwk;
  rs.replace(rs.find("ES256"), 5, "RS256");
  EXPECT_FALSE(jwt::verify(token, rs).has_value());
}

TEST(JwtJson, ClaimsOfOtherShapes) {
  const auto claims = json::parseClaims(
      R"({"iss":"i","aud":["a","b",3],"exp":1.0e3,"iat":"x","consumer":{"authority":"iso6523-actorid-upis","ID":"9908:315500117"}})");
  ASSERT_TRUE(claims.has_value());
  EXPECT_EQ(claims->aud, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(claims->exp.value(), 1000);
  EXPECT_FALSE(claims->iat.has_value());
  EXPECT_EQ(claims->consumer_id.value(), "9908:315500117");
  EXPECT_FALSE(json::parseClaims("[]").has_value());
  EXPECT_FALSE(json::parseClaims("{").has_value());
}

TEST(JwtJson, FindsKeysByKidAndRefusesDuplicates) {
  const auto a = jwt::generateEs256Key("a");
  const auto b = jwt::generateEs256Key("b");
  const auto set = json::jwks({a.public_jwk, b.public_jwk});
  EXPECT_EQ(json::findKey(set, "b").value().find("\"kid\":\"b\"") != std::string::npos, true);
  EXPECT_FALSE(json::findKey(set, "c").has_value());
  EXPECT_FALSE(json::findKey(json::jwks({a.public_jwk, a.public_jwk}), "a").has_value());
  EXPECT_EQ(json::tokenResponse("t", 300, "s"),
            R"({"access_token":"t","token_type":"Bearer","expires_in":300,"scope":"s"})");
}

TEST(KeyProtection, SealsAndOpensAndRefusesTamperingOrAnotherKey) {
  const auto key = parseEncryptionKey(crypto::base64UrlEncode(crypto::randomBytes(32)));
  ASSERT_TRUE(key.has_value());
  const std::string secret = R"({"kty":"EC","d":"secret"})";
  const auto sealed = sealPrivateKey(secret, "kid-1", key);
  EXPECT_TRUE(sealed.starts_with("aesgcm:"));
  EXPECT_EQ(sealed.find("secret"), std::string::npos);
  EXPECT_EQ(openPrivateKey(sealed, "kid-1", key), secret);
  EXPECT_THROW(openPrivateKey(sealed, "kid-2", key), Error);  // moved to another row
  const auto other = parseEncryptionKey(crypto::base64UrlEncode(crypto::randomBytes(32)));
  EXPECT_THROW(openPrivateKey(sealed, "kid-1", other), Error);
  EXPECT_THROW(openPrivateKey(sealed, "kid-1", std::nullopt), Error);
  std::string flipped = sealed;
  flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == 'A' ? 'B' : 'A';
  EXPECT_THROW(openPrivateKey(flipped, "kid-1", key), Error);
  EXPECT_EQ(openPrivateKey(sealPrivateKey(secret, "k", std::nullopt), "k", std::nullopt), secret);
  EXPECT_FALSE(parseEncryptionKey("").has_value());
  EXPECT_THROW(parseEncryptionKey("too-short"), Error);
}

}  // namespace
}  // namespace masseflyt::identity::clients
