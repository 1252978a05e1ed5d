#include "modules/identity/accounts/app/login.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "modules/identity/accounts/app/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::string_view kAddress = "192.0.2.10";

class LoginTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    seedDemoAccounts(db());
    now_ = db::nowEpochMs();
  }

  const DemoAccount& demo(std::string_view email) {
    for (const auto& account : demoAccounts()) {
      if (account.email == email) return account;
    }
    throw std::logic_error("no such demo account");
  }

  std::string codeFor(std::string_view base32, std::int64_t at_ms) {
    return crypto::totpCode(*crypto::base32Decode(base32), at_ms / 1000);
  }

  std::vector<std::string> auditActions() {
    auto lease = db().lease();
    std::vector<std::string> actions;
    for (const auto& entry : audit::list(lease, {})) actions.push_back(entry.action);
    return actions;
  }

  // Password then TOTP for a demo account; returns the active session.
  IssuedSession logIn(std::string_view email) {
    const auto pre = startPreSession(db(), "", now_);
    auto first = loginWithPassword(db(), pre.row, email, kDemoPassword, kAddress, now_);
    EXPECT_EQ(first.kind, StepOutcome::Kind::Done);
    auto second = completeTotp(db(), first.session->row,
                               codeFor(demo(email).totp_secret, now_), kAddress, now_);
    EXPECT_EQ(second.kind, StepOutcome::Kind::Done);
    now_ += 30'000;  // the next login needs the next TOTP step
    return *second.session;
  }

  std::int64_t now_ = 0;
};

TEST_P(LoginTest, SeedIsIdempotentAndGrantsPlatformRoles) {
  EXPECT_EQ(seedDemoAccounts(db()), 0);
  auto lease = db().lease();
  std::int64_t users = 0;
  *lease << "SELECT COUNT(*) FROM users", soci::into(users);
  EXPECT_EQ(users, static_cast<std::int64_t>(demoAccounts().size()));
  const auto admin = repository::findUserByEmail(lease, "admin@demo.masseflyt.no");
  EXPECT_EQ(repository::platformRoles(lease, admin->id), std::vector<std::string>{"administrator"});
}

TEST_P(LoginTest, PasswordThenTotpRotatesIntoAnActiveSession) {
  const auto pre = startPreSession(db(), "", now_);
  EXPECT_EQ(pre.row.stage, "anonymous");
  EXPECT_EQ(pre.token.size(), 43U);
  EXPECT_NE(pre.row.id_hash, pre.token);  // only the hash is stored

  const auto first = loginWithPassword(db(), pre.row, "Byggherre@Demo.Masseflyt.no",
                                       kDemoPassword, kAddress, now_);
  ASSERT_EQ(first.kind, StepOutcome::Kind::Done);
  EXPECT_EQ(first.session->row.stage, "totp");
  EXPECT_NE(first.session->token, pre.token);
  EXPECT_FALSE(loadSession(db(), pre.token, now_).has_value());  // rotated away
  EXPECT_EQ(loadPrincipal(db(), first.session->row), nullptr);    // not logged in yet

  const auto secret = demo("byggherre@demo.masseflyt.no").totp_secret;
  const auto second = completeTotp(db(), first.session->row, codeFor(secret, now_), kAddress, now_);
  ASSERT_EQ(second.kind, StepOutcome::Kind::Done);
  EXPECT_EQ(second.session->row.stage, "active");
  EXPECT_FALSE(loadSession(db(), first.session->token, now_).has_value());

  const auto session = loadSession(db(), second.session->token, now_);
  ASSERT_TRUE(session.has_value());
  const auto principal = loadPrincipal(db(), *session);
  ASSERT_NE(principal, nullptr);
  EXPECT_EQ(principal->display_name, "Berit Byggherre");
  EXPECT_EQ(principal->csrf_token, session->csrf_token);
  EXPECT_TRUE(principal->totp_enrolled);
  EXPECT_EQ(principal->step_up_at_ms, now_);

  const auto actions = auditActions();
  EXPECT_NE(std::find(actions.begin(), actions.end(), "login.succeeded"), actions.end());
}

TEST_P(LoginTest, TheSameTotpCodeIsNotAcceptedTwice) {
  const auto secret = demo("tilsyn@demo.masseflyt.no").totp_secret;
  const auto code = codeFor(secret, now_);
  const auto pre1 = startPreSession(db(), "", now_);
  const auto a = loginWithPassword(db(), pre1.row, "tilsyn@demo.masseflyt.no", kDemoPassword, kAddress, now_);
  EXPECT_EQ(completeTotp(db(), a.session->row, code, kAddress, now_).kind, StepOutcome::Kind::Done);
  const auto pre2 = startPreSession(db(), "", now_);
  const auto b = loginWithPassword(db(), pre2.row, "tilsyn@demo.masseflyt.no", kDemoPassword, kAddress, now_);
  EXPECT_EQ(completeTotp(db(), b.session->row, code, kAddress, now_).kind, StepOutcome::Kind::Invalid);
}

TEST_P(LoginTest, WrongPasswordAndUnknownUserLookTheSame) {
  const auto pre = startPreSession(db(), "", now_);
  EXPECT_EQ(loginWithPassword(db(), pre.row, "admin@demo.masseflyt.no", "feil", kAddress, now_).kind,
            StepOutcome::Kind::Invalid);
  EXPECT_EQ(loginWithPassword(db(), pre.row, "ukjent@demo.masseflyt.no", kDemoPassword, kAddress, now_).kind,
            StepOutcome::Kind::Invalid);
  EXPECT_TRUE(loadSession(db(), pre.token, now_).has_value());  // nothing rotated
  const auto actions = auditActions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "login.failed"), 2);
}

TEST_P(LoginTest, RepeatedFailuresAreThrottledAndNotEvaluated) {
  const auto pre = startPreSession(db(), "", now_);
  int throttled_at = 0;
  for (int i = 1; i <= 20 && throttled_at == 0; ++i) {
    const auto outcome =
        loginWithPassword(db(), pre.row, "mottak@demo.masseflyt.no", "feil", kAddress, now_);
    if (outcome.kind == StepOutcome::Kind::Throttled) throttled_at = i;
  }
  EXPECT_EQ(throttled_at, 6);  // five free failures, then a delay
  // The right password is not even checked while throttled.
  const auto outcome =
      loginWithPassword(db(), pre.row, "mottak@demo.masseflyt.no", kDemoPassword, kAddress, now_);
  EXPECT_EQ(outcome.kind, StepOutcome::Kind::Throttled);
  EXPECT_EQ(outcome.retry_after_seconds, 1);
  // After the delay it is.
  EXPECT_EQ(loginWithPassword(db(), pre.row, "mottak@demo.masseflyt.no", kDemoPassword, kAddress,
                              now_ + 1000)
                .kind,
            StepOutcome::Kind::Done);
}

TEST_P(LoginTest, TwentyFailuresWithin15MinutesLockTheAccount) {
  const auto pre = startPreSession(db(), "", now_);
  std::int64_t t = now_;
  for (int i = 0; i < 20; ++i) {
    // Recorded directly: through the front door the growing delays would take hours.
    auto lease = db().lease();
    repository::recordFailure(lease, accountThrottleKey("kvalitet@demo.masseflyt.no"), t + i);
  }
  const auto outcome =
      loginWithPassword(db(), pre.row, "kvalitet@demo.masseflyt.no", kDemoPassword, kAddress, t + 100);
  EXPECT_EQ(outcome.kind, StepOutcome::Kind::Throttled);
  EXPECT_GT(outcome.retry_after_seconds, 14 * 60);
}

TEST_P(LoginTest, AccountWithoutTotpMustEnrolBeforeAnythingElse) {
  const auto pre = startPreSession(db(), "", now_);
  const auto first = loginWithPassword(db(), pre.row, "ny@demo.masseflyt.no", kDemoPassword, kAddress, now_);
  ASSERT_EQ(first.kind, StepOutcome::Kind::Done);
  EXPECT_EQ(first.session->row.stage, "enrol");
  EXPECT_EQ(loadPrincipal(db(), first.session->row), nullptr);

  auto session = *loadSession(db(), first.session->token, now_);
  const auto secret = enrolmentSecret(db(), session);
  session = *loadSession(db(), first.session->token, now_);
  EXPECT_EQ(enrolmentSecret(db(), session), secret);  // stable across page loads

  EXPECT_EQ(confirmEnrolment(db(), session, "000000", kAddress, now_).kind,
            StepOutcome::Kind::Invalid);
  const auto done = confirmEnrolment(db(), session, codeFor(secret, now_), kAddress, now_);
  ASSERT_EQ(done.kind, StepOutcome::Kind::Done);
  ASSERT_TRUE(done.session.has_value());
  const auto principal = loadPrincipal(db(), done.session->row);
  ASSERT_NE(principal, nullptr);
  EXPECT_TRUE(principal->totp_enrolled);
  const auto actions = auditActions();
  EXPECT_NE(std::find(actions.begin(), actions.end(), "totp.enrolled"), actions.end());
}

TEST_P(LoginTest, StepUpNeedsAFreshCode) {
  const auto active = logIn("sjafor@demo.masseflyt.no");
  const auto secret = demo("sjafor@demo.masseflyt.no").totp_secret;
  auto session = *loadSession(db(), active.token, now_);
  EXPECT_EQ(stepUp(db(), session, "123", kAddress, now_).kind, StepOutcome::Kind::Invalid);
  EXPECT_EQ(stepUp(db(), session, codeFor(secret, now_), kAddress, now_).kind,
            StepOutcome::Kind::Done);
  EXPECT_EQ(loadSession(db(), active.token, now_)->step_up_at, now_);
}

TEST_P(LoginTest, LogoutEverywhereEndsEverySessionOfThePerson) {
  const auto one = logIn("representant@demo.masseflyt.no");
  const auto two = logIn("representant@demo.masseflyt.no");
  const auto other = logIn("transport@demo.masseflyt.no");
  logoutEverywhere(db(), *loadSession(db(), one.token, now_), kAddress);
  EXPECT_FALSE(loadSession(db(), one.token, now_).has_value());
  EXPECT_FALSE(loadSession(db(), two.token, now_).has_value());
  EXPECT_TRUE(loadSession(db(), other.token, now_).has_value());
}

TEST_P(LoginTest, IdleSessionsExpire) {
  const auto active = logIn("admin@demo.masseflyt.no");
  EXPECT_TRUE(loadSession(db(), active.token, now_ + 29 * 60'000).has_value());
  // That read refreshed last_seen; 30 idle minutes after it the session is gone for good.
  EXPECT_FALSE(loadSession(db(), active.token, now_ + 59 * 60'000 + 1).has_value());
  EXPECT_FALSE(loadSession(db(), active.token, now_).has_value());
  EXPECT_FALSE(loadSession(db(), "not-a-token", now_).has_value());
}

MF_INSTANTIATE_DATABASE_TEST(LoginTest);

}  // namespace
}  // namespace masseflyt::identity::accounts
