#include "platform/history/changes_json.hpp"

#include <gtest/gtest.h>

namespace masseflyt::history {
namespace {

const std::vector<ChangeEntry> kEntries{{.id = "e1",
                                         .entity_kind = "permit",
                                         .entity_id = "p1",
                                         .changed_at_ms = 1768478400123,
                                         .actor_id = "user-1",
                                         .actor_label = "Kolsås Pukkverk AS",
                                         .action = "updated",
                                         .changes = {{"history.field", "", "ny"}}}};

TEST(HistoryJson, OneShapeForEveryRegisterWithTheOrganisationNeverThePerson) {
  const auto json = entriesJson(kEntries);
  EXPECT_NE(json.find(R"("id":"e1")"), std::string::npos);
  EXPECT_NE(json.find(R"("tidspunkt":"2026-01-15T12:00:00.123Z")"), std::string::npos);
  EXPECT_NE(json.find(R"("utfort_for":"Kolsås Pukkverk AS")"), std::string::npos);
  EXPECT_NE(json.find(R"("fra":null,"til":"ny")"), std::string::npos) << json;
  EXPECT_EQ(json.find("user-1"), std::string::npos) << "the person's id stays out of the open history";
  EXPECT_EQ(json.find("gjelder"), std::string::npos);
  EXPECT_NE(json.find(R"("neste":null)"), std::string::npos);
}

TEST(HistoryJson, NamesWhatEachEntryIsAboutWhenAskedTo) {
  const auto json = entriesJson(kEntries, [](const ChangeEntry& e) { return e.entity_kind == "permit" ? "tillatelse" : "anlegg"; });
  EXPECT_NE(json.find(R"("gjelder":"tillatelse","gjelder_id":"p1")"), std::string::npos) << json;
}

}  // namespace
}  // namespace masseflyt::history
