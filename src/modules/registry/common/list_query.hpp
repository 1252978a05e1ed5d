#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "platform/http/message.hpp"

// How the registry's list pages and list APIs (sites, projects) keep their view in the URL:
// the filters as a query string for links (pagination, list/map toggle, the map's GeoJSON URL)
// and the chosen sort option.
namespace masseflyt::registry::common {

/// The named filter parameters that have a value, as "a=1&b=x%20y" (percent-encoded, in the
/// order of `names`), without '?'; "" when none is set.
std::string filterQuery(const http::Request& request, std::span<const std::string_view> names);

/// One choice of a list's "Sorter etter" select: URL value, catalog label, repository order.
template <typename Sort>
struct SortOption {
  std::string_view value;
  std::string_view label_key;
  Sort sort;
};

/// The option called `value`; nullptr when there is none (the API refuses an unknown sorter).
template <typename Sort>
const SortOption<Sort>* findSort(std::string_view value, std::span<const SortOption<Sort>> options) {
  for (const auto& option : options) {
    if (option.value == value) return &option;
  }
  return nullptr;
}

/// The option whose `value` the URL's ?sorter= names; the first option otherwise.
template <typename Sort>
const SortOption<Sort>& chosenSort(const http::Request& request,
                                   std::span<const SortOption<Sort>> options) {
  const auto* found = findSort(request.queryParam("sorter").value_or(""), options);
  return found != nullptr ? *found : options.front();
}

}  // namespace masseflyt::registry::common
