#include "platform/web/templates.hpp"

#include <ctemplate/template.h>

#include <map>
#include <mutex>

#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::web {

bool hasAutoescapePragma(std::string_view content) {
  return content.substr(0, kAutoescapePragma.size()) == kAutoescapePragma;
}

std::string textVariable(std::string_view catalog_key) {
  std::string name = "T_";
  for (const char c : catalog_key) {
    name += c == '.' ? '_' : c;
  }
  return name;
}

std::vector<std::string> textVariablesIn(std::string_view content) {
  std::vector<std::string> names;
  for (auto pos = content.find("{{"); pos != std::string_view::npos;
       pos = content.find("{{", pos + 2)) {
    // Markers may be {{NAME}}, {{#NAME}}, {{NAME:modifier}}; texts are always plain variables.
    std::size_t start = pos + 2;
    while (start < content.size() && content[start] == ' ') {
      ++start;
    }
    if (content.substr(start, 2) != "T_") {
      continue;
    }
    std::size_t end = start;
    while (end < content.size() && content[end] != '}' && content[end] != ':' &&
           content[end] != ' ') {
      ++end;
    }
    names.emplace_back(content.substr(start, end - start));
  }
  return names;
}

int templateStripMode() { return ctemplate::STRIP_BLANK_LINES; }

namespace {

void loadOnce() {
  std::map<std::string, std::string> keys_by_variable;
  for (const auto& [key, text] : i18n::catalog().all()) {
    const auto name = textVariable(key);
    const auto [it, inserted] = keys_by_variable.emplace(name, key);
    if (!inserted) {
      throw Error(ErrorKind::Internal, "web.error.catalog_clash", it->second + " / " + key);
    }
    ctemplate::TemplateDictionary::SetGlobalValue(name, text);
  }
  for (const auto& file : embeddedTemplates()) {
    if (!hasAutoescapePragma(file.content)) {
      throw Error(ErrorKind::Internal, "web.error.template_no_autoescape", std::string(file.path));
    }
    const std::string name(file.path);
    // StringToTemplateCache parses at once, so a broken template is reported here, at start-up,
    // instead of as a broken page.
    if (!ctemplate::StringToTemplateCache(name, ctemplate::TemplateString(file.content.data(), file.content.size()),
                                          static_cast<ctemplate::Strip>(templateStripMode()))) {
      throw Error(ErrorKind::Internal, "web.error.template_invalid", name);
    }
  }
}

}  // namespace

void loadTemplates() {
  static std::once_flag once;
  std::call_once(once, loadOnce);
}

}  // namespace masseflyt::web
