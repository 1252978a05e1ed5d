#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "modules/masses/plans/domain/plan.hpp"

namespace masseflyt::masses::plans {
namespace {

using Table = std::vector<std::vector<std::string>>;

const std::vector<std::string> kHeader = {"Type", "Fraksjon", "Fase", "Fra dato", "Til dato", "Mengde",
                                          "Enhet", "Volumtilstand", "Disponering", "Mottaker", "Merknad"};

TEST(PlanTemplate, ParsesGoodRowsInAnyColumnOrder) {
  const Table table = {
      kHeader,
      {"overskudd", "sprengstein", "Fase 1 – tunnel", "2027-01-01", "2028-12-31", "10 000", "m3", "fast",
       "annet prosjekt", "E18 Vestkorridoren", ""},
      {},
      {"Behov", "Leire", "", "01.05.2027", "30.09.2027", "1250,5", "tonn", "", "", "", "Fylling"},
  };
  const auto result = parseTemplate(table);
  ASSERT_TRUE(result.errors.empty());
  ASSERT_EQ(result.lines.size(), 2u);
  const auto& rock = result.lines[0];
  EXPECT_EQ(rock.kind, LineKind::Surplus);
  EXPECT_EQ(rock.fraction_key, "sprengstein");
  EXPECT_EQ(rock.entered.unit, fractions::Unit::CubicMetres);
  EXPECT_EQ(rock.entered.dm3, 10'000'000);
  EXPECT_EQ(rock.destination, Destination::OtherProject);
  EXPECT_GT(rock.quantity_kg, 0);
  const auto& clay = result.lines[1];
  EXPECT_EQ(clay.kind, LineKind::Need);
  EXPECT_EQ(clay.fraction_key, "leire");
  EXPECT_EQ(clay.period_from, "2027-05-01");
  EXPECT_EQ(clay.entered.kg, 1'250'500);
  EXPECT_EQ(clay.quantity_kg, 1'250'500);
  EXPECT_EQ(clay.destination, Destination::Undecided);

  // Columns by header, in any order; keys accepted as headers; unknown columns ignored.
  const Table shuffled = {{"ekstra", "mengde", "enhet", "type", "fraksjon", "fra", "til"},
                          {"x", "5", "tonn", "behov", "pukk", "46023", "2026-02-01"}};
  const auto second = parseTemplate(shuffled);
  ASSERT_TRUE(second.errors.empty());
  EXPECT_EQ(second.lines[0].period_from, "2026-01-01");
}

TEST(PlanTemplate, NamesRowAndColumnOfEveryErrorAndKeepsNothing) {
  const Table table = {
      kHeader,
      {"overskudd", "sprengstein", "", "2027-01-01", "2027-12-31", "100", "tonn", "", "", "", ""},
      {"overskudd", "gullmalm", "", "2027-02-30", "2027-12-31", "-5", "tonn", "", "", "", ""},
      {"kanskje", "leire", "", "2028-01-01", "2027-01-01", "100", "m3", "", "mottak", "", ""},
  };
  const auto result = parseTemplate(table);
  EXPECT_TRUE(result.lines.empty());
  EXPECT_THAT(result.errors,
              ::testing::ElementsAre(CellError{3, "fraksjon", "masses.plans.error.fraction"},
                                     CellError{3, "fra", "masses.plans.error.date"},
                                     CellError{3, "mengde", "masses.plans.error.quantity"},
                                     CellError{4, "type", "masses.plans.error.kind"},
                                     CellError{4, "til", "masses.plans.error.period_order"},
                                     CellError{4, "volumtilstand", "masses.plans.error.state_required"},
                                     CellError{4, "mottaker", "masses.plans.error.destination_name_required"}));
  EXPECT_EQ(columnLabel("fraksjon"), "Fraksjon");
}

TEST(PlanTemplate, RejectsMissingColumnsAndEmptyFiles) {
  EXPECT_THAT(parseTemplate({}).errors, ::testing::ElementsAre(CellError{0, "", "masses.plans.error.empty_file"}));
  EXPECT_THAT(parseTemplate({kHeader}).errors, ::testing::ElementsAre(CellError{0, "", "masses.plans.error.no_lines"}));
  const auto missing = parseTemplate({{"Type", "Fraksjon", "Fra dato", "Til dato", "Mengde"}});
  EXPECT_THAT(missing.errors, ::testing::ElementsAre(CellError{1, "enhet", "masses.plans.error.missing_column"}));
  const auto twice = parseTemplate({{"Type", "type", "Fraksjon", "Fra dato", "Til dato", "Mengde", "Enhet"}});
  EXPECT_THAT(twice.errors, ::testing::ElementsAre(CellError{1, "type", "masses.plans.error.duplicate_column"}));
  Table many = {kHeader};
  for (std::size_t i = 0; i <= kMaxLines; ++i) {
    many.push_back({"behov", "pukk", "", "2027-01-01", "2027-12-31", "1", "tonn", "", "", "", ""});
  }
  const auto too_many = parseTemplate(many);
  EXPECT_TRUE(too_many.lines.empty());
  EXPECT_EQ(too_many.errors.back().message_key, "masses.plans.error.too_many_lines");
}

TEST(PlanTemplate, ExportImportsBackToTheSameLines) {
  const Table table = {
      kHeader,
      {"overskudd", "sprengstein", "Fase 1", "2027-01-01", "2028-12-31", "10000", "m3", "løs", "egen gjenbruk", "", "a;b \"c\""},
      {"behov", "leire", "", "2027-05-01", "2027-09-30", "0,5", "tonn", "", "mottak", "Franzefoss", ""},
  };
  const auto first = parseTemplate(table);
  ASSERT_TRUE(first.errors.empty());
  const auto exported = toTable(first.lines);
  EXPECT_EQ(exported[0].back(), "Beregnet tonn");
  const auto again = parseTemplate(exported);
  ASSERT_TRUE(again.errors.empty());
  EXPECT_EQ(again.lines, first.lines);
  EXPECT_FALSE(templateGuide().empty());
}

TEST(PlanValues, QuantitiesDatesAndSettings) {
  EXPECT_EQ(parseQuantityMilli("12 500"), 12'500'000);
  EXPECT_EQ(parseQuantityMilli("12\xC2\xA0" "500,25"), 12'500'250);
  EXPECT_EQ(parseQuantityMilli("0.001"), 1);
  EXPECT_EQ(parseQuantityMilli("0"), std::nullopt);
  EXPECT_EQ(parseQuantityMilli("1,2345"), std::nullopt);
  EXPECT_EQ(parseQuantityMilli("1e5"), std::nullopt);
  EXPECT_EQ(parseQuantityMilli("1."), std::nullopt);
  EXPECT_EQ(parseQuantityMilli("9999999999999"), std::nullopt);
  EXPECT_EQ(parseDate("2028-02-29"), "2028-02-29");
  EXPECT_EQ(parseDate("2027-02-29"), std::nullopt);
  EXPECT_EQ(parseDate("31.12.2030"), "2030-12-31");
  EXPECT_EQ(parseDate("45658"), "2025-01-01");
  EXPECT_EQ(parseDate("2027-1-1"), std::nullopt);
  std::vector<CellError> errors;
  const auto settings = validateSettings("60", "pågår", "delvis", "ok", errors);
  ASSERT_TRUE(settings);
  EXPECT_EQ(settings->reuse_target_percent, 60);
  EXPECT_EQ(settings->reuse_status, ReuseStatus::InProgress);
  EXPECT_FALSE(validateSettings("101", "x", "", "", errors));
  EXPECT_EQ(errors.size(), 2u);
}

TEST(PlanValues, TotalsAndPlannedReuse) {
  std::vector<PlanLine> lines(3);
  lines[0].quantity_kg = 300;
  lines[0].destination = Destination::OwnReuse;
  lines[1].quantity_kg = 100;
  lines[1].destination = Destination::Receiver;
  lines[2].kind = LineKind::Need;
  lines[2].quantity_kg = 50;
  EXPECT_EQ(totalKg(lines, LineKind::Surplus), 400);
  EXPECT_EQ(totalKg(lines, LineKind::Need), 50);
  EXPECT_EQ(plannedReusePercent(lines), 75);
  EXPECT_EQ(plannedReusePercent({}), 0);
}

}  // namespace
}  // namespace masseflyt::masses::plans
