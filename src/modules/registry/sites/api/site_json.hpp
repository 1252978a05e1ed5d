#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/sites/app/site_service.hpp"

// JSON of the sites API (Boost.JSON lives in site_api_json.cpp only).
namespace masseflyt::registry::sites::json {

/// `protected_fields`: contact person and unpublished fees (logged-in callers only).
std::string site(const SiteSummary& site, bool protected_fields);
/// {"data": [...], "neste": <cursor or null>}
std::string sitePage(const std::vector<SiteSummary>& items, bool protected_fields,
                     const std::optional<std::string>& next);
/// RFC 7946 FeatureCollection; the map script reads navn, url, kategori, kategori_navn, status,
/// status_navn from each feature's properties.
std::string siteFeatureCollection(const std::vector<SiteSummary>& items,
                                  const std::optional<std::string>& next);
std::string permit(const Permit& permit);
std::string permits(const std::vector<Permit>& permits);

/// A site body: the owner's organisasjonsnummer and the input. Throws Error(BadRequest,
/// "registry.site.error.body") when the body is not a JSON object; wrongly typed members become
/// field errors in `input.errors`.
struct SiteBody {
  std::string organisation_number;
  SiteInput input;
};
SiteBody parseSiteBody(std::string_view body);
PermitInput parsePermitBody(std::string_view body);

}  // namespace masseflyt::registry::sites::json
