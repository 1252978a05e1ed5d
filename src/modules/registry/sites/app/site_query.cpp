#include "modules/registry/sites/app/site_query.hpp"

#include <algorithm>

#include "modules/registry/common/list_query.hpp"
#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/sites/domain/permit_status.hpp"
#include "modules/registry/sites/domain/validation.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::registry::sites {

SiteFilter readSiteFilter(const http::Request& request, std::vector<FieldError>& errors) {
  SiteFilter filter;
  if (auto kinds = request.queryParam("kategori"); kinds && !kinds->empty()) {
    std::size_t start = 0;
    while (start <= kinds->size()) {
      auto end = kinds->find(',', start);
      if (end == std::string::npos) end = kinds->size();
      const std::string kind = kinds->substr(start, end - start);
      if (!kind.empty()) {
        if (findSiteKind(kind) == nullptr) {
          errors.push_back({"kategori", "registry.site.filter.kind_invalid"});
          break;
        }
        filter.kinds.push_back(kind);
      }
      start = end + 1;
    }
  }
  if (auto municipality = request.queryParam("kommune"); municipality && !municipality->empty()) {
    if (!geo::validMunicipalityNumber(*municipality)) {
      errors.push_back({"kommune", "registry.site.error.municipality"});
    } else {
      filter.municipality_number = *municipality;
    }
  }
  if (auto fraction = request.queryParam("fraksjon"); fraction && !fraction->empty()) {
    if (findFractionGroup(*fraction) == nullptr) {
      errors.push_back({"fraksjon", "registry.site.filter.fraction_invalid"});
    } else {
      filter.fraction_group = *fraction;
    }
  }
  if (auto date = request.queryParam("gyldig_dato"); date && !date->empty()) {
    if (!parseDate(*date)) {
      errors.push_back({"gyldig_dato", "registry.permit.error.date"});
    } else {
      filter.valid_on = *date;
    }
  }
  if (auto capacity = request.queryParam("ledig_kapasitet"); capacity && !capacity->empty()) {
    bool ok = true;
    const auto kg = parseTonnesToKg(*capacity, ok);
    if (!ok || !kg) {
      errors.push_back({"ledig_kapasitet", "registry.site.filter.capacity_invalid"});
    } else {
      // "1" is the checkbox ("some capacity left"); any other number is minimum tonnes.
      filter.min_remaining_kg = *capacity == "1" ? 1 : std::max<std::int64_t>(1, *kg);
    }
  }
  if (auto search = request.queryParam("q"); search && !search->empty()) {
    if (search->size() > 100) {
      errors.push_back({"q", "registry.site.filter.search_too_long"});
    } else {
      filter.search = *search;
    }
  }
  return filter;
}

std::string filterQuery(const http::Request& request) {
  return common::filterQuery(request, kFilterParams);
}

}  // namespace masseflyt::registry::sites
