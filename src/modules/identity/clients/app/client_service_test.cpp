#include "modules/identity/clients/app/client_service.hpp"

#include <gtest/gtest.h>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/clients/app/bearer.hpp"
#include "modules/identity/clients/infra/client_repository.hpp"
#include "modules/identity/clients/infra/jwt.hpp"
#include "modules/identity/clients/infra/jwt_json.hpp"
#include "modules/identity/organisations/app/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::clients {
namespace {

constexpr std::string_view kOrgnr = "315500117";
constexpr std::string_view kExternalIssuer = "https://test.maskinporten.example/";

class ClientServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    auth::registerPermissions(organisations::permissions());
    auth::registerPermissions(clients::permissions());
    organisation_ = *organisations::ensureDemoOrganisation(db(), brreg_, kOrgnr);
    options_.issuer = "https://masseflyt.test";
    options_.audience = "https://masseflyt.test/api/v1";
    options_.secret_pepper = "pepper";
    options_.external = {std::string(kExternalIssuer), "masseflyt", "fil", "baerum:masseflyt/"};
    keys_ = std::make_shared<KeyStore>(db(), std::nullopt, std::chrono::seconds(3600));
    service_ = std::make_unique<ClientService>(db(), brreg_, options_, keys_);
    external_key_ = jwt::generateEs256Key("ext-1");
  }

  auth::Principal admin(std::string role = "org_admin") const {
    auth::Principal p;
    p.user_id = "user-admin";
    p.memberships.push_back({organisation_.id, organisation_.organisation_number, organisation_.name,
                             std::move(role), true});
    return p;
  }

  BearerAuthenticator authenticator(std::int64_t now_seconds) {
    return BearerAuthenticator(
        db(), brreg_, options_, keys_, [now_seconds] { return now_seconds; },
        [this](const std::string&) { return json::jwks({external_key_.public_jwk}); });
  }

  std::string issue(const ClientService::Created& created, std::optional<std::string_view> scope = {}) {
    const auto result = service_->issueToken(created.client.id, created.secret, scope, "10.0.0.1");
    const auto* token = std::get_if<ClientService::Token>(&result);
    if (token == nullptr) ADD_FAILURE() << std::get<ClientService::TokenError>(result).code;
    return token ? token->access_token : "";
  }

  std::string externalToken(std::string issuer, std::string consumer, std::int64_t exp) {
    const std::string payload = R"({"iss":")" + issuer + R"(","aud":"masseflyt","client_id":"mp-1",)" +
                                R"("scope":"baerum:masseflyt/identity.members.read other:x","iat":1000,)" +
                                R"("exp":)" + std::to_string(exp) +
                                R"(,"consumer":{"authority":"iso6523-actorid-upis","ID":")" + consumer + R"("}})";
    return jwt::signEs256(external_key_.private_jwk, "ext-1", payload);
  }

  std::int64_t now() const { return db::nowEpochMs() / 1000; }

  brreg::FixtureBrregClient brreg_;
  organisations::OrganisationRecord organisation_;
  ClientsOptions options_;
  std::shared_ptr<KeyStore> keys_;
  std::unique_ptr<ClientService> service_;
  jwt::KeyPair external_key_;
};

TEST_P(ClientServiceTest, CreatesAClientShowsTheSecretOnceAndAuditsWithoutSecrets) {
  const auto created = service_->create(admin(), kOrgnr, "  Fagsystem  ", {"identity.members.read"}, "10.0.0.1");
  EXPECT_EQ(created.client.name, "Fagsystem");
  EXPECT_GE(created.secret.size(), 43u);
  auto lease = db().lease();
  const auto stored = repository::findClient(lease, created.client.id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_NE(stored->secret_hash, created.secret);
  EXPECT_EQ(stored->secret_hash.find(created.secret), std::string::npos);
  const auto entries = audit::list(lease, {.action_prefix = "api_client"});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "api_client.created");
  EXPECT_EQ(entries[0].details.find(created.secret), std::string::npos);
  EXPECT_EQ(entries[0].organisation_id, organisation_.id);
}

TEST_P(ClientServiceTest, ValidatesNameAndScopesAndNeverGrantsMoreThanTheActorHolds) {
  const auto fields = [&](const auth::Principal& actor, std::string name, std::vector<std::string> scopes) {
    try {
      service_->create(actor, kOrgnr, name, scopes, "");
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Validation);
      std::string out;
      for (const auto& f : e.fields()) out += f.field + ":" + f.message_key + ";";
      return out;
    }
    return std::string("created");
  };
  EXPECT_EQ(fields(admin(), "", {}),
            "navn:clients.validation.name_required;scopes:clients.validation.scopes_required;");
  EXPECT_EQ(fields(admin(), std::string(101, 'x'), {"identity.members.read"}),
            "navn:clients.validation.name_too_long;");
  EXPECT_EQ(fields(admin(), "a\nb", {"identity.members.read"}), "navn:clients.validation.name_invalid;");
  EXPECT_EQ(fields(admin(), "x", {"audit.log.read"}), "scopes:clients.validation.scope_not_allowed;");
  EXPECT_EQ(fields(admin(), "x", {"no.such.permission"}), "scopes:clients.validation.scope_not_allowed;");
  // A representative is refused before anything else: they may not manage clients at all.
  EXPECT_THROW(service_->create(admin("representative"), kOrgnr, "x", {"identity.members.read"}, ""), Error);
  auto pending = admin();
  pending.memberships.front().verified = false;
  EXPECT_THROW(service_->create(pending, kOrgnr, "x", {"identity.members.read"}, ""), Error);
  EXPECT_THROW(service_->create(admin(), "315500222", "x", {"identity.members.read"}, ""), Error);
}

TEST_P(ClientServiceTest, IssuesTokensForTheRightSecretAndScopesOnly) {
  const auto created = service_->create(admin(), kOrgnr, "Fagsystem",
                                        {"identity.members.read", "identity.api_clients.manage"}, "");
  const auto ok = service_->issueToken(created.client.id, created.secret, std::nullopt, "");
  ASSERT_TRUE(std::holds_alternative<ClientService::Token>(ok));
  EXPECT_EQ(std::get<ClientService::Token>(ok).scope, "identity.members.read identity.api_clients.manage");
  EXPECT_EQ(std::get<ClientService::Token>(ok).expires_in, 300);
  const auto narrowed = service_->issueToken(created.client.id, created.secret, "identity.members.read", "");
  EXPECT_EQ(std::get<ClientService::Token>(narrowed).scope, "identity.members.read");
  const auto wider = service_->issueToken(created.client.id, created.secret, "identity.members.manage", "");
  EXPECT_EQ(std::get<ClientService::TokenError>(wider).code, "invalid_scope");
  const auto wrong = service_->issueToken(created.client.id, created.secret + "x", std::nullopt, "10.0.0.9");
  EXPECT_EQ(std::get<ClientService::TokenError>(wrong).code, "invalid_client");
  const auto unknown = service_->issueToken("unknown", created.secret, std::nullopt, "");
  EXPECT_EQ(std::get<ClientService::TokenError>(unknown).code, "invalid_client");
  auto lease = db().lease();
  const auto denied = audit::list(lease, {.action_prefix = "api_client.token_denied"});
  ASSERT_EQ(denied.size(), 2u);
  EXPECT_NE(denied[1].details.find("wrong_secret"), std::string::npos);
  EXPECT_EQ(denied[1].details.find(created.secret), std::string::npos);
  EXPECT_FALSE(denied[1].ip_hash.empty());
  EXPECT_EQ(denied[1].ip_hash.find("10.0.0.9"), std::string::npos);
}

TEST_P(ClientServiceTest, BearerTokensBecomeApiClientPrincipals) {
  const auto created = service_->create(admin(), kOrgnr, "Fagsystem", {"identity.members.read"}, "");
  const auto token = issue(created);
  auto bearer = authenticator(now());
  const auto principal = bearer.authenticate(token);
  EXPECT_EQ(principal.kind, auth::Principal::Kind::ApiClient);
  EXPECT_EQ(principal.user_id, created.client.id);
  EXPECT_EQ(principal.scopes, (std::vector<std::string>{"identity.members.read"}));
  ASSERT_EQ(principal.memberships.size(), 1u);
  EXPECT_EQ(principal.memberships[0].organisation_id, organisation_.id);
  EXPECT_TRUE(principal.memberships[0].verified);
  EXPECT_TRUE(auth::allowed(&principal, "identity.members.read", organisation_.id));
  EXPECT_FALSE(auth::allowed(&principal, "identity.api_clients.manage", organisation_.id));
}

TEST_P(ClientServiceTest, ExpiredTamperedForeignAndRevokedTokensAreRefused) {
  const auto created = service_->create(admin(), kOrgnr, "Fagsystem", {"identity.members.read"}, "");
  const auto token = issue(created);
  // Expired: past exp plus the leeway.
  EXPECT_THROW(authenticator(now() + 300 + BearerAuthenticator::kLeewaySeconds + 1).authenticate(token), Error);
  EXPECT_NO_THROW(authenticator(now() + 300 + BearerAuthenticator::kLeewaySeconds - 5).authenticate(token));
  // Not yet valid (issued "in the future" for this clock).
  EXPECT_THROW(authenticator(now() - 3600).authenticate(token), Error);
  // Tampered payload.
  const auto first = token.find('.');
  const auto second = token.find('.', first + 1);
  auto payload = *crypto::base64UrlDecode(token.substr(first + 1, second - first - 1));
  payload.replace(payload.find("identity.members.read"), 21, "identity.members.mana");
  const auto tampered = token.substr(0, first + 1) + crypto::base64UrlEncode(payload) + token.substr(second);
  EXPECT_THROW(authenticator(now()).authenticate(tampered), Error);
  // Signed by a key we never made, with a kid we do not know.
  const auto stranger = jwt::generateEs256Key("unknown-kid");
  const auto forged = jwt::signEs256(stranger.private_jwk, "unknown-kid", payload);
  EXPECT_THROW(authenticator(now()).authenticate(forged), Error);
  // Revoked: refused at once in this process.
  auto bearer = authenticator(now());
  EXPECT_NO_THROW(bearer.authenticate(token));
  service_->revoke(admin(), kOrgnr, created.client.id, "");
  EXPECT_THROW(bearer.authenticate(token), Error);
  const auto again = service_->issueToken(created.client.id, created.secret, std::nullopt, "");
  EXPECT_EQ(std::get<ClientService::TokenError>(again).code, "invalid_client");
  EXPECT_THROW(service_->revoke(admin(), kOrgnr, created.client.id, ""), Error);
}

TEST_P(ClientServiceTest, KeyRotationKeepsOldTokensValidAndPublishesBothKeys) {
  const auto created = service_->create(admin(), kOrgnr, "Fagsystem", {"identity.members.read"}, "");
  const auto old_token = issue(created);
  const auto old_kid = jwt::unverifiedHeader(old_token)->kid;
  const auto new_kid = rotateSigningKey(db(), options_);  // another KeyStore, as the CLI would
  EXPECT_NE(old_kid, new_kid);
  auto fresh = std::make_shared<KeyStore>(db(), std::nullopt, std::chrono::seconds(3600));
  ClientService after(db(), brreg_, options_, fresh);
  const auto result = after.issueToken(created.client.id, created.secret, std::nullopt, "");
  const auto new_token = std::get<ClientService::Token>(result).access_token;
  EXPECT_EQ(jwt::unverifiedHeader(new_token)->kid, new_kid);
  // The first key store learns the new kid by reloading once.
  EXPECT_NO_THROW(authenticator(now()).authenticate(old_token));
  EXPECT_NO_THROW(authenticator(now()).authenticate(new_token));
  EXPECT_EQ(fresh->publicKeys().size(), 2u);
  auto lease = db().lease();
  EXPECT_EQ(audit::list(lease, {.action_prefix = "api_key.rotated"}).size(), 1u);
}

TEST_P(ClientServiceTest, RotatingTheSecretInvalidatesTheOldOne) {
  const auto created = service_->create(admin(), kOrgnr, "Fagsystem", {"identity.members.read"}, "");
  const auto rotated = service_->rotateSecret(admin(), kOrgnr, created.client.id, "");
  EXPECT_NE(rotated.secret, created.secret);
  const auto old = service_->issueToken(created.client.id, created.secret, std::nullopt, "");
  EXPECT_EQ(std::get<ClientService::TokenError>(old).code, "invalid_client");
  EXPECT_TRUE(std::holds_alternative<ClientService::Token>(
      service_->issueToken(created.client.id, rotated.secret, std::nullopt, "")));
  EXPECT_THROW(service_->rotateSecret(admin(), kOrgnr, "unknown", ""), Error);
}

TEST_P(ClientServiceTest, ExternalIssuerTokensMapConsumerAndScopes) {
  const auto principal = authenticator(1100).authenticate(
      externalToken(std::string(kExternalIssuer), "0192:" + std::string(kOrgnr), 1200));
  EXPECT_EQ(principal.kind, auth::Principal::Kind::ApiClient);
  EXPECT_EQ(principal.user_id, "ekstern:mp-1");
  EXPECT_EQ(principal.scopes, (std::vector<std::string>{"identity.members.read"}));
  EXPECT_EQ(principal.memberships.at(0).organisation_id, organisation_.id);
  // Wrong issuer, unregistered organisation, expired, and a key the issuer does not publish.
  EXPECT_THROW(authenticator(1100).authenticate(externalToken("https://evil.example/", "0192:315500117", 1200)), Error);
  EXPECT_THROW(authenticator(1100).authenticate(externalToken(std::string(kExternalIssuer), "0192:315501105", 1200)), Error);
  EXPECT_THROW(authenticator(1300).authenticate(externalToken(std::string(kExternalIssuer), "0192:315500117", 1200)), Error);
  const auto other = jwt::generateEs256Key("ext-1");
  const auto foreign = jwt::signEs256(
      other.private_jwk, "ext-1",
      R"({"iss":")" + std::string(kExternalIssuer) +
          R"(","aud":"masseflyt","iat":1000,"exp":1200,"consumer":{"authority":"iso6523-actorid-upis","ID":"0192:315500117"}})");
  EXPECT_THROW(authenticator(1100).authenticate(foreign), Error);
}

MF_INSTANTIATE_DATABASE_TEST(ClientServiceTest);

}  // namespace
}  // namespace masseflyt::identity::clients
