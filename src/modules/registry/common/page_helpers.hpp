#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/http/message.hpp"

// Page pieces the registry's profile pages share: field errors, the municipality multi-select
// and filter, the page number and pagination.
namespace ctemplate {
class TemplateDictionary;
}

namespace masseflyt::registry::common {

using Dictionary = ctemplate::TemplateDictionary;

// Values and {{TEXT}} sections: web::setValue / web::addTextSection (platform/web/dictionary.hpp);
// form fields: http::Request::formField / formValues; links: text::percentEncode.

/// The ERRORS summary (ERROR: FIELD, TEXT) and one `<FIELD>_ERROR` section per field (upper
/// case); an error without fields becomes an ALERT.
void showFieldErrors(Dictionary& content, const Error& error);

/// Checkboxes of the region's municipalities: one `section_name` (VALUE, LABEL, CHECKED) each.
void fillMunicipalityChoices(Dictionary& dictionary, std::string_view section_name,
                             const std::vector<std::string>& chosen);
/// Options of a single-choice municipality filter: one `section_name` (VALUE, LABEL, SELECTED).
void fillMunicipalityOptions(Dictionary& dictionary, std::string_view section_name,
                             std::string_view selected);
/// The filter value when it names a municipality of the region, else empty.
std::string municipalityFilter(const http::Request& request, std::string_view parameter);

/// ?side=N within 1..100000; 1 otherwise.
std::int64_t pageNumber(const http::Request& request);

/// PAGINATION (PREVIOUS/NEXT with HREF, PAGE_TEXT) when there is more than one page.
/// `link(page)` builds the href; `page_of_key` is a catalog text with {page} and {pages}.
void addPagination(Dictionary& content, std::int64_t total, std::int64_t page_size,
                   std::int64_t page_number, const std::function<std::string(std::int64_t)>& link,
                   std::string_view page_of_key);

}  // namespace masseflyt::registry::common
