#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/embedded_file.hpp"

namespace masseflyt {
/// Every `*.tpl` under src/, embedded by src/platform/web/CMakeLists.txt; paths are relative to
/// src/ ("platform/web/templates/layout.tpl"), and that path is the template's name.
std::span<const EmbeddedFile> embeddedTemplates();
}  // namespace masseflyt

namespace masseflyt::web {

/// The first bytes every template must start with. ctemplate escapes nothing in a template that
/// lacks it, so the loader refuses such a template and a unit test checks all of them.
inline constexpr std::string_view kAutoescapePragma = "{{%AUTOESCAPE context=\"HTML\"}}";

bool hasAutoescapePragma(std::string_view content);

/// How templates show catalog texts: the catalog key "web.nav.home" is the template variable
/// `{{T_web_nav_home}}` ("T_" + the key with '.' replaced by '_'). Every catalog text is set once
/// as a ctemplate global value, so any template (and any include) can use it without the caller
/// filling anything, and the texts stay in the *.nb.txt files. A unit test checks that every
/// `{{T_...}}` a template uses names an existing key.
std::string textVariable(std::string_view catalog_key);
/// The `T_...` variable names a template refers to, in order of appearance.
std::vector<std::string> textVariablesIn(std::string_view content);

/// Loads the embedded templates into ctemplate's default cache and the catalog texts into its
/// global dictionary; runs once per process, later calls return at once. Throws masseflyt::Error
/// (Internal) when a template lacks the pragma or does not parse, or two catalog keys map to the
/// same variable.
void loadTemplates();

/// The strip mode templates are cached and expanded with: only blank lines go, so text that spans
/// lines in a template keeps its spaces.
int templateStripMode();

}  // namespace masseflyt::web
