#include "modules/masses/searches/domain/saved_search.hpp"

#include "platform/core/text.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::masses::searches {

std::string validName(std::string_view name, std::vector<FieldError>& errors) {
  std::string trimmed = text::trim(name);
  if (trimmed.empty()) {
    errors.push_back({"navn", "masses.search.error.name_missing"});
  } else if (trimmed.size() > kMaxNameLength) {
    errors.push_back({"navn", "masses.search.error.name_long"});
  }
  return trimmed;
}

std::string alertSubject(const AlertMailFacts& facts) {
  return i18n::catalog().format("masses.search.mail.subject", {{"name", facts.search_name}});
}

std::string alertBody(const AlertMailFacts& facts) {
  return i18n::catalog().format("masses.search.mail.body",
                                {{"name", facts.search_name},
                                 {"title", facts.listing_title},
                                 {"kind", facts.kind_label},
                                 {"fraction", facts.fraction_name},
                                 {"quantity", facts.quantity_text},
                                 {"period", facts.period_text},
                                 {"place", facts.place_text},
                                 {"url", facts.listing_url},
                                 {"searches", facts.searches_url}});
}

}  // namespace masseflyt::masses::searches
