#include "platform/audit/audit_log.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <algorithm>
#include <set>
#include <thread>
#include <vector>

#include "platform/audit/chain.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"

namespace masseflyt::audit {
namespace {

// Designated initializers would leave members out, which -Wextra flags; these build values instead.
AuditEvent event(std::string action, std::string actor_id = {}, std::string details = {}) {
  AuditEvent e;
  e.action = std::move(action);
  e.actor_id = std::move(actor_id);
  e.details = std::move(details);
  return e;
}

template <typename F>
AuditQuery query(F&& set) {
  AuditQuery q;
  set(q);
  return q;
}

class AuditLogTest : public db::testing::DatabaseTest {
 protected:
  void append(const AuditEvent& event) {
    auto lease = db().lease();
    db::Transaction tx(lease);
    record(lease, event);
    tx.commit();
  }

  void appendMany(int count) {
    for (int i = 1; i <= count; ++i) {
      AuditEvent e = event(i % 2 == 0 ? "login.succeeded" : "membership.approved",
                           "u" + std::to_string(i % 3), R"({"n":)" + std::to_string(i) + "}");
      e.subject_type = "user";
      e.subject_id = "s" + std::to_string(i);
      e.organisation_id = i % 2 == 0 ? "" : "org-1";
      e.ip_hash = "ip";
      append(e);
    }
  }

  // What an attacker with database rights does first: get the append-only guard out of the way.
  void disableGuard(std::string_view trigger) {
    auto lease = db().lease();
    if (engine() == db::Engine::Postgres) {
      *lease << "ALTER TABLE audit_log DISABLE TRIGGER " + std::string(trigger);
    } else {
      *lease << "DROP TRIGGER " + std::string(trigger);
    }
  }
};

TEST_P(AuditLogTest, EmptyLogVerifies) {
  auto lease = db().lease();
  const auto result = verify(lease);
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.checked, 0);
  EXPECT_FALSE(result.first_broken_sequence);
}

TEST_P(AuditLogTest, AppendsFormAChainThatVerifies) {
  appendMany(5);
  auto lease = db().lease();
  const auto entries = list(lease, AuditQuery{});
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries.front().sequence, 5);  // newest first
  EXPECT_EQ(entries.back().sequence, 1);
  EXPECT_EQ(entries.back().previous_hash, kGenesisHash);
  for (std::size_t i = 0; i + 1 < entries.size(); ++i) {
    EXPECT_EQ(entries[i].previous_hash, entries[i + 1].hash);
    EXPECT_EQ(entries[i].hash, entryHash(entries[i]));
  }
  EXPECT_EQ(entries.front().details, R"({"n":5})");
  EXPECT_EQ(entries.front().id.size(), 36u);

  const auto result = verify(lease);
  EXPECT_TRUE(result.ok) << result.reason_key;
  EXPECT_EQ(result.checked, 5);
}

TEST_P(AuditLogTest, RollbackLeavesNoEntry) {
  {
    auto lease = db().lease();
    db::Transaction tx(lease);
    record(lease, event("login.failed"));
  }  // rolled back
  append(event("login.succeeded"));
  auto lease = db().lease();
  const auto entries = list(lease, AuditQuery{});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].sequence, 1);
  EXPECT_TRUE(verify(lease).ok);
}

TEST_P(AuditLogTest, RefusesAnEventWithoutAction) {
  auto lease = db().lease();
  EXPECT_THROW(record(lease, event("", "u1")), masseflyt::Error);
}

TEST_P(AuditLogTest, FiltersAndPagesNewestFirst) {
  appendMany(10);
  auto lease = db().lease();

  auto page = list(lease, query([&](AuditQuery& q) { q.limit = 4; }));
  ASSERT_EQ(page.size(), 4u);
  EXPECT_EQ(page[0].sequence, 10);
  page = list(lease, query([&](AuditQuery& q) { q.before_sequence = page.back().sequence; q.limit = 4; }));
  ASSERT_EQ(page.size(), 4u);
  EXPECT_EQ(page[0].sequence, 6);
  EXPECT_EQ(page[3].sequence, 3);

  const auto logins = list(lease, query([&](AuditQuery& q) { q.action_prefix = "login"; }));
  EXPECT_EQ(logins.size(), 5u);
  for (const auto& e : logins) EXPECT_EQ(e.action, "login.succeeded");
  // A prefix is matched literally: LIKE wildcards in it match nothing.
  EXPECT_TRUE(list(lease, query([&](AuditQuery& q) { q.action_prefix = "log%"; })).empty());
  EXPECT_TRUE(list(lease, query([&](AuditQuery& q) { q.action_prefix = "_ogin"; })).empty());

  const auto org = list(lease, query([&](AuditQuery& q) { q.organisation_id = "org-1"; }));
  EXPECT_EQ(org.size(), 5u);
  const auto actor = list(lease, query([&](AuditQuery& q) { q.actor_id = "u1"; }));
  EXPECT_EQ(actor.size(), 4u);  // 1, 4, 7, 10
  const auto subject = list(lease, query([&](AuditQuery& q) { q.subject_id = "s7"; }));
  ASSERT_EQ(subject.size(), 1u);
  EXPECT_EQ(subject[0].sequence, 7);
  const auto combined = list(lease, query([&](AuditQuery& q) { q.action_prefix = "membership"; q.actor_id = "u1"; }));
  ASSERT_EQ(combined.size(), 2u);  // 1 and 7

  const auto all = list(lease, AuditQuery{});
  const std::int64_t t = all[4].at_ms;
  for (const auto& e : list(lease, query([&](AuditQuery& q) { q.from_ms = t; }))) EXPECT_GE(e.at_ms, t);
  for (const auto& e : list(lease, query([&](AuditQuery& q) { q.to_ms = t; }))) EXPECT_LT(e.at_ms, t);
  EXPECT_TRUE(list(lease, query([&](AuditQuery& q) { q.from_ms = t; q.to_ms = t; })).empty());
  EXPECT_TRUE(list(lease, query([&](AuditQuery& q) { q.limit = 0; })).empty());
}

TEST_P(AuditLogTest, ConcurrentAppendsKeepOneChain) {
  constexpr int kThreads = 4;
  constexpr int kPerThread = 25;
  std::vector<std::thread> threads;
  std::vector<std::string> failures(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([this, t, &failures] {
      try {
        for (int i = 0; i < kPerThread; ++i) {
          append(event("login.succeeded", "t" + std::to_string(t),
                       R"({"i":)" + std::to_string(i) + "}"));
        }
      } catch (const std::exception& e) {
        failures[t] = e.what();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& failure : failures) EXPECT_EQ(failure, "");

  auto lease = db().lease();
  const auto entries = list(lease, query([&](AuditQuery& q) { q.limit = 1000; }));
  ASSERT_EQ(entries.size(), static_cast<std::size_t>(kThreads * kPerThread));
  std::set<std::int64_t> sequences;
  for (const auto& e : entries) sequences.insert(e.sequence);
  EXPECT_EQ(sequences.size(), entries.size());
  EXPECT_EQ(*sequences.begin(), 1);
  EXPECT_EQ(*sequences.rbegin(), kThreads * kPerThread);
  const auto result = verify(lease);
  EXPECT_TRUE(result.ok) << result.reason_key << " at " << result.first_broken_sequence.value_or(0);
  EXPECT_EQ(result.checked, kThreads * kPerThread);
}

TEST_P(AuditLogTest, UpdateAndDeleteAreRefused) {
  appendMany(3);
  auto lease = db().lease();
  EXPECT_THROW(*lease << "UPDATE audit_log SET details = '{}' WHERE sequence = 2", soci::soci_error);
  EXPECT_THROW(*lease << "DELETE FROM audit_log WHERE sequence = 2", soci::soci_error);
  if (engine() == db::Engine::Postgres) {
    EXPECT_THROW(*lease << "TRUNCATE audit_log", soci::soci_error);
  }
  EXPECT_TRUE(verify(lease).ok);
  EXPECT_EQ(list(lease, AuditQuery{}).size(), 3u);
}

TEST_P(AuditLogTest, VerifyFindsAnEditedRow) {
  appendMany(6);
  disableGuard("audit_log_no_update");
  auto lease = db().lease();
  *lease << R"(UPDATE audit_log SET details = '{"n":99}' WHERE sequence = 4)";
  const auto result = verify(lease);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_broken_sequence, 4);
  EXPECT_EQ(result.reason_key, "audit.verify.hash_mismatch");
  EXPECT_EQ(result.checked, 3);
}

TEST_P(AuditLogTest, VerifyFindsARowWhoseHashWasAlsoRecomputed) {
  appendMany(6);
  disableGuard("audit_log_no_update");
  auto lease = db().lease();
  // The forger rewrites entry 3 consistently, but entry 4 still links to the old hash.
  AuditEntry forged = list(lease, query([&](AuditQuery& q) { q.subject_id = "s3"; })).at(0);
  forged.details = R"({"n":"forged"})";
  forged.hash = entryHash(forged);
  *lease << "UPDATE audit_log SET details = :details, hash = :hash WHERE sequence = 3",
      soci::use(forged.details, "details"), soci::use(forged.hash, "hash");
  const auto result = verify(lease);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_broken_sequence, 4);
  EXPECT_EQ(result.reason_key, "audit.verify.link_mismatch");
}

TEST_P(AuditLogTest, VerifyFindsADeletedRow) {
  appendMany(6);
  disableGuard("audit_log_no_delete");
  auto lease = db().lease();
  *lease << "DELETE FROM audit_log WHERE sequence = 3";
  const auto result = verify(lease);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_broken_sequence, 3);
  EXPECT_EQ(result.reason_key, "audit.verify.gap");
}

TEST_P(AuditLogTest, VerifyFindsADeletedFirstRow) {
  appendMany(2);
  disableGuard("audit_log_no_delete");
  auto lease = db().lease();
  *lease << "DELETE FROM audit_log WHERE sequence = 1";
  const auto result = verify(lease);
  EXPECT_EQ(result.first_broken_sequence, 1);
  EXPECT_EQ(result.reason_key, "audit.verify.gap");
}

TEST_P(AuditLogTest, VerifyReadsPastOneBatch) {
  // More than one verify batch (1000), appended in a single transaction to keep the test quick.
  {
    auto lease = db().lease();
    db::Transaction tx(lease);
    for (int i = 0; i < 1005; ++i) record(lease, event("login.failed"));
    tx.commit();
  }
  disableGuard("audit_log_no_update");
  auto lease = db().lease();
  EXPECT_EQ(verify(lease).checked, 1005);
  *lease << "UPDATE audit_log SET action = 'login.succeeded' WHERE sequence = 1003";
  const auto result = verify(lease);
  EXPECT_EQ(result.first_broken_sequence, 1003);
  EXPECT_EQ(result.checked, 1002);
}

MF_INSTANTIATE_DATABASE_TEST(AuditLogTest);

}  // namespace
}  // namespace masseflyt::audit
