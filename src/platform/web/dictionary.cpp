#include "platform/web/dictionary.hpp"

#include <ctemplate/template.h>

#include <string>

namespace masseflyt::web {

void setValue(ctemplate::TemplateDictionary& dictionary, std::string_view name,
              std::string_view value) {
  dictionary.SetValue(ctemplate::TemplateString(name.data(), name.size()),
                      ctemplate::TemplateString(value.data(), value.size()));
}

void addTextSection(ctemplate::TemplateDictionary& dictionary, std::string_view name,
                    std::string_view text) {
  auto* child = dictionary.AddSectionDictionary(std::string(name));
  setValue(*child, "TEXT", text);
}

}  // namespace masseflyt::web
