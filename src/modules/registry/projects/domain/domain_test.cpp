#include <gtest/gtest.h>

#include "modules/registry/projects/domain/approval.hpp"
#include "modules/registry/projects/domain/project.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::projects {
namespace {

TEST(Phase, CodesRoundTripInOrder) {
  int rank = 0;
  for (const auto phase : kPhases) {
    EXPECT_EQ(parsePhase(phaseCode(phase)), phase);
    EXPECT_EQ(phaseRank(phase), rank++);
  }
  EXPECT_EQ(phaseCode(Phase::Idea), "ide");
  EXPECT_EQ(phaseCode(Phase::Done), "ferdig");
  EXPECT_EQ(phaseLabelKey(Phase::Zoning), "registry.project.phase.regulering");
  EXPECT_FALSE(parsePhase("Bygging").has_value());
  EXPECT_FALSE(parsePhase("").has_value());
  EXPECT_LT(phaseRank(Phase::Planning), phaseRank(Phase::Construction));
}

TEST(PlannedDate, ParsesYearMonthAndDateInBothNotations) {
  EXPECT_EQ(parsePlannedDate("2031"), (PlannedDate{2031, 0, 0}));
  EXPECT_EQ(parsePlannedDate("2031-04"), (PlannedDate{2031, 4, 0}));
  EXPECT_EQ(parsePlannedDate(" 2031-04-15 "), (PlannedDate{2031, 4, 15}));
  EXPECT_EQ(parsePlannedDate("04.2031"), (PlannedDate{2031, 4, 0}));
  EXPECT_EQ(parsePlannedDate("15.04.2031"), (PlannedDate{2031, 4, 15}));
  EXPECT_EQ(parsePlannedDate("2028-02-29"), (PlannedDate{2028, 2, 29}));
}

TEST(PlannedDate, RejectsImpossibleDates) {
  for (const auto* bad : {"", "2031-13", "2031-00", "2027-02-29", "2031-04-31", "31-04-2031",
                          "april 2031", "1899", "2200-01", "2031-4", "2031-04-15x", "x031"}) {
    EXPECT_FALSE(parsePlannedDate(bad).has_value()) << bad;
  }
}

TEST(PlannedDate, TextAndDayRangeFollowPrecision) {
  const PlannedDate year{2031, 0, 0};
  EXPECT_EQ(year.text(), "2031");
  EXPECT_EQ(year.firstDay(), "2031-01-01");
  EXPECT_EQ(year.lastDay(), "2031-12-31");
  const PlannedDate month{2028, 2, 0};
  EXPECT_EQ(month.text(), "2028-02");
  EXPECT_EQ(month.firstDay(), "2028-02-01");
  EXPECT_EQ(month.lastDay(), "2028-02-29");
  const PlannedDate day{2031, 4, 15};
  EXPECT_EQ(day.text(), "2031-04-15");
  EXPECT_EQ(day.firstDay(), "2031-04-15");
  EXPECT_EQ(day.lastDay(), "2031-04-15");
}

TEST(PlannedDate, FormatsInNorwegianWithCaForUncertain) {
  EXPECT_EQ(formatPlannedDate({2031, 4, 0}, false), "april 2031");
  EXPECT_EQ(formatPlannedDate({2031, 4, 0}, true), "ca. april 2031");
  EXPECT_EQ(formatPlannedDate({2031, 4, 5}, false), "05.04.2031");
  EXPECT_EQ(formatPlannedDate({2031, 0, 0}, true), "ca. 2031");
  EXPECT_EQ(formatPlannedDate({2030, 12, 0}, false), "desember 2030");
}

TEST(Period, BoundsCoverTheWholeYearOrMonth) {
  EXPECT_EQ(periodStart("2027"), "2027-01-01");
  EXPECT_EQ(periodEnd("2027"), "2027-12-31");
  EXPECT_EQ(periodStart("2027-03"), "2027-03-01");
  EXPECT_EQ(periodEnd("2027-02"), "2027-02-28");
  EXPECT_EQ(periodEnd("15.03.2027"), "2027-03-15");
  EXPECT_FALSE(periodStart("neste år").has_value());
  EXPECT_FALSE(periodEnd("2027-13").has_value());
}

TEST(Plan, EndMayNotPrecedeStart) {
  EXPECT_TRUE(validPlan(std::nullopt, PlannedDate{2020, 1, 0}));
  EXPECT_TRUE(validPlan(PlannedDate{2030, 5, 0}, std::nullopt));
  EXPECT_TRUE(validPlan(PlannedDate{2030, 5, 0}, PlannedDate{2030, 5, 0}));
  EXPECT_TRUE(validPlan(PlannedDate{2030, 5, 20}, PlannedDate{2030, 5, 0}));
  EXPECT_TRUE(validPlan(PlannedDate{2030, 0, 0}, PlannedDate{2030, 0, 0}));
  EXPECT_FALSE(validPlan(PlannedDate{2030, 5, 0}, PlannedDate{2030, 4, 0}));
  EXPECT_FALSE(validPlan(PlannedDate{2030, 5, 2}, PlannedDate{2030, 5, 1}));
  EXPECT_FALSE(validPlan(PlannedDate{2031, 0, 0}, PlannedDate{2030, 12, 31}));
}

TEST(Links, OnlyHttpUrlsWithAHost) {
  EXPECT_TRUE(validLinkUrl("https://www.baerum.kommune.no/plan"));
  EXPECT_TRUE(validLinkUrl("http://example.no"));
  EXPECT_FALSE(validLinkUrl("javascript:alert(1)"));
  EXPECT_FALSE(validLinkUrl("https:///sti"));
  EXPECT_FALSE(validLinkUrl("https://a b.no"));
  EXPECT_FALSE(validLinkUrl("ftp://example.no"));
  EXPECT_FALSE(validLinkUrl("https://example.no/\"><script>"));
  EXPECT_FALSE(validLinkUrl("https://" + std::string(600, 'a') + ".no"));
}

ApprovalInput approvalInput() {
  return {"tiltaksplan", " Bærum kommune ", "2025/4411", "2025-03-01", "2027-02-28", "https://innsyn.baerum.kommune.no/sak/2025-4411"};
}

TEST(Approval, ValidInputIsTrimmedAndStored) {
  Approval a;
  a.id = "fast";
  EXPECT_TRUE(applyApprovalInput(approvalInput(), a).empty());
  EXPECT_EQ(a.id, "fast");  // identity is the caller's
  EXPECT_EQ(a.authority, "Bærum kommune");
  EXPECT_EQ(a.valid_to, "2027-02-28");
  auto open = approvalInput();
  open.valid_to = "";
  EXPECT_TRUE(applyApprovalInput(open, a).empty());
  EXPECT_FALSE(a.valid_to.has_value());
}

TEST(Approval, EveryBadFieldIsNamedAndNothingIsWritten) {
  Approval a;
  a.authority = "uendret";
  const ApprovalInput bad{"slott", "", std::string(101, 'r'), "2025-02-30", "i morgen", "ftp://x"};
  std::vector<std::string> fields;
  for (const auto& e : applyApprovalInput(bad, a)) {
    fields.push_back(e.field);
    EXPECT_TRUE(i18n::catalog().contains(e.message_key)) << e.message_key;
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"type", "myndighet", "referanse", "gyldig_fra", "gyldig_til", "dokument_url"}));
  EXPECT_EQ(a.authority, "uendret");
  auto backwards = approvalInput();
  backwards.valid_to = "2025-02-28";
  const auto errors = applyApprovalInput(backwards, a);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message_key, "registry.project.approval.error.order");
  auto line_break = approvalInput();
  line_break.authority = "Bærum\nkommune";
  EXPECT_EQ(applyApprovalInput(line_break, a).at(0).field, "myndighet");
}

TEST(Approval, StatusOnADayIncludesBothEnds) {
  Approval a;
  ASSERT_TRUE(applyApprovalInput(approvalInput(), a).empty());
  EXPECT_EQ(approvalStatus(a, "2025-02-28"), ApprovalStatus::NotYetInForce);
  EXPECT_EQ(approvalStatus(a, "2025-03-01"), ApprovalStatus::InForce);
  EXPECT_EQ(approvalStatus(a, "2027-02-28"), ApprovalStatus::InForce);
  EXPECT_EQ(approvalStatus(a, "2027-03-01"), ApprovalStatus::Expired);
  EXPECT_EQ(approvalStatusKey(ApprovalStatus::Expired), "utlopt");
  EXPECT_EQ(approvalStatusColor(ApprovalStatus::InForce), "success");
  for (const auto status : {ApprovalStatus::InForce, ApprovalStatus::NotYetInForce, ApprovalStatus::Expired}) {
    EXPECT_TRUE(i18n::catalog().contains(approvalStatusLabelKey(status)));
  }
  for (const auto& type : approvalTypes()) EXPECT_TRUE(i18n::catalog().contains(type.label_key)) << type.key;
  EXPECT_EQ(approvalSummary(a),
            "Godkjent tiltaksplan for forurenset grunn (forurensningsforskriften kap. 2), Bærum kommune, "
            "2025/4411, 01.03.2025 – 28.02.2027");
}

}  // namespace
}  // namespace masseflyt::registry::projects
