#include "modules/registry/common/page_helpers.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <ctime>

#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::registry::common {

void showFieldErrors(Dictionary& content, const Error& error) {
  auto* summary = content.AddSectionDictionary("ERRORS");
  for (const auto& field : error.fields()) {
    auto* item = summary->AddSectionDictionary("ERROR");
    web::setValue(*item, "FIELD", field.field);
    web::setValue(*item, "TEXT", i18n::t(field.message_key));
    std::string upper;
    for (const char c : field.field) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    web::addTextSection(content, upper + "_ERROR", i18n::t(field.message_key));
  }
  if (error.fields().empty()) web::addTextSection(content, "ALERT", i18n::t(error.messageKey()));
}

void fillMunicipalityChoices(Dictionary& dictionary, std::string_view section_name,
                             const std::vector<std::string>& chosen) {
  for (const auto& m : geo::regionMunicipalities()) {
    auto* option = dictionary.AddSectionDictionary(std::string(section_name));
    web::setValue(*option, "VALUE", m.number);
    web::setValue(*option, "LABEL", m.name);
    if (std::find(chosen.begin(), chosen.end(), m.number) != chosen.end()) option->ShowSection("CHECKED");
  }
}

void fillMunicipalityOptions(Dictionary& dictionary, std::string_view section_name,
                             std::string_view selected) {
  for (const auto& m : geo::regionMunicipalities()) {
    auto* option = dictionary.AddSectionDictionary(std::string(section_name));
    web::setValue(*option, "VALUE", m.number);
    web::setValue(*option, "LABEL", m.name);
    if (m.number == selected) option->ShowSection("SELECTED");
  }
}

std::string municipalityFilter(const http::Request& request, std::string_view parameter) {
  const std::string value = request.queryParam(parameter).value_or("");
  return geo::findMunicipality(value) != nullptr ? value : std::string();
}

std::int64_t pageNumber(const http::Request& request) {
  if (const auto side = request.queryParam("side")) {
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(side->data(), side->data() + side->size(), value);
    if (ec == std::errc{} && ptr == side->data() + side->size() && value >= 1 && value <= 100000) {
      return value;
    }
  }
  return 1;
}

void addPagination(Dictionary& content, std::int64_t total, std::int64_t page_size,
                   std::int64_t page_number, const std::function<std::string(std::int64_t)>& link,
                   std::string_view page_of_key) {
  const std::int64_t pages = std::max<std::int64_t>(1, (total + page_size - 1) / page_size);
  if (pages <= 1) return;
  auto* nav = content.AddSectionDictionary("PAGINATION");
  if (page_number > 1) web::setValue(*nav->AddSectionDictionary("PREVIOUS"), "HREF", link(page_number - 1));
  if (page_number < pages) web::setValue(*nav->AddSectionDictionary("NEXT"), "HREF", link(page_number + 1));
  web::setValue(*nav, "PAGE_TEXT",
      i18n::catalog().format(page_of_key,
                             {{"page", std::to_string(page_number)}, {"pages", std::to_string(pages)}}));
}

}  // namespace masseflyt::registry::common
