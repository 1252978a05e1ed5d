#include "modules/registry/sites/app/site_service.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/sites/domain/permit_document.hpp"
#include "modules/registry/sites/infra/site_repository.hpp"
#include "modules/registry/sites/permissions.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/history/acting_for.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::sites {
namespace {

constexpr std::string_view kSiteEntity = "site";
constexpr std::string_view kPermitEntity = "permit";

std::string groupThousands(std::int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u00A0";
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

std::string labels(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& key : keys) {
    const auto* group = findFractionGroup(key);
    if (!out.empty()) out += ", ";
    out += group != nullptr ? std::string(i18n::t(group->label_key)) : key;
  }
  return out;
}

// The contact person is personal data shown only to logged-in users, while the history is open:
// the history says that it changed, never what it says.
bool personal(const std::string& key) {
  return key == "registry.site.field.contact_name" || key == "registry.site.field.contact_phone" ||
         key == "registry.site.field.contact_email";
}

std::string shown(const std::string& key, const std::string& value) {
  if (value.empty() || !personal(key)) return value;
  return std::string(i18n::t("registry.site.personal_hidden"));
}

std::vector<history::FieldChange> compareFields(
    const std::vector<std::pair<std::string, std::string>>& before,
    const std::vector<std::pair<std::string, std::string>>& after) {
  std::vector<history::FieldChange> out;
  for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
    if (before[i].second == after[i].second) continue;
    const auto& key = before[i].first;
    out.push_back({key, shown(key, before[i].second), shown(key, after[i].second)});
  }
  return out;
}

std::vector<history::FieldChange> asCreated(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::vector<history::FieldChange> out;
  for (const auto& [key, value] : fields) {
    if (!value.empty()) out.push_back({key, "", shown(key, value)});
  }
  return out;
}

}  // namespace

std::string formatTonnes(const std::optional<std::int64_t>& kg) {
  if (!kg) return {};
  const std::int64_t tonnes = *kg / 1000;
  const std::int64_t rest = *kg % 1000;
  std::string out = groupThousands(tonnes);
  if (rest != 0) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, ",%03lld", static_cast<long long>(rest));
    std::string decimals = buffer;
    while (decimals.back() == '0') decimals.pop_back();
    out += decimals;
  }
  return out + "\u00A0t";
}

std::string formatFee(const std::optional<std::int64_t>& ore) {
  if (!ore) return {};
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, ",%02lld", static_cast<long long>(*ore % 100));
  return groupThousands(*ore / 100) + buffer + "\u00A0kr/t";
}

std::vector<std::pair<std::string, std::string>> siteDisplayFields(const Site& s,
                                                                   std::string_view owner_name) {
  const auto* kind = findSiteKind(s.kind);
  const auto* municipality = geo::findMunicipality(s.municipality_number);
  return {
      {"registry.site.field.owner", std::string(owner_name)},
      {"registry.site.field.kind", kind != nullptr ? std::string(i18n::t(kind->label_key)) : s.kind},
      {"registry.site.field.name", s.name},
      {"registry.site.field.description", s.description},
      {"registry.site.field.address", s.address},
      {"registry.site.field.position", geo::formatLatLon({s.lat, s.lon})},
      {"registry.site.field.area", s.area_geojson.empty() ? "" : std::string(i18n::t("registry.site.area_present"))},
      {"registry.site.field.municipality",
       municipality != nullptr ? std::string(municipality->name) + " (" + s.municipality_number + ")"
                               : s.municipality_number},
      {"registry.site.field.opening_hours", s.opening_hours},
      {"registry.site.field.contact_name", s.contact_name},
      {"registry.site.field.contact_phone", s.contact_phone},
      {"registry.site.field.contact_email", s.contact_email},
      {"registry.site.field.fractions", labels(s.fraction_groups)},
      {"registry.site.field.capacity", formatTonnes(s.capacity_kg_per_year)},
      {"registry.site.field.remaining", formatTonnes(s.remaining_kg)},
      {"registry.site.field.fee", formatFee(s.fee_ore_per_tonne)},
      {"registry.site.field.publish_fees",
       std::string(i18n::t(s.publish_fees ? "registry.site.yes" : "registry.site.no"))},
  };
}

std::vector<std::pair<std::string, std::string>> permitDisplayFields(const Permit& p) {
  const auto* type = findPermitType(p.type);
  return {
      {"registry.permit.field.type", type != nullptr ? std::string(i18n::t(type->label_key)) : p.type},
      {"registry.permit.field.authority", p.authority},
      {"registry.permit.field.reference", p.reference},
      {"registry.permit.field.valid_from", displayDate(p.valid_from)},
      {"registry.permit.field.valid_to", p.valid_to ? displayDate(*p.valid_to) : ""},
      {"registry.permit.field.fractions", labels(p.fraction_groups)},
      {"registry.permit.field.condition_class",
       p.max_condition_class ? "TK" + std::to_string(*p.max_condition_class) : ""},
      {"registry.permit.field.max_annual", formatTonnes(p.max_annual_kg)},
      {"registry.permit.field.document_url", p.document_url},
      {"registry.permit.field.document",
       p.document ? p.document->name + " (" + displayFileSize(p.document->size_bytes) + ")" : ""},
  };
}

SiteService::SiteService(db::Database& database,
                         const identity::organisations::OrganisationService& organisations)
    : database_(database), organisations_(organisations) {}

std::vector<SiteSummary> SiteService::summarise(db::Database::Lease& lease,
                                                std::vector<Site> sites) const {
  std::vector<std::string> ids;
  ids.reserve(sites.size());
  for (const auto& s : sites) ids.push_back(s.id);
  auto permits = repository::permitsForSites(lease, ids);
  const std::string day = today();
  std::map<std::string, std::pair<std::string, std::string>> owners;
  std::vector<SiteSummary> out;
  out.reserve(sites.size());
  for (auto& s : sites) {
    SiteSummary summary;
    summary.permits = std::move(permits[s.id]);
    summary.status = siteStatus(summary.permits, day);
    auto owner = owners.find(s.organisation_id);
    if (owner == owners.end()) {
      const auto organisation = organisations_.findById(s.organisation_id);
      owner = owners
                  .emplace(s.organisation_id,
                           organisation ? std::make_pair(organisation->organisation_number, organisation->name)
                                        : std::make_pair(std::string(), std::string()))
                  .first;
    }
    summary.organisation_number = owner->second.first;
    summary.organisation_name = owner->second.second;
    summary.site = std::move(s);
    out.push_back(std::move(summary));
  }
  return out;
}

SiteService::Page SiteService::list(const SiteFilter& filter, SiteSort sort, std::int64_t offset,
                                    std::int64_t limit) const {
  auto lease = database_.lease();
  Page page;
  page.total = repository::countSites(lease, filter);
  page.items = summarise(lease, repository::listSites(lease, filter, sort, offset, limit));
  return page;
}

std::vector<SiteSummary> SiteService::listAfter(const SiteFilter& filter,
                                                const std::optional<std::string>& after_id,
                                                std::int64_t limit) const {
  auto lease = database_.lease();
  return summarise(lease, repository::listSitesAfter(lease, filter, after_id, limit));
}

SiteSummary SiteService::get(std::string_view id) const {
  auto lease = database_.lease();
  auto site = repository::findSite(lease, std::string(id));
  if (!site) throw Error(ErrorKind::NotFound, "registry.site.error.not_found");
  std::vector<Site> one;
  one.push_back(std::move(*site));
  return std::move(summarise(lease, std::move(one)).front());
}

std::vector<NearbySite> SiteService::nearby(const Site& site, std::size_t limit) const {
  auto lease = database_.lease();
  std::vector<std::pair<double, Site>> candidates;
  for (auto& other : repository::sitesInBox(lease, site.lat, site.lon, kNearbyRadiusMeters)) {
    if (other.id == site.id) continue;
    const double d = geo::distanceMeters({site.lat, site.lon}, {other.lat, other.lon});
    if (d <= kNearbyRadiusMeters) candidates.emplace_back(d, std::move(other));
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  if (candidates.size() > limit) candidates.resize(limit);
  std::vector<Site> sites;
  for (auto& c : candidates) sites.push_back(c.second);
  auto summaries = summarise(lease, std::move(sites));
  std::vector<NearbySite> out;
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    out.push_back({std::move(summaries[i]), candidates[i].first});
  }
  return out;
}

std::vector<history::ChangeEntry> SiteService::history(const Site& site) const {
  auto lease = database_.lease();
  return history::list(lease, kSiteEntity, site.id);
}

std::vector<history::ChangeEntry> SiteService::fullHistory(const SiteSummary& summary) const {
  auto lease = database_.lease();
  auto entries = history::list(lease, kSiteEntity, summary.site.id);
  for (const auto& permit : summary.permits) {
    auto more = history::list(lease, kPermitEntity, permit.id);
    entries.insert(entries.end(), more.begin(), more.end());
  }
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return a.changed_at_ms > b.changed_at_ms;
  });
  return entries;
}

std::vector<SiteService::OwnerChoice> SiteService::ownerChoices(const auth::Principal& actor) const {
  std::vector<OwnerChoice> out;
  bool platform_wide = false;
  for (const auto& role_key : actor.platform_roles) {
    const auto* role = auth::findRole(role_key);
    if (role != nullptr && std::find(role->permissions.begin(), role->permissions.end(),
                                     kEditPermission) != role->permissions.end()) {
      platform_wide = true;
    }
  }
  if (platform_wide) {
    const auto all = organisations_.list({}, identity::organisations::OrganisationSort::Name, 0, 1000);
    for (const auto& o : all.items) out.push_back({o.id, o.organisation_number, o.name});
    return out;
  }
  for (const auto& m : actor.memberships) {
    if (!m.verified || !auth::allowed(&actor, kEditPermission, m.organisation_id)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const auto& c) { return c.id == m.organisation_id; })) {
      continue;
    }
    out.push_back({m.organisation_id, m.organisation_number, m.organisation_name});
  }
  return out;
}

bool SiteService::mayEdit(const auth::Principal* actor, const Site& site) const {
  return actor != nullptr && auth::allowed(actor, kEditPermission, site.organisation_id);
}

void SiteService::requireEdit(const auth::Principal& actor, const std::string& organisation_id) const {
  if (!auth::allowed(&actor, kEditPermission, organisation_id)) {
    throw Error(ErrorKind::Forbidden, "registry.site.error.forbidden", std::string(kEditPermission));
  }
}

Site SiteService::create(const auth::Principal& actor, std::string_view organisation_number,
                         const SiteInput& input) const {
  const auto organisation = organisations_.find(organisation_number);
  if (!organisation) {
    SiteInput copy = input;
    copy.errors.insert(copy.errors.begin(), {"organisasjonsnummer", "registry.site.error.owner"});
    Site ignored;
    applySiteInput(copy, ignored);  // throws with every field error at once
  }
  requireEdit(actor, organisation->id);
  Site site;
  applySiteInput(input, site);
  site.id = db::newUuidV7();
  site.organisation_id = organisation->id;
  site.source = "own";
  site.created_at = site.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertSite(lease, site);
  history::record(lease, kSiteEntity, site.id, actor.user_id, history::actingFor(actor, site.organisation_id),
                  "created", asCreated(siteDisplayFields(site, organisation->name)));
  transaction.commit();
  return site;
}

Site SiteService::update(const auth::Principal& actor, std::string_view id,
                         const SiteInput& input) const {
  const auto current = get(id);
  requireEdit(actor, current.site.organisation_id);
  Site site = current.site;
  applySiteInput(input, site);
  site.updated_at = db::nowEpochMs();
  if (!site.import_source.empty() && site.claimed_at) {
    // Owner edits win over the source: remember which import fields the owner changed, so the
    // next refresh leaves them alone. Before a claim nobody owns the record, so an
    // administrator's correction stays open to the next refresh.
    for (auto& field : changedImportFields(current.site, site)) {
      if (std::find(site.owner_edited_fields.begin(), site.owner_edited_fields.end(), field) ==
          site.owner_edited_fields.end()) {
        site.owner_edited_fields.push_back(std::move(field));
      }
    }
  }
  const auto changes = compareFields(siteDisplayFields(current.site, current.organisation_name),
                                     siteDisplayFields(site, current.organisation_name));
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateSite(lease, site);
  history::record(lease, kSiteEntity, site.id, actor.user_id, history::actingFor(actor, site.organisation_id),
                  "updated", changes);
  transaction.commit();
  return site;
}

Permit SiteService::getPermit(std::string_view site_id, std::string_view permit_id) const {
  auto lease = database_.lease();
  auto permit = repository::findPermit(lease, std::string(permit_id));
  if (!permit || permit->site_id != site_id) {
    throw Error(ErrorKind::NotFound, "registry.permit.error.not_found");
  }
  return *permit;
}

Permit SiteService::addPermit(const auth::Principal& actor, std::string_view site_id,
                              const PermitInput& input) const {
  const auto current = get(site_id);
  requireEdit(actor, current.site.organisation_id);
  Permit permit;
  applyPermitInput(input, permit);
  permit.id = db::newUuidV7();
  permit.site_id = current.site.id;
  permit.created_at = permit.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertPermit(lease, permit);
  history::record(lease, kPermitEntity, permit.id, actor.user_id,
                  history::actingFor(actor, current.site.organisation_id), "created",
                  asCreated(permitDisplayFields(permit)));
  transaction.commit();
  return permit;
}

Permit SiteService::updatePermit(const auth::Principal& actor, std::string_view site_id,
                                 std::string_view permit_id, const PermitInput& input) const {
  const auto current = get(site_id);
  requireEdit(actor, current.site.organisation_id);
  const Permit before = getPermit(site_id, permit_id);
  Permit permit = before;
  applyPermitInput(input, permit);
  permit.updated_at = db::nowEpochMs();
  const auto changes = compareFields(permitDisplayFields(before), permitDisplayFields(permit));
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updatePermit(lease, permit);
  history::record(lease, kPermitEntity, permit.id, actor.user_id,
                  history::actingFor(actor, current.site.organisation_id), "updated", changes);
  transaction.commit();
  return permit;
}

void SiteService::requirePermitEdit(const auth::Principal& actor, std::string_view site_id) const {
  requireEdit(actor, get(site_id).site.organisation_id);
}

Permit SiteService::setPermitDocument(const auth::Principal& actor, std::string_view site_id,
                                      std::string_view permit_id,
                                      const std::optional<PermitDocument>& document) const {
  const auto current = get(site_id);
  requireEdit(actor, current.site.organisation_id);
  const Permit before = getPermit(site_id, permit_id);
  Permit permit = before;
  permit.document = document;
  permit.updated_at = db::nowEpochMs();
  const auto changes = compareFields(permitDisplayFields(before), permitDisplayFields(permit));
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::setPermitDocument(lease, permit.id, permit.document, permit.updated_at);
  history::record(lease, kPermitEntity, permit.id, actor.user_id,
                  history::actingFor(actor, current.site.organisation_id), "updated", changes);
  transaction.commit();
  return permit;
}

void SiteService::insertTrusted(const Site& site, const std::vector<Permit>& permits,
                                std::string_view actor_label) const {
  const auto owner = organisations_.findById(site.organisation_id);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertSite(lease, site);
  history::record(lease, kSiteEntity, site.id, "", actor_label, "created",
                  asCreated(siteDisplayFields(site, owner ? owner->name : "")));
  for (const auto& permit : permits) {
    repository::insertPermit(lease, permit);
    history::record(lease, kPermitEntity, permit.id, "", actor_label, "created",
                    asCreated(permitDisplayFields(permit)));
  }
  transaction.commit();
}

SiteService::ImportFigures SiteService::applyImport(std::string_view source,
                                                    std::string_view actor_label,
                                                    const std::string& holder_organisation_id,
                                                    const std::vector<ImportedSite>& records,
                                                    bool demo) const {
  ImportFigures figures;
  const std::int64_t now = db::nowEpochMs();
  std::map<std::string, std::string> owner_names;
  const auto ownerName = [&](const std::string& id) -> const std::string& {
    auto it = owner_names.find(id);
    if (it == owner_names.end()) {
      const auto organisation = organisations_.findById(id);
      it = owner_names.emplace(id, organisation ? organisation->name : "").first;
    }
    return it->second;
  };
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  std::map<std::string, Site> stored;
  for (auto& site : repository::importedSites(lease, std::string(source))) {
    stored.emplace(site.import_key, std::move(site));
  }
  std::set<std::string> seen;
  for (const auto& record : records) {
    if (record.source != source || record.key.empty() || record.name.empty() ||
        findSiteKind(record.kind) == nullptr || !geo::validMunicipalityNumber(record.municipality_number) ||
        !geo::withinNorway({record.lat, record.lon}) || !seen.insert(record.key).second) {
      ++figures.skipped;
      continue;
    }
    const auto existing = stored.find(record.key);
    if (existing == stored.end()) {
      Site site = newImportedSite(record, holder_organisation_id, now);
      site.is_demo = demo;
      site.id = db::newUuidV7();
      repository::insertSite(lease, site);
      history::record(lease, kSiteEntity, site.id, "", actor_label, "imported",
                      asCreated(siteDisplayFields(site, ownerName(site.organisation_id))));
      ++figures.created;
      continue;
    }
    const Site& before = existing->second;
    auto merge = mergeImported(before, record);
    figures.kept_owner_fields += static_cast<int>(merge.kept_owner.size());
    if (merge.updated.empty() && !merge.source_meta_changed && !merge.reappeared) {
      ++figures.unchanged;
      continue;
    }
    merge.site.imported_at = now;
    merge.site.updated_at = now;
    repository::updateSite(lease, merge.site);
    const auto& owner = ownerName(before.organisation_id);
    auto changes = compareFields(siteDisplayFields(before, owner), siteDisplayFields(merge.site, owner));
    if (merge.source_meta_changed) {
      changes.push_back({"registry.site.field.source_url", before.source_url, merge.site.source_url});
    }
    history::record(lease, kSiteEntity, before.id, "", actor_label,
                    merge.reappeared ? "import.reappeared" : "import.updated", changes);
    ++figures.updated;
  }
  for (auto& [key, site] : stored) {
    if (seen.count(key) != 0 || site.vanished_at) continue;
    site.vanished_at = now;
    site.updated_at = now;
    repository::updateSite(lease, site);
    history::record(lease, kSiteEntity, site.id, "", actor_label, "import.vanished");
    ++figures.vanished;
  }
  transaction.commit();
  return figures;
}

Site SiteService::claim(const auth::Principal& actor, std::string_view site_id,
                        std::string_view organisation_number) const {
  const auto current = get(site_id);
  if (current.site.import_source.empty() || current.site.claimed_at) {
    throw Error(ErrorKind::Conflict, "registry.site.claim.not_claimable");
  }
  const auto organisation = organisations_.find(organisation_number);
  if (!organisation) {
    throw Error(ErrorKind::Validation, "registry.site.claim.invalid", {},
                {{"organisasjonsnummer", "registry.site.claim.unknown_organisation"}});
  }
  requireEdit(actor, organisation->id);
  if (!current.site.import_orgnr.empty() && current.site.import_orgnr != organisation->organisation_number) {
    throw Error(ErrorKind::Forbidden, "registry.site.claim.wrong_organisation",
                "source names " + current.site.import_orgnr);
  }
  Site site = current.site;
  site.organisation_id = organisation->id;
  site.claimed_at = site.updated_at = db::nowEpochMs();
  site.claimed_by = actor.user_id;
  site.owner_edited_fields.clear();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateSite(lease, site);
  history::record(lease, kSiteEntity, site.id, actor.user_id, history::actingFor(actor, organisation->id),
                  "claimed",
                  {{"registry.site.field.owner", current.organisation_name, organisation->name}});
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "site.claimed",
                        .subject_type = "site",
                        .subject_id = site.id,
                        .organisation_id = organisation->id,
                        .details = "{\"source\":\"" + site.import_source + "\"}",
                        .ip_hash = {}});
  transaction.commit();
  return site;
}

Site SiteService::undoClaim(const auth::Principal& actor, std::string_view site_id,
                            const std::string& holder_organisation_id) const {
  const auto current = get(site_id);
  if (current.site.import_source.empty() || !current.site.claimed_at) {
    throw Error(ErrorKind::Conflict, "registry.site.claim.not_claimed");
  }
  const auto holder = organisations_.findById(holder_organisation_id);
  Site site = current.site;
  site.organisation_id = holder_organisation_id;
  site.claimed_at.reset();
  site.claimed_by.clear();
  site.owner_edited_fields.clear();
  site.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateSite(lease, site);
  history::record(lease, kSiteEntity, site.id, actor.user_id, history::actingFor(actor, ""), "claim.undone",
                  {{"registry.site.field.owner", current.organisation_name, holder ? holder->name : ""}});
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "site.claim_undone",
                        .subject_type = "site",
                        .subject_id = site.id,
                        .organisation_id = current.site.organisation_id,
                        .details = "{\"source\":\"" + site.import_source + "\"}",
                        .ip_hash = {}});
  transaction.commit();
  return site;
}

}  // namespace masseflyt::registry::sites
