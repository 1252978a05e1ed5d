#include <gtest/gtest.h>

#include <map>

#include "platform/auth/oidc/oidc.hpp"
#include "platform/auth/oidc/testing/test_signer.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/hash.hpp"

namespace masseflyt::auth::oidc {
namespace {

using testing::TestClaims;
using testing::TestKey;

constexpr const char* kIssuer = "https://idp.example";
constexpr const char* kClientId = "masseflyt";

const TestKey& signingKey() {
  static const TestKey key = TestKey::rsa("key-a");
  return key;
}
const TestKey& rotatedKey() {
  static const TestKey key = TestKey::rsa("key-b");
  return key;
}

// A fake of the outside provider: canned metadata and keys, and a token endpoint that records
// the request and answers with whatever the test put in id_token.
class FakeProvider : public HttpFetcher {
 public:
  FakeProvider() {
    responses["https://idp.example/.well-known/openid-configuration"] = {200, metadata()};
    responses["https://idp.example/jwks"] = {200, testing::jwks({signingKey().publicJwk("RS256")})};
  }

  static std::string metadata(const std::string& issuer = kIssuer,
                              const std::string& token_endpoint = "https://idp.example/token") {
    return R"({"issuer":")" + issuer +
           R"(","authorization_endpoint":"https://idp.example/authorize","token_endpoint":")" +
           token_endpoint +
           R"(","jwks_uri":"https://idp.example/jwks","end_session_endpoint":"https://idp.example/logout","authorization_response_iss_parameter_supported":true})";
  }

  std::pair<int, std::string> get(const std::string& url) override {
    ++gets[url];
    const auto found = responses.find(url);
    if (found == responses.end()) {
      return {404, ""};
    }
    return found->second;
  }

  std::pair<int, std::string> postForm(
      const std::string& url, const std::vector<std::pair<std::string, std::string>>& form,
      const std::optional<std::pair<std::string, std::string>>& basic_auth) override {
    ++posts;
    last_url = url;
    last_form.clear();
    for (const auto& [name, value] : form) {
      last_form[name] = value;
    }
    last_basic = basic_auth;
    return {token_status, token_status == 200 ? R"({"token_type":"Bearer","access_token":"at","id_token":")" + id_token + "\"}" : R"({"error":"invalid_grant"})"};
  }

  std::map<std::string, std::pair<int, std::string>> responses;
  std::map<std::string, int> gets;
  int posts = 0;
  int token_status = 200;
  std::string id_token;
  std::string last_url;
  std::map<std::string, std::string> last_form;
  std::optional<std::pair<std::string, std::string>> last_basic;
};

class ClientTest : public ::testing::Test {
 protected:
  ClientTest() {
    config_.issuer = kIssuer;
    config_.client_id = kClientId;
    config_.client_secret = "s3cret:with/odd chars";
    config_.redirect_uri = "https://masseflyt.test/auth/callback";
    config_.required_acr = "idporten-loa-substantial";
  }

  Client makeClient() {
    return Client(config_, provider_, [this] { return now_; });
  }

  TestClaims claimsFor(const AuthorizationRequest& request) const {
    TestClaims claims;
    claims.iss = kIssuer;
    claims.sub = "subject-1";
    claims.aud = {kClientId};
    claims.nonce = request.nonce;
    claims.acr = "idporten-loa-substantial";
    claims.iat = now_;
    claims.exp = now_ + 300;
    return claims;
  }

  static std::string errorKey(const std::function<void()>& action) {
    try {
      action();
    } catch (const Error& error) {
      return error.messageKey();
    }
    return "no error";
  }

  ProviderConfig config_;
  FakeProvider provider_;
  std::int64_t now_ = 1'750'000'000;
};

std::string queryParam(const std::string& url, const std::string& name) {
  const auto start = url.find(name + "=");
  if (start == std::string::npos) {
    return "(missing)";
  }
  const auto value_start = start + name.size() + 1;
  return url.substr(value_start, url.find('&', value_start) - value_start);
}

TEST_F(ClientTest, BeginLoginBuildsAuthorizationUrlWithPkceStateAndNonce) {
  Client client(config_, provider_);
  const AuthorizationRequest request = client.beginLogin();
  EXPECT_EQ(request.url.rfind("https://idp.example/authorize?", 0), 0u) << request.url;
  EXPECT_EQ(queryParam(request.url, "response_type"), "code");
  EXPECT_EQ(queryParam(request.url, "client_id"), "masseflyt");
  EXPECT_EQ(queryParam(request.url, "redirect_uri"), "https%3A%2F%2Fmasseflyt.test%2Fauth%2Fcallback");
  EXPECT_EQ(queryParam(request.url, "scope"), "openid%20profile");
  EXPECT_EQ(queryParam(request.url, "state"), request.state);
  EXPECT_EQ(queryParam(request.url, "nonce"), request.nonce);
  EXPECT_EQ(queryParam(request.url, "code_challenge_method"), "S256");
  EXPECT_EQ(queryParam(request.url, "code_challenge"),
            crypto::base64UrlEncode(crypto::sha256(request.code_verifier)));
  EXPECT_EQ(queryParam(request.url, "acr_values"), "idporten-loa-substantial");
  EXPECT_EQ(queryParam(request.url, "ui_locales"), "nb");
  // 256 bits, base64url without padding.
  EXPECT_EQ(request.state.size(), 43u);
  EXPECT_EQ(request.nonce.size(), 43u);
  EXPECT_EQ(request.code_verifier.size(), 43u);
  EXPECT_NE(request.state, request.nonce);
  EXPECT_NE(client.beginLogin().state, request.state);
}

TEST_F(ClientTest, DiscoveryIsCachedFor24Hours) {
  Client client = makeClient();
  client.beginLogin();
  client.beginLogin();
  EXPECT_EQ(provider_.gets["https://idp.example/.well-known/openid-configuration"], 1);
  now_ += 24 * 3600;
  client.beginLogin();
  EXPECT_EQ(provider_.gets["https://idp.example/.well-known/openid-configuration"], 2);
  EXPECT_EQ(client.discovery().end_session_endpoint, "https://idp.example/logout");
}

TEST_F(ClientTest, CompleteLoginExchangesCodeWithVerifierAndValidatesToken) {
  Client client = makeClient();
  const AuthorizationRequest request = client.beginLogin();
  provider_.id_token = signingKey().sign("RS256", claimsFor(request).json());
  const IdentityClaims identity =
      client.completeLogin("the-code", request.state, request, std::string_view(kIssuer));
  EXPECT_EQ(identity.subject, "subject-1");
  EXPECT_EQ(provider_.last_url, "https://idp.example/token");
  EXPECT_EQ(provider_.last_form["grant_type"], "authorization_code");
  EXPECT_EQ(provider_.last_form["code"], "the-code");
  EXPECT_EQ(provider_.last_form["code_verifier"], request.code_verifier);
  EXPECT_EQ(provider_.last_form["redirect_uri"], config_.redirect_uri);
  EXPECT_EQ(provider_.last_form.count("client_secret"), 0u);
  ASSERT_TRUE(provider_.last_basic);
  EXPECT_EQ(provider_.last_basic->first, "masseflyt");
  EXPECT_EQ(provider_.last_basic->second, "s3cret%3Awith%2Fodd%20chars");  // RFC 6749 §2.3.1
}

TEST_F(ClientTest, PublicClientSendsClientIdInForm) {
  config_.client_secret.clear();
  Client client = makeClient();
  const AuthorizationRequest request = client.beginLogin();
  provider_.id_token = signingKey().sign("RS256", claimsFor(request).json());
  client.completeLogin("c", request.state, request, std::string_view(kIssuer));
  EXPECT_FALSE(provider_.last_basic);
  EXPECT_EQ(provider_.last_form["client_id"], "masseflyt");
}

TEST_F(ClientTest, StateMismatchIsRejectedBeforeTheTokenEndpoint) {
  Client client = makeClient();
  const AuthorizationRequest request = client.beginLogin();
  EXPECT_EQ(errorKey([&] { client.completeLogin("c", "forged", request, kIssuer); }),
            "oidc.error.state");
  AuthorizationRequest empty;
  EXPECT_EQ(errorKey([&] { client.completeLogin("c", "", empty, kIssuer); }), "oidc.error.state");
  EXPECT_EQ(provider_.posts, 0);
}

TEST_F(ClientTest, AuthorizationResponseIssuerIsChecked) {
  Client client = makeClient();
  const AuthorizationRequest request = client.beginLogin();
  provider_.id_token = signingKey().sign("RS256", claimsFor(request).json());
  EXPECT_EQ(errorKey([&] { client.completeLogin("c", request.state, request, "https://evil"); }),
            "oidc.error.issuer");
  // The provider advertises RFC 9207, so a missing iss is a mix-up risk too.
  EXPECT_EQ(errorKey([&] { client.completeLogin("c", request.state, request); }),
            "oidc.error.issuer");
  EXPECT_EQ(provider_.posts, 0);
}

TEST_F(ClientTest, WrongNonceFromProviderIsRejected) {
  Client client = makeClient();
  const AuthorizationRequest request = client.beginLogin();
  TestClaims claims = claimsFor(request);
  claims.nonce = client.beginLogin().nonce;  // a token minted for another login
  provider_.id_token = signingKey().sign("RS256", claims.json());
  EXPECT_EQ(errorKey([&] { client.completeLogin("c", request.state, request, kIssuer); }),
            "oidc.error.nonce");
}

TEST_F(ClientTest, TokenEndpointErrorsAreReported) {
  Client client = makeClient();
  const AuthorizationRequest request = client.beginLogin();
  provider_.token_status = 400;
  try {
    client.completeLogin("c", request.state, request, kIssuer);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.messageKey(), "oidc.error.token_endpoint");
    EXPECT_EQ(error.kind(), ErrorKind::Unauthorized);
  }
  provider_.token_status = 502;
  try {
    client.completeLogin("c", request.state, request, kIssuer);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.messageKey(), "oidc.error.token_endpoint");
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
  }
}

TEST_F(ClientTest, UnknownKidRefreshesJwksOnceAndIsRateLimited) {
  Client client = makeClient();
  const AuthorizationRequest request = client.beginLogin();
  provider_.id_token = signingKey().sign("RS256", claimsFor(request).json());
  client.completeLogin("c", request.state, request, kIssuer);
  EXPECT_EQ(provider_.gets["https://idp.example/jwks"], 1);

  // The provider rotates keys; a token with the new kid triggers one refresh.
  provider_.responses["https://idp.example/jwks"] = {
      200, testing::jwks({signingKey().publicJwk("RS256"), rotatedKey().publicJwk("RS256")})};
  now_ += 120;
  const AuthorizationRequest second = client.beginLogin();
  provider_.id_token = rotatedKey().sign("RS256", claimsFor(second).json());
  EXPECT_EQ(client.completeLogin("c", second.state, second, kIssuer).subject, "subject-1");
  EXPECT_EQ(provider_.gets["https://idp.example/jwks"], 2);

  // Made-up kids: at most one refresh a minute.
  const TestKey forger = TestKey::rsa("forged");
  for (int i = 0; i < 5; ++i) {
    const AuthorizationRequest attempt = client.beginLogin();
    provider_.id_token = forger.sign("RS256", claimsFor(attempt).json());
    EXPECT_EQ(errorKey([&] { client.completeLogin("c", attempt.state, attempt, kIssuer); }),
              "oidc.error.signature");
  }
  EXPECT_EQ(provider_.gets["https://idp.example/jwks"], 2);
  now_ += 61;
  const AuthorizationRequest later = client.beginLogin();
  provider_.id_token = forger.sign("RS256", claimsFor(later).json());
  EXPECT_EQ(errorKey([&] { client.completeLogin("c", later.state, later, kIssuer); }),
            "oidc.error.signature");
  EXPECT_EQ(provider_.gets["https://idp.example/jwks"], 3);
}

TEST_F(ClientTest, DiscoveryMustNameTheConfiguredIssuer) {
  provider_.responses["https://idp.example/.well-known/openid-configuration"] = {
      200, FakeProvider::metadata("https://other.example")};
  Client client = makeClient();
  try {
    client.beginLogin();
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.messageKey(), "oidc.error.discovery");
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
  }
}

TEST_F(ClientTest, DiscoveryRefusesPlainHttpEndpoints) {
  provider_.responses["https://idp.example/.well-known/openid-configuration"] = {
      200, FakeProvider::metadata(kIssuer, "http://idp.example/token")};
  Client client = makeClient();
  EXPECT_EQ(errorKey([&] { client.beginLogin(); }), "oidc.error.discovery");
}

TEST_F(ClientTest, LoopbackHttpAllowedOnlyForLoopbackIssuer) {
  config_.issuer = "http://example.test";
  Client remote = makeClient();
  EXPECT_EQ(errorKey([&] { remote.beginLogin(); }), "oidc.error.discovery");
  EXPECT_EQ(provider_.gets.size(), 0u);  // refused before any request

  config_.issuer = "http://127.0.0.1:4444";
  provider_.responses["http://127.0.0.1:4444/.well-known/openid-configuration"] = {
      200, R"({"issuer":"http://127.0.0.1:4444","authorization_endpoint":"http://127.0.0.1:4444/auth","token_endpoint":"http://127.0.0.1:4444/token","jwks_uri":"http://127.0.0.1:4444/jwks"})"};
  Client local = makeClient();
  EXPECT_EQ(local.beginLogin().url.rfind("http://127.0.0.1:4444/auth?", 0), 0u);
}

TEST_F(ClientTest, StaleDiscoveryIsServedWhenRefreshFails) {
  Client client = makeClient();
  client.beginLogin();
  provider_.responses["https://idp.example/.well-known/openid-configuration"] = {503, ""};
  now_ += 25 * 3600;
  EXPECT_NO_THROW(client.beginLogin());
}

TEST_F(ClientTest, UnavailableDiscoveryFailsWithoutCache) {
  provider_.responses.clear();
  Client client = makeClient();
  EXPECT_EQ(errorKey([&] { client.beginLogin(); }), "oidc.error.discovery");
}

TEST(CurlFetcherTest, RefusesPlainHttpToNonLoopbackHostsWithoutConnecting) {
  auto fetcher = makeCurlFetcher(std::chrono::milliseconds(500));
  try {
    fetcher->get("http://example.com/.well-known/openid-configuration");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.messageKey(), "oidc.error.http");
  }
  EXPECT_THROW(fetcher->postForm("ftp://127.0.0.1/token", {}, std::nullopt), Error);
}

}  // namespace
}  // namespace masseflyt::auth::oidc
