#include "modules/identity/accounts/app/my_data.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <algorithm>

#include "modules/identity/accounts/api/my_data_json.hpp"
#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/app/login.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::string_view kAddress = "192.0.2.20";
constexpr std::string_view kEmail = "byggherre@demo.masseflyt.no";
constexpr std::string_view kApproverEmail = "admin@demo.masseflyt.no";

class MyDataTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    seedDemoAccounts(db());
    now_ = db::nowEpochMs();
    auto lease = db().lease();
    user_id_ = repository::findUserByEmail(lease, std::string(kEmail))->id;
    approver_id_ = repository::findUserByEmail(lease, std::string(kApproverEmail))->id;
    *lease << "INSERT INTO organisations (id, organisasjonsnummer, name, search_name,"
              " register_status, created_at, updated_at) VALUES ('o1', '974760673',"
              " 'Bærum kommune', 'bærum kommune', 'aktiv', 1, 1)";
    *lease << "INSERT INTO memberships (id, user_id, organisation_id, role, status, requested_at,"
              " decided_at, decided_by, decision_note) VALUES ('m1', :u, 'o1', 'org_admin',"
              " 'verified', 10, 20, :a, 'Godkjent')",
        soci::use(user_id_, "u"), soci::use(approver_id_, "a");
    *lease << "INSERT INTO memberships (id, user_id, organisation_id, role, status, requested_at)"
              " VALUES ('m2', :u, 'o1', 'representative', 'pending', 30)",
        soci::use(user_id_, "u");
  }

  const DemoAccount& demo(std::string_view email) {
    for (const auto& account : demoAccounts()) {
      if (account.email == email) return account;
    }
    throw std::logic_error("no such demo account");
  }

  IssuedSession logIn(std::string_view email) {
    const auto pre = startPreSession(db(), "", now_);
    auto first = loginWithPassword(db(), pre.row, email, kDemoPassword, kAddress, now_);
    EXPECT_EQ(first.kind, StepOutcome::Kind::Done);
    const auto code =
        crypto::totpCode(*crypto::base32Decode(demo(email).totp_secret), now_ / 1000);
    auto second = completeTotp(db(), first.session->row, code, kAddress, now_);
    EXPECT_EQ(second.kind, StepOutcome::Kind::Done);
    now_ += 30'000;
    return *second.session;
  }

  std::string membershipStatus(const char* id) {
    auto lease = db().lease();
    std::string status;
    *lease << "SELECT status FROM memberships WHERE id = :id", soci::into(status),
        soci::use(std::string(id), "id");
    return status;
  }

  std::int64_t now_ = 0;
  std::string user_id_;
  std::string approver_id_;
};

TEST_P(MyDataTest, ExportHoldsEverythingButTheSecrets) {
  logIn(kEmail);
  const auto data = collectMyData(db(), user_id_, now_);
  ASSERT_TRUE(data.has_value());
  EXPECT_EQ(data->user.email, kEmail);
  EXPECT_EQ(data->user.display_name, "Berit Byggherre");
  EXPECT_TRUE(data->user.has_password);
  EXPECT_TRUE(data->user.has_totp);
  ASSERT_EQ(data->memberships.size(), 2U);
  EXPECT_EQ(data->memberships[0].organisation_name, "Bærum kommune");
  EXPECT_EQ(data->memberships[0].decided_by, approver_id_);
  EXPECT_EQ(data->memberships[1].status, "pending");
  EXPECT_EQ(data->sessions.size(), 1U);
  const auto has = [&](std::string_view action) {
    return std::any_of(data->audit_entries.begin(), data->audit_entries.end(),
                       [&](const auto& e) { return e.action == action; });
  };
  EXPECT_TRUE(has("login.succeeded"));

  const auto json = myDataJson(*data);
  EXPECT_NE(json.find(std::string(kEmail)), std::string::npos);
  EXPECT_NE(json.find("\"passordLagret\":true"), std::string::npos);
  EXPECT_EQ(json.find("argon2"), std::string::npos);
  EXPECT_EQ(json.find(std::string(demo(kEmail).totp_secret)), std::string::npos);
  EXPECT_EQ(json.find("csrf"), std::string::npos);
  EXPECT_FALSE(collectMyData(db(), "nobody", now_).has_value());
}

TEST_P(MyDataTest, AnonymiseRemovesPersonalDataAndKeepsWhatOthersRelyOn) {
  logIn(kEmail);
  logIn(kEmail);
  std::size_t audit_before = 0;
  {
    auto lease = db().lease();
    audit::AuditQuery query;
    query.limit = 1000;
    audit_before = audit::list(lease, query).size();
  }
  ASSERT_TRUE(anonymiseAccount(db(), user_id_, kAddress, now_));
  EXPECT_FALSE(anonymiseAccount(db(), user_id_, kAddress, now_));  // once only

  auto lease = db().lease();
  const auto user = repository::findUserById(lease, user_id_);
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->display_name, "Slettet bruker");
  EXPECT_EQ(user->email, "slettet-" + user_id_ + "@invalid");
  EXPECT_FALSE(user->phone.has_value());
  EXPECT_FALSE(user->password_hash.has_value());
  EXPECT_FALSE(user->totp_secret.has_value());
  EXPECT_EQ(user->status, "anonymised");
  const auto personal = repository::findPersonalData(lease, user_id_);
  EXPECT_FALSE(personal->oidc_subject.has_value());
  EXPECT_FALSE(personal->oidc_issuer.has_value());
  EXPECT_TRUE(repository::sessionSummaries(lease, user_id_).empty());

  // Records others rely on stay, with the id.
  EXPECT_EQ(membershipStatus("m1"), "verified");
  EXPECT_EQ(membershipStatus("m2"), "revoked");
  audit::AuditQuery query;
  query.limit = 1000;
  const auto entries = audit::list(lease, query);
  EXPECT_EQ(entries.size(), audit_before + 1);
  EXPECT_EQ(entries.front().action, "account.anonymised");
  EXPECT_EQ(entries.front().subject_id, user_id_);
  EXPECT_TRUE(audit::verify(lease).ok);
  EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [&](const auto& e) {
    return e.action != "account.anonymised" && e.actor_id == user_id_;
  }));
}

TEST_P(MyDataTest, LoginIsImpossibleAfterwards) {
  const auto session = logIn(kEmail);
  ASSERT_TRUE(anonymiseAccount(db(), user_id_, kAddress, now_));
  EXPECT_FALSE(loadSession(db(), session.token, now_).has_value());
  const auto pre = startPreSession(db(), "", now_);
  EXPECT_NE(loginWithPassword(db(), pre.row, kEmail, kDemoPassword, kAddress, now_).kind,
            StepOutcome::Kind::Done);
  const auto anonymised_email = "slettet-" + user_id_ + "@invalid";
  EXPECT_NE(loginWithPassword(db(), pre.row, anonymised_email, kDemoPassword, kAddress, now_).kind,
            StepOutcome::Kind::Done);
  // The demo seeder does not bring the person back under the old address either way.
  auto lease = db().lease();
  EXPECT_EQ(repository::findUserById(lease, user_id_)->status, "anonymised");
}

MF_INSTANTIATE_DATABASE_TEST(MyDataTest);

}  // namespace
}  // namespace masseflyt::identity::accounts
