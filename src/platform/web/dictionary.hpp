#pragma once

#include <string_view>

namespace ctemplate {
class TemplateDictionary;
}

// The two ways page handlers fill templates, named once: a value, and a section that holds one
// {{TEXT}} (messages, alerts, field errors). Values are escaped by the template's AUTOESCAPE.
namespace masseflyt::web {

void setValue(ctemplate::TemplateDictionary& dictionary, std::string_view name,
              std::string_view value);

/// Shows section `name` once with {{TEXT}} = `text`.
void addTextSection(ctemplate::TemplateDictionary& dictionary, std::string_view name,
                    std::string_view text);

}  // namespace masseflyt::web
