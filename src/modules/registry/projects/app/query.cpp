#include "modules/registry/projects/app/query.hpp"

#include <array>

#include "modules/registry/common/list_query.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::registry::projects {
namespace {

constexpr std::array<std::string_view, 6> kFilterNames = {"fase",      "kommunenummer", "start_fra",
                                                          "start_til", "utbygger",      "q"};
constexpr std::size_t kMaxSearch = 100;

}  // namespace

ProjectFilter readFilter(const http::Request& request, std::vector<FieldError>& errors) {
  ProjectFilter filter;
  if (auto phase = request.queryParam("fase"); phase && !phase->empty()) {
    filter.phase = parsePhase(*phase);
    if (!filter.phase) errors.push_back({"fase", "registry.project.error.phase"});
  }
  if (auto municipality = request.queryParam("kommunenummer"); municipality && !municipality->empty()) {
    if (!geo::validMunicipalityNumber(*municipality)) {
      errors.push_back({"kommunenummer", "registry.project.error.municipality_invalid"});
    } else {
      filter.municipality_number = *municipality;
    }
  }
  if (auto from = request.queryParam("start_fra"); from && !from->empty()) {
    filter.start_from = periodStart(*from);
    if (!filter.start_from) errors.push_back({"start_fra", "registry.project.error.period"});
  }
  if (auto to = request.queryParam("start_til"); to && !to->empty()) {
    filter.start_to = periodEnd(*to);
    if (!filter.start_to) errors.push_back({"start_til", "registry.project.error.period"});
  }
  if (filter.start_from && filter.start_to && *filter.start_to < *filter.start_from) {
    errors.push_back({"start_til", "registry.project.error.period_order"});
  }
  if (auto developer = request.queryParam("utbygger"); developer && !developer->empty()) {
    if (*developer == "offentlig") {
      filter.public_developer = true;
    } else if (*developer == "privat") {
      filter.public_developer = false;
    } else {
      errors.push_back({"utbygger", "registry.project.error.developer_kind"});
    }
  }
  if (auto search = request.queryParam("q")) {
    if (search->size() > kMaxSearch) {
      errors.push_back({"q", "registry.project.error.search_too_long"});
    } else {
      filter.search = *search;
    }
  }
  return filter;
}

std::string filterQuery(const http::Request& request) {
  return common::filterQuery(request, kFilterNames);
}

}  // namespace masseflyt::registry::projects
