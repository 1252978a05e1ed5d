#include "modules/registry/projects/app/project_service.hpp"

#include <algorithm>
#include <utility>

#include "modules/identity/organisations/domain/organisation_number.hpp"
#include "modules/registry/projects/app/area.hpp"
#include "modules/registry/projects/infra/project_repository.hpp"
#include "modules/registry/projects/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/db/uuid.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::projects {
namespace {

constexpr std::string_view kEntity = "project";
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxDescription = 5000;
constexpr std::size_t kMaxShort = 200;
constexpr std::size_t kMaxLinks = 20;
constexpr std::size_t kMaxContractors = 20;

std::string digitsOnly(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

bool hasControl(std::string_view text, bool allow_newlines) {
  return std::any_of(text.begin(), text.end(), [&](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (allow_newlines && (c == '\n' || c == '\r' || c == '\t')) return false;
    return u < 0x20 || u == 0x7f;
  });
}

std::string dateDisplay(const std::optional<PlannedDate>& date, bool uncertain) {
  return date ? formatPlannedDate(*date, uncertain) : "";
}

std::string yesNo(bool value) { return std::string(i18n::t(value ? "registry.project.yes" : "registry.project.no")); }

std::string orgList(const std::vector<OrganisationRef>& organisations) {
  std::string out;
  for (const auto& o : organisations) {
    if (!out.empty()) out += ", ";
    out += o.name;
  }
  return out;
}

std::string linkList(const std::vector<PlanLink>& links) {
  std::string out;
  for (const auto& l : links) {
    if (!out.empty()) out += "; ";
    out += l.title + " (" + l.url + ")";
  }
  return out;
}

std::vector<history::FieldChange> changesBetween(const ProjectRecord& before, const ProjectRecord& after) {
  history::ChangeSet set;
  const auto key = [](std::string_view field) { return "registry.project.field." + std::string(field); };
  set.compare(key("name"), before.name, after.name);
  set.compare(key("description"), before.description, after.description);
  set.compare(key("developer"), before.developer.name, after.developer.name);
  set.compare(key("contractors"), orgList(before.contractors), orgList(after.contractors));
  set.compare(key("phase"), i18n::t(phaseLabelKey(before.phase)), i18n::t(phaseLabelKey(after.phase)));
  set.compare(key("start"), dateDisplay(before.start, before.start_uncertain),
              dateDisplay(after.start, after.start_uncertain));
  set.compare(key("end"), dateDisplay(before.end, before.end_uncertain),
              dateDisplay(after.end, after.end_uncertain));
  set.compare(key("location"), geo::formatLatLon(before.location), geo::formatLatLon(after.location));
  set.compare(key("area"), before.area_geojson.empty() ? "" : yesNo(true),
              after.area_geojson.empty() ? "" : yesNo(true));
  set.compare(key("address"), before.address, after.address);
  set.compare(key("municipality"), before.municipality_number, after.municipality_number);
  set.compare(key("public_developer"), yesNo(before.public_developer), yesNo(after.public_developer));
  // The history is public; the personal contact is not, so only the fact of a change is kept.
  if (before.contact_name != after.contact_name || before.contact_email != after.contact_email ||
      before.contact_phone != after.contact_phone) {
    set.compare(key("contact"), "", i18n::t("registry.project.history.contact_changed"));
  }
  set.compare(key("links"), linkList(before.plan_links), linkList(after.plan_links));
  set.compare(key("source_note"), before.source_note, after.source_note);
  return set.changes();
}

}  // namespace

ProjectService::ProjectService(db::Database& database,
                               const identity::organisations::BrregClient& brreg)
    : database_(database), organisations_(database, brreg) {}

ProjectService::Page ProjectService::list(const ProjectFilter& filter, ProjectSort sort,
                                          std::int64_t offset, std::int64_t limit) const {
  auto lease = database_.lease();
  Page page;
  page.items = repository::listProjects(lease, filter, sort, offset, limit);
  page.total = repository::countProjects(lease, filter);
  return page;
}

std::vector<ProjectRecord> ProjectService::listAfter(const ProjectFilter& filter,
                                                     const std::optional<std::string>& after,
                                                     std::int64_t limit) const {
  auto lease = database_.lease();
  return repository::listProjectsAfter(lease, filter, after, limit);
}

ProjectRecord ProjectService::get(std::string_view id) const {
  auto lease = database_.lease();
  auto found = id.size() <= 64 ? repository::findProject(lease, std::string(id)) : std::nullopt;
  if (!found) throw Error(ErrorKind::NotFound, "registry.project.error.not_found");
  return std::move(*found);
}

std::vector<history::ChangeEntry> ProjectService::history(std::string_view id) const {
  auto lease = database_.lease();
  return history::list(lease, kEntity, id);
}

ProjectRecord ProjectService::validate(const ProjectInput& input) const {
  std::vector<FieldError> errors;
  ProjectRecord p;
  p.name = text::trim(input.name);
  if (p.name.empty()) {
    errors.push_back({"navn", "registry.project.error.name_required"});
  } else if (p.name.size() > kMaxName || hasControl(p.name, false)) {
    errors.push_back({"navn", "registry.project.error.name_too_long"});
  }
  p.description = text::trim(input.description);
  if (p.description.size() > kMaxDescription || hasControl(p.description, true)) {
    errors.push_back({"beskrivelse", "registry.project.error.description_too_long"});
  }
  // Developer and contractors: registered organisations, by organisasjonsnummer.
  const auto organisation = [&](std::string_view typed) -> std::optional<OrganisationRef> {
    const auto checked = identity::organisations::checkOrganisationNumber(digitsOnly(typed));
    if (!checked.valid()) return std::nullopt;
    const auto found = organisations_.find(*checked.number);
    if (!found) return std::nullopt;
    return OrganisationRef{found->id, found->organisation_number, found->name};
  };
  if (text::trim(input.developer_orgnr).empty()) {
    errors.push_back({"byggherre", "registry.project.error.developer_required"});
  } else if (auto developer = organisation(input.developer_orgnr)) {
    p.developer = std::move(*developer);
  } else {
    errors.push_back({"byggherre", "registry.project.error.organisation_unknown"});
  }
  if (input.contractor_orgnrs.size() > kMaxContractors) {
    errors.push_back({"entreprenorer", "registry.project.error.too_many"});
  }
  for (const auto& typed : input.contractor_orgnrs) {
    if (text::trim(typed).empty()) continue;
    if (auto contractor = organisation(typed)) {
      const bool duplicate = std::any_of(p.contractors.begin(), p.contractors.end(),
                                         [&](const auto& c) { return c.id == contractor->id; });
      if (!duplicate) p.contractors.push_back(std::move(*contractor));
    } else {
      errors.push_back({"entreprenorer", "registry.project.error.organisation_unknown"});
      break;
    }
  }
  if (const auto phase = parsePhase(text::trim(input.phase))) {
    p.phase = *phase;
  } else {
    errors.push_back({"fase", "registry.project.error.phase"});
  }
  if (!text::trim(input.start).empty()) {
    p.start = parsePlannedDate(input.start);
    if (!p.start) errors.push_back({"oppstart", "registry.project.error.date"});
  }
  p.start_uncertain = p.start && input.start_uncertain;
  if (!text::trim(input.end).empty()) {
    p.end = parsePlannedDate(input.end);
    if (!p.end) errors.push_back({"slutt", "registry.project.error.date"});
  }
  p.end_uncertain = p.end && input.end_uncertain;
  if (!validPlan(p.start, p.end)) errors.push_back({"slutt", "registry.project.error.end_before_start"});
  if (text::trim(input.lat).empty() || text::trim(input.lon).empty()) {
    errors.push_back({"lat", "registry.project.error.location_required"});
  } else if (const auto point = geo::parseLatLon(text::trim(input.lat), text::trim(input.lon));
             !point || !geo::withinNorway(*point)) {
    errors.push_back({"lat", "registry.project.error.location_invalid"});
  } else {
    p.location = *point;
  }
  if (!text::trim(input.area).empty()) {
    if (input.area.size() > 200000) {
      errors.push_back({"omrade", "registry.project.error.area"});
    } else if (auto area = normaliseArea(input.area)) {
      p.area_geojson = std::move(*area);
    } else {
      errors.push_back({"omrade", "registry.project.error.area"});
    }
  }
  p.address = text::trim(input.address);
  if (p.address.size() > kMaxShort || hasControl(p.address, false)) {
    errors.push_back({"adresse", "registry.project.error.too_long"});
  }
  p.municipality_number = text::trim(input.municipality_number);
  if (p.municipality_number.empty()) {
    errors.push_back({"kommunenummer", "registry.project.error.municipality_required"});
  } else if (!geo::validMunicipalityNumber(p.municipality_number)) {
    errors.push_back({"kommunenummer", "registry.project.error.municipality_invalid"});
  } else if (const auto* m = geo::findMunicipality(p.municipality_number)) {
    p.municipality_name = std::string(m->name);
  }
  p.public_developer = input.public_developer;
  p.contact_name = text::trim(input.contact_name);
  p.contact_email = text::trim(input.contact_email);
  p.contact_phone = text::trim(input.contact_phone);
  for (const auto* field : {&p.contact_name, &p.contact_phone}) {
    if (field->size() > kMaxShort || hasControl(*field, false)) {
      errors.push_back({field == &p.contact_name ? "kontakt_navn" : "kontakt_telefon",
                        "registry.project.error.too_long"});
    }
  }
  if (!p.contact_email.empty() &&
      (p.contact_email.size() > kMaxShort || p.contact_email.find('@') == std::string::npos ||
       p.contact_email.find(' ') != std::string::npos || hasControl(p.contact_email, false))) {
    errors.push_back({"kontakt_epost", "registry.project.error.email"});
  }
  if (input.plan_links.size() > kMaxLinks) errors.push_back({"lenker", "registry.project.error.too_many"});
  for (const auto& link : input.plan_links) {
    PlanLink clean{text::trim(link.url), text::trim(link.title)};
    if (clean.url.empty() && clean.title.empty()) continue;
    if (!validLinkUrl(clean.url)) {
      errors.push_back({"lenker", "registry.project.error.link_url"});
      break;
    }
    if (clean.title.empty()) clean.title = clean.url;
    if (clean.title.size() > kMaxShort || hasControl(clean.title, false)) {
      errors.push_back({"lenker", "registry.project.error.too_long"});
      break;
    }
    p.plan_links.push_back(std::move(clean));
  }
  p.source_note = text::trim(input.source_note);
  if (p.source_note.size() > kMaxDescription || hasControl(p.source_note, true)) {
    errors.push_back({"kilde", "registry.project.error.description_too_long"});
  }
  if (!errors.empty()) {
    throw Error(ErrorKind::Validation, "registry.project.error.invalid", {}, std::move(errors));
  }
  return p;
}

ProjectRecord ProjectService::create(const auth::Principal& actor, const ProjectInput& input) const {
  // Permission first for the named developer, so a forbidden caller learns nothing else; an
  // unknown developer falls through to the validation error.
  ProjectRecord p;
  try {
    p = validate(input);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::Validation && !auth::allowed(&actor, kEditPermission)) {
      throw Error(ErrorKind::Forbidden, "registry.project.error.forbidden");
    }
    throw;
  }
  if (!auth::allowed(&actor, kEditPermission, p.developer.id)) {
    throw Error(ErrorKind::Forbidden, "registry.project.error.forbidden");
  }
  p.id = db::newUuidV7();
  p.created_at = p.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertProject(lease, p);
  history::record(lease, kEntity, p.id, actor.user_id, p.developer.name, "created",
                  changesBetween(ProjectRecord{}, p));
  transaction.commit();
  return p;
}

ProjectRecord ProjectService::update(const auth::Principal& actor, std::string_view id,
                                     const ProjectInput& input) const {
  const ProjectRecord before = get(id);
  if (!mayEdit(&actor, before)) throw Error(ErrorKind::Forbidden, "registry.project.error.forbidden");
  ProjectRecord p = validate(input);
  // Handing a project to another developer needs the right in that organisation too.
  if (!auth::allowed(&actor, kEditPermission, p.developer.id)) {
    throw Error(ErrorKind::Forbidden, "registry.project.error.forbidden");
  }
  p.id = before.id;
  p.is_demo = before.is_demo;
  p.created_at = before.created_at;
  p.updated_at = std::max(db::nowEpochMs(), before.updated_at + 1);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (!repository::updateProject(lease, p)) throw Error(ErrorKind::NotFound, "registry.project.error.not_found");
  history::record(lease, kEntity, p.id, actor.user_id, p.developer.name, "updated",
                  changesBetween(before, p));
  transaction.commit();
  return repository::findProject(lease, p.id).value_or(p);
}

bool ProjectService::mayEdit(const auth::Principal* actor, const ProjectRecord& project) const {
  return actor != nullptr && auth::allowed(actor, kEditPermission, project.developer.id);
}

std::vector<auth::Membership> ProjectService::developerChoices(const auth::Principal& actor) const {
  std::vector<auth::Membership> out;
  for (const auto& m : actor.memberships) {
    if (m.verified && auth::allowed(&actor, kEditPermission, m.organisation_id)) {
      const bool seen = std::any_of(out.begin(), out.end(), [&](const auto& o) {
        return o.organisation_id == m.organisation_id;
      });
      if (!seen) out.push_back(m);
    }
  }
  return out;
}

void ProjectService::insertDemo(ProjectRecord project) const {
  if (project.id.empty()) project.id = db::newUuidV7();
  if (project.created_at == 0) project.created_at = project.updated_at = db::nowEpochMs();
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::insertProject(lease, project);
  history::record(lease, kEntity, project.id, "", project.developer.name, "created",
                  changesBetween(ProjectRecord{}, project));
  transaction.commit();
}

bool ProjectService::demoExists(const std::string& name) const {
  auto lease = database_.lease();
  return repository::demoProjectExists(lease, name);
}

ProjectInput inputFrom(const ProjectRecord& p) {
  ProjectInput in;
  in.name = p.name;
  in.description = p.description;
  in.developer_orgnr = p.developer.organisation_number;
  for (const auto& c : p.contractors) in.contractor_orgnrs.push_back(c.organisation_number);
  in.phase = std::string(phaseCode(p.phase));
  if (p.start) in.start = p.start->text();
  in.start_uncertain = p.start_uncertain;
  if (p.end) in.end = p.end->text();
  in.end_uncertain = p.end_uncertain;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6f", p.location.lat);
  in.lat = buffer;
  std::snprintf(buffer, sizeof buffer, "%.6f", p.location.lon);
  in.lon = buffer;
  in.area = p.area_geojson;
  in.address = p.address;
  in.municipality_number = p.municipality_number;
  in.public_developer = p.public_developer;
  in.contact_name = p.contact_name;
  in.contact_email = p.contact_email;
  in.contact_phone = p.contact_phone;
  in.plan_links = p.plan_links;
  in.source_note = p.source_note;
  return in;
}

}  // namespace masseflyt::registry::projects
