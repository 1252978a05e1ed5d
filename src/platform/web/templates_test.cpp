#include "platform/web/templates.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "platform/i18n/messages.hpp"

namespace masseflyt::web {
namespace {

TEST(Templates, AreEmbedded) {
  std::set<std::string> names;
  for (const auto& file : embeddedTemplates()) {
    names.emplace(file.path);
  }
  EXPECT_TRUE(names.contains("platform/web/templates/layout.tpl"));
  EXPECT_TRUE(names.contains("platform/web/templates/error.tpl"));
}

// ctemplate escapes nothing in a template without the pragma, so every template must have it.
TEST(Templates, EveryTemplateStartsWithTheAutoescapePragma) {
  for (const auto& file : embeddedTemplates()) {
    EXPECT_TRUE(hasAutoescapePragma(file.content))
        << file.path << " must start with " << kAutoescapePragma;
  }
}

TEST(Templates, EveryTextVariableNamesACatalogKey) {
  std::set<std::string> known;
  for (const auto& [key, text] : i18n::catalog().all()) {
    known.insert(textVariable(key));
  }
  int used = 0;
  for (const auto& file : embeddedTemplates()) {
    for (const auto& name : textVariablesIn(file.content)) {
      ++used;
      EXPECT_TRUE(known.contains(name)) << file.path << " uses {{" << name
                                        << "}}, but no catalog key maps to it";
    }
  }
  EXPECT_GT(used, 10);
}

TEST(Templates, PragmaCheckIsStrict) {
  EXPECT_TRUE(hasAutoescapePragma("{{%AUTOESCAPE context=\"HTML\"}}\n<p></p>"));
  EXPECT_FALSE(hasAutoescapePragma("<p>{{X}}</p>"));
  EXPECT_FALSE(hasAutoescapePragma("\n{{%AUTOESCAPE context=\"HTML\"}}"));
  EXPECT_FALSE(hasAutoescapePragma("{{%AUTOESCAPE context=\"JAVASCRIPT\"}}"));
  EXPECT_FALSE(hasAutoescapePragma(""));
}

TEST(Templates, TextVariableNaming) {
  EXPECT_EQ(textVariable("web.nav.home"), "T_web_nav_home");
  const auto names = textVariablesIn("<a>{{T_a_b}}</a>{{X}}{{#T_SECTION}}{{ T_c:none}}{{/T_SECTION}}");
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0], "T_a_b");
  EXPECT_EQ(names[1], "T_c");
}

TEST(Templates, LoadSucceedsAndIsIdempotent) {
  EXPECT_NO_THROW(loadTemplates());
  EXPECT_NO_THROW(loadTemplates());
}

}  // namespace
}  // namespace masseflyt::web
