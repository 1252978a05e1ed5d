#include <gtest/gtest.h>

#include "platform/auth/oidc/oidc.hpp"
#include "platform/auth/oidc/testing/test_signer.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::auth::oidc {
namespace {

using testing::TestClaims;
using testing::TestKey;

constexpr std::int64_t kNow = 1'750'000'000;
constexpr const char* kIssuer = "https://test.idporten.no";
constexpr const char* kClientId = "masseflyt-test";
constexpr const char* kNonce = "n-0S6_WzA2Mj";

// Key generation is the slow part; share the keys across the suite.
const TestKey& rsaKey() {
  static const TestKey key = TestKey::rsa("rsa-1");
  return key;
}
const TestKey& ecKey() {
  static const TestKey key = TestKey::ec("ec-1");
  return key;
}

class ValidateIdTokenTest : public ::testing::Test {
 protected:
  ValidateIdTokenTest() {
    discovery_.issuer = kIssuer;
    discovery_.authorization_endpoint = "https://login.test.idporten.no/authorize";
    discovery_.token_endpoint = "https://test.idporten.no/token";
    discovery_.jwks_uri = "https://test.idporten.no/jwks.json";
    config_.issuer = kIssuer;
    config_.client_id = kClientId;
    config_.redirect_uri = "https://masseflyt.test/auth/callback";
    config_.required_acr = "idporten-loa-substantial";
    claims_.iss = kIssuer;
    claims_.sub = "pairwise-subject-123";
    claims_.aud = {kClientId};
    claims_.nonce = kNonce;
    claims_.acr = "idporten-loa-substantial";
    claims_.iat = kNow - 5;
    claims_.exp = kNow + 120;
    claims_.auth_time = kNow - 6;
    claims_.name = "Kari Nordmann";
    claims_.email = "kari@example.no";
    jwks_ = testing::jwks({rsaKey().publicJwk("RS256"), ecKey().publicJwk("ES256")});
  }

  IdentityClaims validate(const std::string& token) {
    return validateIdToken(token, discovery_, config_, jwks_, kNonce, kNow);
  }

  // Runs validation expecting a rejection and returns the catalog key.
  std::string rejection(const std::string& token) {
    try {
      validate(token);
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Unauthorized) << error.detail();
      EXPECT_TRUE(i18n::catalog().contains(error.messageKey())) << error.messageKey();
      return error.messageKey();
    }
    return "accepted";
  }

  std::string rsaToken() const { return rsaKey().sign("RS256", claims_.json()); }

  Discovery discovery_;
  ProviderConfig config_;
  TestClaims claims_;
  std::string jwks_;
};

TEST_F(ValidateIdTokenTest, AcceptsValidRs256TokenAndReturnsIdentity) {
  const IdentityClaims identity = validate(rsaToken());
  EXPECT_EQ(identity.subject, "pairwise-subject-123");
  EXPECT_EQ(identity.issuer, kIssuer);
  EXPECT_EQ(identity.name, "Kari Nordmann");
  EXPECT_EQ(identity.email, "kari@example.no");
  EXPECT_EQ(identity.acr, "idporten-loa-substantial");
  EXPECT_EQ(identity.auth_time, kNow - 6);
}

TEST_F(ValidateIdTokenTest, AcceptsValidEs256Token) {
  EXPECT_EQ(validate(ecKey().sign("ES256", claims_.json())).subject, "pairwise-subject-123");
}

TEST_F(ValidateIdTokenTest, AcceptsPs256WithRsaKeyThatDoesNotPinAlg) {
  jwks_ = testing::jwks({rsaKey().publicJwk()});
  EXPECT_NO_THROW(validate(rsaKey().sign("PS256", claims_.json())));
}

TEST_F(ValidateIdTokenTest, RejectsTamperedPayload) {
  const std::string token = rsaToken();
  TestClaims forged = claims_;
  forged.sub = "someone-else";
  const auto first_dot = token.find('.');
  const auto second_dot = token.find('.', first_dot + 1);
  const std::string tampered = token.substr(0, first_dot + 1) +
                               crypto::base64UrlEncode(forged.json()) + token.substr(second_dot);
  EXPECT_EQ(rejection(tampered), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsFlippedSignatureByte) {
  std::string token = rsaToken();
  token[token.size() - 5] = token[token.size() - 5] == 'A' ? 'B' : 'A';
  EXPECT_EQ(rejection(token), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsWrongNonce) {
  claims_.nonce = "another-login";
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.nonce");
}

TEST_F(ValidateIdTokenTest, RejectsMissingNonceAndEmptyExpectedNonce) {
  claims_.nonce.reset();
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.nonce");
  claims_.nonce = "";
  EXPECT_THROW(validateIdToken(rsaToken(), discovery_, config_, jwks_, "", kNow), Error);
}

TEST_F(ValidateIdTokenTest, RejectsExpiredTokenBeyondSkew) {
  claims_.exp = kNow - 61;
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.expired");
  claims_.exp = kNow - 60;  // exp must be strictly later than now - skew
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.expired");
  claims_.exp = kNow - 59;
  EXPECT_NO_THROW(validate(rsaToken()));
}

TEST_F(ValidateIdTokenTest, RejectsMissingExp) {
  claims_.exp.reset();
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.expired");
}

TEST_F(ValidateIdTokenTest, RejectsIssuedInTheFuture) {
  claims_.iat = kNow + 61;
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.issued_at");
  claims_.iat = kNow + 60;
  EXPECT_NO_THROW(validate(rsaToken()));
  claims_.iat.reset();
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.issued_at");
}

TEST_F(ValidateIdTokenTest, RejectsNotBeforeInTheFuture) {
  claims_.nbf = kNow + 3600;
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.issued_at");
}

TEST_F(ValidateIdTokenTest, RejectsWrongAudience) {
  claims_.aud = {"another-client"};
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.audience");
  claims_.aud.clear();
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.audience");
}

TEST_F(ValidateIdTokenTest, MultipleAudiencesRequireAzpEqualToClientId) {
  claims_.aud = {kClientId, "https://api.example"};
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.audience");
  claims_.azp = "https://api.example";
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.audience");
  claims_.azp = kClientId;
  EXPECT_NO_THROW(validate(rsaToken()));
}

TEST_F(ValidateIdTokenTest, RejectsForeignAzpEvenWithSingleAudience) {
  claims_.azp = "another-client";
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.audience");
}

TEST_F(ValidateIdTokenTest, RejectsWrongIssuer) {
  claims_.iss = "https://evil.example";
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.issuer");
  claims_.iss = std::string(kIssuer) + "/";  // exact match, no normalisation
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.issuer");
}

TEST_F(ValidateIdTokenTest, RejectsTooLowAcr) {
  claims_.acr = "idporten-loa-low";
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.acr");
  claims_.acr.reset();
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.acr");
  claims_.acr = "idporten-loa-high";
  EXPECT_EQ(validate(rsaToken()).acr, "idporten-loa-high");
}

TEST_F(ValidateIdTokenTest, AcrIsNotCheckedWhenNotRequired) {
  config_.required_acr.reset();
  claims_.acr.reset();
  EXPECT_NO_THROW(validate(rsaToken()));
}

TEST_F(ValidateIdTokenTest, RejectsAlgNone) {
  const std::string token =
      testing::unsignedToken(R"({"alg":"none","kid":"rsa-1"})", claims_.json());
  EXPECT_EQ(rejection(token), "oidc.error.signature");
  const std::string with_signature = testing::unsignedToken(
      R"({"alg":"none","kid":"rsa-1"})", claims_.json(), crypto::base64UrlEncode("x"));
  EXPECT_EQ(rejection(with_signature), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsHs256SignedWithThePublicKey) {
  // The classic key-confusion forgery: HMAC keyed with the published RSA key.
  const std::string public_jwk = rsaKey().publicJwk();
  cjose_jwk_t* hmac_key = cjose_jwk_create_oct_spec(
      reinterpret_cast<const std::uint8_t*>(public_jwk.data()), public_jwk.size(), nullptr);
  ASSERT_NE(hmac_key, nullptr);
  const std::string token = TestKey::signWith(hmac_key, "HS256", "rsa-1", claims_.json());
  cjose_jwk_release(hmac_key);
  jwks_ = testing::jwks({public_jwk});
  EXPECT_EQ(rejection(token), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsOctKeysInTheKeySet) {
  cjose_jwk_t* hmac_key = cjose_jwk_create_oct_random(256, nullptr);
  cjose_jwk_set_kid(hmac_key, "oct-1", 5, nullptr);
  char* json = cjose_jwk_to_json(hmac_key, true, nullptr);
  jwks_ = testing::jwks({json});
  cjose_get_dealloc()(json);
  const std::string token = TestKey::signWith(hmac_key, "HS256", "oct-1", claims_.json());
  cjose_jwk_release(hmac_key);
  EXPECT_EQ(rejection(token), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsUnknownKid) {
  const TestKey other = TestKey::rsa("rsa-unknown");
  EXPECT_EQ(rejection(other.sign("RS256", claims_.json())), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsHeaderAlgDifferentFromKeyAlg) {
  // Same RSA key, but the JWKS pins it to RS256.
  EXPECT_EQ(rejection(rsaKey().sign("PS256", claims_.json())), "oidc.error.signature");
  EXPECT_EQ(rejection(rsaKey().sign("RS512", claims_.json())), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsAlgThatDoesNotFitKeyType) {
  // An EC signature presented under the RSA key's kid.
  const std::string token = TestKey::signWith(ecKey().raw(), "ES256", "rsa-1", claims_.json());
  EXPECT_EQ(rejection(token), "oidc.error.signature");
  // ES384 header against a P-256 key.
  jwks_ = testing::jwks({ecKey().publicJwk()});
  EXPECT_EQ(rejection(ecKey().sign("ES384", claims_.json())), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsKeysNotMeantForSignatures) {
  jwks_ = testing::jwks({rsaKey().publicJwk("RS256", "enc")});
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsShortRsaKeys) {
  const TestKey weak = TestKey::rsa("rsa-weak", 1024);
  jwks_ = testing::jwks({weak.publicJwk("RS256")});
  EXPECT_EQ(rejection(weak.sign("RS256", claims_.json())), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, TokenWithoutKidNeedsExactlyOneFittingKey) {
  const std::string token = TestKey::signWith(rsaKey().raw(), "RS256", "", claims_.json());
  EXPECT_NO_THROW(validate(token));  // only one RSA key in the set
  const TestKey second = TestKey::rsa("rsa-2");
  jwks_ = testing::jwks({rsaKey().publicJwk("RS256"), second.publicJwk("RS256")});
  EXPECT_EQ(rejection(token), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsCriticalHeaderExtensions) {
  EXPECT_EQ(rejection(rsaKey().sign("RS256", claims_.json(), R"("crit":["exp"])")),
            "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsGarbageAndEncryptedTokens) {
  EXPECT_EQ(rejection(""), "oidc.error.signature");
  EXPECT_EQ(rejection("not-a-token"), "oidc.error.signature");
  EXPECT_EQ(rejection("a.b.c.d.e"), "oidc.error.signature");
  EXPECT_EQ(rejection(std::string(70000, 'a') + ".b.c"), "oidc.error.signature");
}

TEST_F(ValidateIdTokenTest, RejectsMissingSubjectAndWrongClaimTypes) {
  claims_.sub.reset();
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.malformed");
  claims_.sub = "x";
  claims_.exp.reset();
  claims_.extra = R"("exp":"tomorrow")";
  EXPECT_EQ(rejection(rsaToken()), "oidc.error.malformed");
}

TEST_F(ValidateIdTokenTest, BuildsNameFromGivenAndFamilyName) {
  claims_.name.reset();
  claims_.extra = R"("given_name":"Ola","family_name":"Nordmann")";
  EXPECT_EQ(validate(rsaToken()).name, "Ola Nordmann");
}

TEST_F(ValidateIdTokenTest, RejectsMalformedJwks) {
  jwks_ = "not json";
  EXPECT_THROW(validate(rsaToken()), Error);
  jwks_ = R"({"keys":"nope"})";
  EXPECT_THROW(validate(rsaToken()), Error);
}

TEST(AcrSatisfiesTest, OrdersIdportenLevelsAndMatchesOthersExactly) {
  EXPECT_TRUE(acrSatisfies("idporten-loa-substantial", "idporten-loa-substantial"));
  EXPECT_TRUE(acrSatisfies("idporten-loa-high", "idporten-loa-substantial"));
  EXPECT_FALSE(acrSatisfies("idporten-loa-low", "idporten-loa-substantial"));
  EXPECT_FALSE(acrSatisfies("idporten-loa-substantial", "idporten-loa-high"));
  EXPECT_TRUE(acrSatisfies("Level4", "idporten-loa-high"));
  EXPECT_TRUE(acrSatisfies("urn:custom:mfa", "urn:custom:mfa"));
  EXPECT_FALSE(acrSatisfies("urn:custom:pwd", "urn:custom:mfa"));
  EXPECT_FALSE(acrSatisfies("", "urn:custom:mfa"));
  EXPECT_FALSE(acrSatisfies("urn:custom:mfa", "idporten-loa-low"));
}

}  // namespace
}  // namespace masseflyt::auth::oidc
