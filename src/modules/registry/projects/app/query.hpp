#pragma once

#include <string>
#include <vector>

#include "modules/registry/common/list_query.hpp"
#include "modules/registry/projects/app/model.hpp"
#include "platform/core/error.hpp"
#include "platform/http/message.hpp"

namespace masseflyt::registry::projects {

/// ?sorter= of the list page and the API: navn (default), oppstart, fase, endret.
inline constexpr common::SortOption<ProjectSort> kProjectSorts[] = {
    {"navn", "registry.project.list.sort.name", ProjectSort::Name},
    {"oppstart", "registry.project.list.sort.start", ProjectSort::Start},
    {"fase", "registry.project.list.sort.phase", ProjectSort::Phase},
    {"endret", "registry.project.list.sort.updated", ProjectSort::Updated},
};

/// The filters shared by the list page, the map and the API (all in the URL):
/// fase, kommunenummer, start_fra, start_til (year, year-month or date; either may be left open),
/// utbygger (offentlig|privat), q. A bad value adds a field error (never an empty list).
ProjectFilter readFilter(const http::Request& request, std::vector<FieldError>& errors);

/// The filter as a query string ("fase=bygging&kommunenummer=3201"), without '?', for links that
/// keep the view (pagination, the map's GeoJSON URL, list/map toggle).
std::string filterQuery(const http::Request& request);

}  // namespace masseflyt::registry::projects
