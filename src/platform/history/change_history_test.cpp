#include "platform/history/change_history.hpp"

#include <gtest/gtest.h>

#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"

namespace masseflyt::history {
namespace {

class ChangeHistoryTest : public db::testing::DatabaseTest {};

TEST_P(ChangeHistoryTest, RecordsEntriesNewestFirstWithTheirChanges) {
  auto lease = db().lease();
  record(lease, "site", "s1", "u1", "Demo AS", "created");
  ChangeSet set;
  set.compare("registry.site.field.name", "Gamle navn", "Nytt navn");
  set.compare("registry.site.field.kind", "deponi", "deponi");
  ASSERT_EQ(set.changes().size(), 1u);
  record(lease, "site", "s1", "u1", "Demo AS", "updated", set.changes());
  record(lease, "site", "other", "u1", "Demo AS", "created");

  const auto entries = list(lease, "site", "s1");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "updated");
  ASSERT_EQ(entries[0].changes.size(), 1u);
  EXPECT_EQ(entries[0].changes[0].field, "registry.site.field.name");
  EXPECT_EQ(entries[0].changes[0].old_value, "Gamle navn");
  EXPECT_EQ(entries[0].changes[0].new_value, "Nytt navn");
  EXPECT_EQ(entries[0].actor_label, "Demo AS");
  EXPECT_EQ(entries[1].action, "created");
  EXPECT_TRUE(entries[1].changes.empty());
  EXPECT_GE(entries[0].changed_at_ms, entries[1].changed_at_ms);
}

TEST_P(ChangeHistoryTest, AnUnchangedSaveLeavesNoTrace) {
  auto lease = db().lease();
  ChangeSet set;
  set.compare("f", "a", "a");
  EXPECT_TRUE(set.empty());
  record(lease, "site", "s1", "u1", "Demo AS", "updated", set.changes());
  EXPECT_TRUE(list(lease, "site", "s1").empty());
}

TEST_P(ChangeHistoryTest, KeepsQuotesAndNewlinesInValues) {
  auto lease = db().lease();
  record(lease, "permit", "p1", "", "Import", "imported",
         {{"f", "\"sitert\"\nlinje", "æøå \\ slutt"}});
  const auto entries = list(lease, "permit", "p1");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].changes[0].old_value, "\"sitert\"\nlinje");
  EXPECT_EQ(entries[0].changes[0].new_value, "æøå \\ slutt");
}

TEST_P(ChangeHistoryTest, RefusesAnEntryWithoutAction) {
  auto lease = db().lease();
  EXPECT_THROW(record(lease, "site", "s1", "u1", "Demo AS", ""), Error);
}

TEST_P(ChangeHistoryTest, LimitsTheList) {
  auto lease = db().lease();
  for (int i = 0; i < 5; ++i) record(lease, "site", "s1", "", "", "approved");
  EXPECT_EQ(list(lease, "site", "s1", 3).size(), 3u);
}

MF_INSTANTIATE_DATABASE_TEST(ChangeHistoryTest);

}  // namespace
}  // namespace masseflyt::history
