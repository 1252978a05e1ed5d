#include "modules/identity/accounts/app/password_reset.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <memory>
#include <regex>

#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/app/login.hpp"
#include "modules/identity/accounts/infra/account_repository.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/password.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::identity::accounts {
namespace {

constexpr std::string_view kAddress = "192.0.2.10";
constexpr std::string_view kEmail = "tilsyn@demo.masseflyt.no";
constexpr std::string_view kNewPassword = "Et helt nytt passord 2026";

// SMTP is an outside service: a recording fake stands in for the relay here; the real SmtpMailer
// is exercised end to end by tests/http/password-reset.test.mjs against an SMTP sink.
class RecordingMailer : public mail::Mailer {
 public:
  void send(const mail::MailMessage& message) override {
    if (fail) throw Error(ErrorKind::Unavailable, "mail.error.send", "relay down");
    sent.push_back(message);
  }
  std::vector<mail::MailMessage> sent;
  bool fail = false;
};

TEST(NewPasswordRulesTest, LengthRepeatAndEmail) {
  EXPECT_EQ(checkNewPassword("", "", "a@b.no"), NewPasswordProblem::Required);
  EXPECT_EQ(checkNewPassword("kort", "kort", "a@b.no"), NewPasswordProblem::TooShort);
  // 12 characters but 24 bytes: characters count, not bytes.
  EXPECT_EQ(checkNewPassword("æøåæøåæøåæøå", "æøåæøåæøåæøå", "a@b.no"), NewPasswordProblem::None);
  EXPECT_EQ(checkNewPassword("æøåæøåæøåæø", "æøåæøåæøåæø", "a@b.no"), NewPasswordProblem::TooShort);
  const std::string huge(1025, 'x');
  EXPECT_EQ(checkNewPassword(huge, huge, "a@b.no"), NewPasswordProblem::TooLong);
  EXPECT_EQ(checkNewPassword("kari@firma123.no", "kari@firma123.no", "kari@firma123.no"),
            NewPasswordProblem::EqualsEmail);
  EXPECT_EQ(checkNewPassword("KARI@firma123.no", "KARI@firma123.no", "kari@firma123.no"),
            NewPasswordProblem::EqualsEmail);
  EXPECT_EQ(checkNewPassword("et langt passord", "et langt pasord", "a@b.no"),
            NewPasswordProblem::Mismatch);
}

class PasswordResetTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    seedDemoAccounts(db());
    now_ = db::nowEpochMs();
  }

  std::string request(std::string_view email) {
    const auto outcome = requestPasswordReset(db(), &mailer_, "https://masseflyt.example/",
                                              std::string(email), kAddress, now_);
    EXPECT_EQ(outcome.kind, ResetRequestOutcome::Kind::Accepted);
    if (mailer_.sent.empty()) return {};
    std::smatch match;
    const std::string body = mailer_.sent.back().text_body;
    EXPECT_TRUE(std::regex_search(body, match,
                                  std::regex(R"(https://masseflyt\.example/glemt-passord/ny\?nokkel=([A-Za-z0-9_-]{43}))")));
    return match.size() > 1 ? match[1].str() : std::string();
  }

  std::vector<std::string> auditActions() {
    auto lease = db().lease();
    std::vector<std::string> actions;
    for (const auto& entry : audit::list(lease, {})) actions.push_back(entry.action);
    return actions;
  }

  RecordingMailer mailer_;
  std::int64_t now_ = 0;
};

TEST_P(PasswordResetTest, LinkSetsNewPasswordOnceAndEndsAllSessions) {
  // A logged-in session of the user exists and must end.
  std::string user_id;
  {
    auto lease = db().lease();
    user_id = repository::findUserByEmail(lease, std::string(kEmail))->id;
    repository::SessionRow session;
    session.id_hash = "s1";
    session.user_id = user_id;
    session.stage = "active";
    session.csrf_token = "c";
    session.created_at = now_;
    session.last_seen_at = now_;
    session.expires_at = now_ + 100000;
    repository::insertSession(lease, session);
  }
  const auto token = request(kEmail);
  ASSERT_EQ(mailer_.sent.size(), 1u);
  EXPECT_EQ(mailer_.sent[0].to, kEmail);
  EXPECT_EQ(resetTokenAccount(db(), token, now_), kEmail);

  const auto rejected = completePasswordReset(db(), token, "kort", "kort", kAddress, now_);
  EXPECT_EQ(rejected.kind, ResetOutcome::Kind::Rejected);
  EXPECT_EQ(rejected.problem, NewPasswordProblem::TooShort);

  const auto done = completePasswordReset(db(), token, kNewPassword, kNewPassword, kAddress, now_);
  EXPECT_EQ(done.kind, ResetOutcome::Kind::Done);
  {
    auto lease = db().lease();
    const auto user = repository::findUserById(lease, user_id);
    EXPECT_TRUE(crypto::verifyPassword(kNewPassword, *user->password_hash));
    EXPECT_TRUE(user->totp_secret.has_value());  // TOTP stays required
    EXPECT_FALSE(repository::findSession(lease, "s1").has_value());
  }
  const auto again = completePasswordReset(db(), token, kNewPassword, kNewPassword, kAddress, now_);
  EXPECT_EQ(again.kind, ResetOutcome::Kind::InvalidToken);
  EXPECT_FALSE(resetTokenAccount(db(), token, now_).has_value());
  const auto actions = auditActions();
  EXPECT_NE(std::find(actions.begin(), actions.end(), "password.reset"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "password.reset_requested"), actions.end());
}

TEST_P(PasswordResetTest, UnknownAddressGetsTheSameAnswerAndNoMail) {
  EXPECT_EQ(request("ingen@example.no"), "");
  EXPECT_TRUE(mailer_.sent.empty());
}

TEST_P(PasswordResetTest, ExpiredAndForeignTokensAreRefused) {
  const auto token = request(kEmail);
  const auto later = now_ + kPasswordResetLifetime.count();
  EXPECT_FALSE(resetTokenAccount(db(), token, later).has_value());
  EXPECT_EQ(completePasswordReset(db(), token, kNewPassword, kNewPassword, kAddress, later).kind,
            ResetOutcome::Kind::InvalidToken);
  EXPECT_EQ(completePasswordReset(db(), "x", kNewPassword, kNewPassword, kAddress, now_).kind,
            ResetOutcome::Kind::InvalidToken);
}

TEST_P(PasswordResetTest, NewPasswordVoidsOlderLinks) {
  const auto first = request(kEmail);
  now_ += 60'000;  // past the throttle's free requests, still well within the window
  const auto second = request(kEmail);
  ASSERT_NE(first, second);
  EXPECT_EQ(completePasswordReset(db(), second, kNewPassword, kNewPassword, kAddress, now_).kind,
            ResetOutcome::Kind::Done);
  EXPECT_EQ(completePasswordReset(db(), first, kNewPassword, kNewPassword, kAddress, now_).kind,
            ResetOutcome::Kind::InvalidToken);
}

TEST_P(PasswordResetTest, RequestsAreThrottledPerAddress) {
  for (int i = 0; i < kResetAddressThrottle.free_failures; ++i) request(kEmail);
  const auto outcome =
      requestPasswordReset(db(), &mailer_, "https://x", std::string(kEmail), kAddress, now_);
  EXPECT_EQ(outcome.kind, ResetRequestOutcome::Kind::Throttled);
  EXPECT_GT(outcome.retry_after_seconds, 0);
  EXPECT_EQ(mailer_.sent.size(), static_cast<std::size_t>(kResetAddressThrottle.free_failures));
}

TEST_P(PasswordResetTest, MailFailureLooksLikeSuccessAndDisabledMailSendsNothing) {
  mailer_.fail = true;
  EXPECT_EQ(request(kEmail), "");
  const auto disabled =
      requestPasswordReset(db(), nullptr, "https://x", std::string(kEmail), "192.0.2.11", now_);
  EXPECT_EQ(disabled.kind, ResetRequestOutcome::Kind::MailDisabled);
}

MF_INSTANTIATE_DATABASE_TEST(PasswordResetTest);

}  // namespace
}  // namespace masseflyt::identity::accounts
