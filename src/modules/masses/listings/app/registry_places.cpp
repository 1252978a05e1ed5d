#include "modules/masses/listings/app/registry_places.hpp"

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/sites/app/api.hpp"

namespace masseflyt::masses::listings {
namespace {

Place fromProject(const registry::projects::ProjectRef& p) {
  Place out{p.id, p.name, {}, p.municipality_number, p.address, p.lat, p.lon};
  if (!p.developer_organisation_id.empty()) out.organisation_ids.push_back(p.developer_organisation_id);
  for (const auto& c : p.contractor_organisation_ids) out.organisation_ids.push_back(c);
  return out;
}

Place fromSite(const registry::sites::SiteRef& s) {
  return Place{s.id, s.name, {s.organisation_id}, s.municipality_number, s.address, s.lat, s.lon,
               s.permit_status, s.permit_status_text, s.permit_status_color};
}

std::optional<Owner> fromRecord(const std::optional<identity::organisations::OrganisationRecord>& r) {
  if (!r) return std::nullopt;
  return Owner{r->id, r->organisation_number, r->name};
}

class RegistryPlaces final : public Places {
 public:
  RegistryPlaces(db::Database& database, const identity::organisations::BrregClient& brreg)
      : database_(database), organisations_(database, brreg) {}

  std::optional<Place> project(std::string_view id) const override {
    const auto p = registry::projects::findProjectRef(database_, id);
    return p ? std::optional<Place>(fromProject(*p)) : std::nullopt;
  }
  std::optional<Place> site(std::string_view id) const override {
    const auto s = registry::sites::findSiteRef(database_, id);
    return s ? std::optional<Place>(fromSite(*s)) : std::nullopt;
  }
  std::vector<Place> projectsOf(std::string_view organisation_id) const override {
    std::vector<Place> out;
    for (const auto& p : registry::projects::projectsOfOrganisation(database_, organisation_id)) {
      out.push_back(fromProject(p));
    }
    return out;
  }
  std::vector<Place> sitesOf(std::string_view organisation_id) const override {
    std::vector<Place> out;
    for (const auto& s : registry::sites::sitesOfOrganisation(database_, organisation_id)) {
      out.push_back(fromSite(s));
    }
    return out;
  }
  bool siteHasDsaPermit(std::string_view site_id, std::string_view date) const override {
    return registry::sites::hasValidPermitOfType(database_, site_id, "dsa", date);
  }
  std::optional<Owner> owner(std::string_view organisation_id) const override {
    return fromRecord(organisations_.findById(organisation_id));
  }
  std::optional<Owner> ownerByNumber(std::string_view organisation_number) const override {
    return fromRecord(organisations_.find(organisation_number));
  }

 private:
  db::Database& database_;
  identity::organisations::OrganisationService organisations_;
};

}  // namespace

std::unique_ptr<Places> makeRegistryPlaces(db::Database& database,
                                           const identity::organisations::BrregClient& brreg) {
  return std::make_unique<RegistryPlaces>(database, brreg);
}

}  // namespace masseflyt::masses::listings
