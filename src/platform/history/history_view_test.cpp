#include "platform/history/history_view.hpp"

#include <gtest/gtest.h>

#include <ctemplate/template.h>

namespace masseflyt::history {
namespace {

std::string dump(const ctemplate::TemplateDictionary& dict) {
  std::string out;
  dict.DumpToString(&out);
  return out;
}

TEST(HistoryView, FillsEntriesWithCatalogLabels) {
  ctemplate::TemplateDictionary dict("test");
  addHistory(dict, {{.id = "1",
                     .entity_kind = "site",
                     .entity_id = "s1",
                     .changed_at_ms = 0,
                     .actor_id = "u",
                     .actor_label = "Demo AS",
                     .action = "updated",
                     .changes = {{"history.title", "", "ny"}}}});
  const std::string text = dump(dict);
  EXPECT_NE(text.find("Endret"), std::string::npos);
  EXPECT_NE(text.find("Endringshistorikk"), std::string::npos);  // field label via catalog
  EXPECT_NE(text.find("(tomt)"), std::string::npos);
  EXPECT_NE(text.find("Demo AS"), std::string::npos);
  EXPECT_NE(text.find("01.01.1970 01:00:00"), std::string::npos);
}

TEST(HistoryView, ShowsTheEmptyState) {
  ctemplate::TemplateDictionary dict("test");
  addHistory(dict, {});
  EXPECT_NE(dump(dict).find("NO_ENTRIES"), std::string::npos);
}

}  // namespace
}  // namespace masseflyt::history
