#pragma once

#include <string>
#include <vector>

#include "modules/registry/common/list_query.hpp"
#include "modules/registry/sites/domain/model.hpp"
#include "platform/core/error.hpp"
#include "platform/http/message.hpp"

// The list filters as URL parameters, read the same way for /anlegg and /api/v1/anlegg:
// kategori (comma list), kommune, fraksjon, gyldig_dato, ledig_kapasitet ("1": any capacity left,
// otherwise minimum tonnes), q. A bad value is a field error, not an empty list.
namespace masseflyt::registry::sites {

inline constexpr std::string_view kFilterParams[] = {"kategori", "kommune", "fraksjon",
                                                     "gyldig_dato", "ledig_kapasitet", "q"};

/// ?sorter= of the list page and the API: navn (default), kommune, ledig_kapasitet, endret.
inline constexpr common::SortOption<SiteSort> kSiteSorts[] = {
    {"navn", "registry.site.sort.name", SiteSort::Name},
    {"kommune", "registry.site.sort.municipality", SiteSort::Municipality},
    {"ledig_kapasitet", "registry.site.sort.capacity", SiteSort::Capacity},
    {"endret", "registry.site.sort.updated", SiteSort::Updated},
};

SiteFilter readSiteFilter(const http::Request& request, std::vector<FieldError>& errors);

/// The filter as a query string ("kategori=deponi_inert&kommune=3201"), without '?'; "" when empty.
std::string filterQuery(const http::Request& request);

}  // namespace masseflyt::registry::sites
