#include <gtest/gtest.h>

#include "modules/masses/plans/infra/plan_repository.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::masses::plans {
namespace {

class PlanRepositoryTest : public db::testing::DatabaseTest {
 protected:
  static PlanLine line(LineKind kind, const std::string& fraction, std::int64_t kg) {
    PlanLine l;
    l.id = db::newUuidV7();
    l.kind = kind;
    l.fraction_key = fraction;
    l.phase = "Fase 1";
    l.period_from = "2027-01-01";
    l.period_to = "2027-12-31";
    l.entered.unit = fractions::Unit::Tonnes;
    l.entered.kg = kg;
    l.quantity_kg = kg;
    return l;
  }

  static Plan plan(const std::string& project_id, const std::string& organisation_id) {
    Plan p;
    p.id = db::newUuidV7();
    p.project_id = project_id;
    p.organisation_id = organisation_id;
    p.catalog_version = "2026-1";
    p.created_at = p.updated_at = 1000;
    auto rock = line(LineKind::Surplus, "sprengstein", 5'000'000);
    rock.entered.unit = fractions::Unit::CubicMetres;
    rock.entered.kg = 0;
    rock.entered.dm3 = 2'000'000;
    rock.entered.state = fractions::VolumeState::Loose;
    rock.destination = Destination::OtherProject;
    rock.destination_name = "E18";
    p.lines = {rock, line(LineKind::Need, "leire", 700'000)};
    return p;
  }
};

TEST_P(PlanRepositoryTest, StoresPlansWithLinesAndFindsThem) {
  auto lease = db().lease();
  const auto a = plan("project-a", "org-1");
  const auto b = plan("project-b", "org-2");
  repository::insertPlan(lease, a);
  repository::insertPlan(lease, b);

  const auto found = repository::findByProject(lease, "project-a");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, a.id);
  ASSERT_EQ(found->lines.size(), 2u);
  EXPECT_EQ(found->lines[0], a.lines[0]);
  EXPECT_EQ(found->lines[1], a.lines[1]);
  EXPECT_EQ(found->published_at, std::nullopt);
  EXPECT_FALSE(repository::findById(lease, "nope"));

  auto changed = *found;
  changed.status = PlanStatus::Published;
  changed.settings.reuse_target_percent = 80;
  changed.settings.documentation_status = DocumentationStatus::Complete;
  changed.published_at = 2000;
  changed.updated_at = 2000;
  EXPECT_TRUE(repository::updatePlan(lease, changed));
  const auto again = repository::findById(lease, a.id);
  EXPECT_EQ(again->status, PlanStatus::Published);
  EXPECT_EQ(again->settings, changed.settings);
  EXPECT_EQ(again->published_at, 2000);

  const auto all = repository::list(lease, {}, "", 10);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, b.id);  // newest first
  const auto page2 = repository::list(lease, {}, all[0].id, 10);
  ASSERT_EQ(page2.size(), 1u);
  EXPECT_EQ(page2[0].id, a.id);
  EXPECT_EQ(repository::list(lease, {.organisation_id = "org-2", .status = std::nullopt}, "", 10).size(), 1u);
  const auto published = repository::list(lease, {.organisation_id = {}, .status = PlanStatus::Published}, "", 10);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0].id, a.id);
  const auto drafts = repository::list(lease, {.organisation_id = {}, .status = PlanStatus::Draft}, "", 10);
  ASSERT_EQ(drafts.size(), 1u);
  EXPECT_EQ(drafts[0].id, b.id);
}

TEST_P(PlanRepositoryTest, AnImportThatFailsHalfwayLeavesTheOldLines) {
  const auto a = plan("project-a", "org-1");
  {
    auto lease = db().lease();
    repository::insertPlan(lease, a);
  }
  // The second new line collides with the first (same id): the database refuses it after the old
  // lines were deleted and the first new line written; the transaction must undo all of it.
  auto first = line(LineKind::Surplus, "pukk", 1000);
  auto second = first;
  {
    auto lease = db().lease();
    db::Transaction transaction(lease);
    EXPECT_ANY_THROW(repository::replaceLines(lease, a.id, {first, second}));
  }
  auto lease = db().lease();
  const auto after = repository::findById(lease, a.id);
  ASSERT_TRUE(after);
  ASSERT_EQ(after->lines.size(), 2u);
  EXPECT_EQ(after->lines[0].id, a.lines[0].id);

  // And a good replacement commits as a whole.
  {
    db::Transaction transaction(lease);
    repository::replaceLines(lease, a.id, {first});
    transaction.commit();
  }
  const auto replaced = repository::findById(lease, a.id);
  ASSERT_EQ(replaced->lines.size(), 1u);
  EXPECT_EQ(replaced->lines[0], first);
}

TEST_P(PlanRepositoryTest, OnePlanPerProject) {
  auto lease = db().lease();
  repository::insertPlan(lease, plan("project-a", "org-1"));
  EXPECT_ANY_THROW(repository::insertPlan(lease, plan("project-a", "org-1")));
}

MF_INSTANTIATE_DATABASE_TEST(PlanRepositoryTest);

}  // namespace
}  // namespace masseflyt::masses::plans
