#include "modules/registry/projects/web/project_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <charconv>

#include "modules/registry/common/list_query.hpp"
#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "modules/registry/projects/app/query.hpp"
#include "modules/registry/projects/permissions.hpp"
#include "modules/registry/projects/web/approval_pages.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/history/history_view.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::registry::projects {
namespace {

constexpr std::string_view kTemplates = "modules/registry/projects/web/templates/";
constexpr std::int64_t kPageSize = 20;

using Dictionary = ctemplate::TemplateDictionary;

std::string templateName(std::string_view file) { return std::string(kTemplates) + std::string(file); }
std::string text(std::string_view key) { return std::string(i18n::t(key)); }

std::string upper(std::string_view field) {
  std::string out(field);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Field errors next to their fields: section ERR_<FIELD> with TEXT (first error per field).
void fieldErrors(Dictionary& content, const std::vector<FieldError>& errors, bool summary) {
  std::vector<std::string> seen;
  Dictionary* list = summary && !errors.empty() ? content.AddSectionDictionary("ERRORS") : nullptr;
  for (const auto& e : errors) {
    if (std::find(seen.begin(), seen.end(), e.field) != seen.end()) continue;
    seen.push_back(e.field);
    web::addTextSection(content, "ERR_" + upper(e.field), text(e.message_key));
    if (list != nullptr) {
      auto* item = list->AddSectionDictionary("ERROR");
      web::setValue(*item, "FIELD", e.field);
      web::setValue(*item, "TEXT", text(e.message_key));
    }
  }
}

http::Response page(const web::Renderer& renderer, const http::Request& request,
                    const std::string& title, std::string_view file, const Dictionary& content,
                    int status = 200, std::vector<std::string> scripts = {},
                    std::vector<std::string> styles = {}) {
  return common::renderPage(renderer, request,
                            {"prosjekter", title, templateName(file), status, std::move(scripts),
                             std::move(styles)},
                            content);
}

std::string dateText(const std::optional<PlannedDate>& date, bool uncertain) {
  return date ? formatPlannedDate(*date, uncertain) : text("registry.project.detail.not_set");
}

std::string municipalityText(const ProjectRecord& p) {
  return p.municipality_name.empty() ? p.municipality_number
                                     : p.municipality_name + " (" + p.municipality_number + ")";
}

// ---- /prosjekter ----

using SortOption = common::SortOption<ProjectSort>;
constexpr auto& kSorts = kProjectSorts;

http::Response listPage(const ProjectService& service, const web::Renderer& renderer,
                        const http::Request& request) {
  Dictionary content("prosjekter");
  std::vector<FieldError> errors;
  ProjectFilter filter = readFilter(request, errors);
  if (!errors.empty()) {
    // Invalid filters are shown next to their fields and left out; the rest still applies.
    content.ShowSection("FILTER_ERRORS");
    fieldErrors(content, errors, false);
  }
  const SortOption* sort = &common::chosenSort<ProjectSort>(request, kSorts);
  const bool map_view = request.queryParam("visning").value_or("") == "kart";
  const std::int64_t page_number = common::pageNumber(request);
  const auto result = service.list(filter, sort->sort, (page_number - 1) * kPageSize, kPageSize);

  web::setValue(content, "SEARCH", request.queryParam("q").value_or(""));
  web::setValue(content, "START_FROM", request.queryParam("start_fra").value_or(""));
  web::setValue(content, "START_TO", request.queryParam("start_til").value_or(""));
  web::setValue(content, "VIEW", map_view ? "kart" : "liste");
  if (filter.public_developer) content.ShowSection(*filter.public_developer ? "PUBLIC_SELECTED" : "PRIVATE_SELECTED");
  for (const auto phase : kPhases) {
    auto* option = content.AddSectionDictionary("PHASE");
    web::setValue(*option, "VALUE", phaseCode(phase));
    web::setValue(*option, "LABEL", text(phaseLabelKey(phase)));
    if (filter.phase == phase) option->ShowSection("SELECTED");
  }
  for (const auto& m : geo::regionMunicipalities()) {
    auto* option = content.AddSectionDictionary("MUNICIPALITY");
    web::setValue(*option, "VALUE", m.number);
    web::setValue(*option, "LABEL", std::string(m.name) + " (" + std::string(m.number) + ")");
    if (filter.municipality_number == m.number) option->ShowSection("SELECTED");
  }
  for (const auto& option : kSorts) {
    auto* entry = content.AddSectionDictionary("SORT");
    web::setValue(*entry, "VALUE", option.value);
    web::setValue(*entry, "LABEL", text(option.label_key));
    if (&option == sort) entry->ShowSection("SELECTED");
  }
  const std::string query = filterQuery(request);
  const std::string base = "/prosjekter?" + (query.empty() ? "" : query + "&") + "sorter=" +
                           text::percentEncode(sort->value);
  web::setValue(content, "LIST_HREF", base);
  web::setValue(content, "MAP_HREF", base + "&visning=kart");
  content.ShowSection(map_view ? "VIEW_MAP" : "VIEW_LIST");
  web::setValue(content, "COUNT_TEXT",
      i18n::catalog().format("registry.project.list.count", {{"count", std::to_string(result.total)}}));
  if (map_view) {
    auto* map = content.AddSectionDictionary("MAP");
    web::setValue(*map, "GEOJSON_URL", "/api/v1/prosjekter?format=geojson" + (query.empty() ? "" : "&" + query));
  }
  content.ShowSection(result.items.empty() ? "EMPTY" : "HAS_ROWS");
  for (const auto& p : result.items) {
    auto* row = content.AddSectionDictionary("ROW");
    web::setValue(*row, "ID", p.id);
    web::setValue(*row, "NAME", p.name);
    if (p.is_demo) row->ShowSection("DEMO");
    web::setValue(*row, "PHASE", text(phaseLabelKey(p.phase)));
    web::setValue(*row, "START", p.start ? formatPlannedDate(*p.start, p.start_uncertain) : "");
    web::setValue(*row, "MUNICIPALITY", municipalityText(p));
    web::setValue(*row, "DEVELOPER", p.developer.name);
    web::setValue(*row, "DEVELOPER_NUMBER", p.developer.organisation_number);
  }
  const std::string view = map_view ? "&visning=kart" : "";
  common::addPagination(
      content, result.total, kPageSize, page_number,
      [&](std::int64_t target) { return base + view + "&side=" + std::to_string(target); },
      "registry.project.list.page_of");
  if (request.principal && auth::allowed(request.principal.get(), kEditPermission)) {
    content.ShowSection("CAN_CREATE");
  }
  std::vector<std::string> scripts;
  std::vector<std::string> styles;
  if (map_view) {
    scripts.push_back("map.js");
    styles.push_back("map.css");
  }
  return page(renderer, request, text("registry.project.list.title"), "liste.tpl", content, 200,
              std::move(scripts), std::move(styles));
}

// ---- /prosjekter/{id} ----

http::Response detailPage(const ProjectService& service, const ApprovalService& approvals,
                          const web::Renderer& renderer, const http::Request& request) {
  const auto p = service.get(request.pathParam("id"));
  Dictionary content("prosjekt");
  web::setValue(content, "ID", p.id);
  web::setValue(content, "NAME", p.name);
  web::setValue(content, "PHASE", text(phaseLabelKey(p.phase)));
  if (p.is_demo) content.ShowSection("DEMO");
  if (!p.description.empty()) web::addTextSection(content, "DESCRIPTION", p.description);
  const bool may_edit = service.mayEdit(request.principal.get(), p);
  if (may_edit) content.ShowSection("EDIT");
  addApprovals(content, approvals.list(p.id), p.id, may_edit);
  if (request.queryParam("lagret")) web::addTextSection(content, "FLASH", text("registry.project.detail.saved"));
  if (request.queryParam("godkjenning_lagret")) web::addTextSection(content, "FLASH", text("registry.project.approval.saved"));
  if (request.queryParam("registrert")) web::addTextSection(content, "FLASH", text("registry.project.detail.created"));
  web::setValue(content, "DEVELOPER", p.developer.name);
  web::setValue(content, "DEVELOPER_NUMBER", p.developer.organisation_number);
  web::setValue(content, "DEVELOPER_KIND", text(p.public_developer ? "registry.project.public" : "registry.project.private"));
  for (const auto& c : p.contractors) {
    auto* item = content.AddSectionDictionary("CONTRACTOR");
    web::setValue(*item, "NAME", c.name);
    web::setValue(*item, "NUMBER", c.organisation_number);
  }
  if (p.contractors.empty()) content.ShowSection("NO_CONTRACTORS");
  web::setValue(content, "START", dateText(p.start, p.start_uncertain));
  web::setValue(content, "END", dateText(p.end, p.end_uncertain));
  web::setValue(content, "MUNICIPALITY", municipalityText(p));
  web::setValue(content, "ADDRESS", p.address.empty() ? text("registry.project.detail.not_set") : p.address);
  web::setValue(content, "LATLON", geo::formatLatLon(p.location));
  web::setValue(content, "UTM", geo::formatUtm33(geo::toUtm33(p.location)));
  if (!p.area_geojson.empty()) content.ShowSection("AREA");
  if (request.principal == nullptr) {
    content.ShowSection("CONTACT_LOGIN");
  } else if (p.contact_name.empty() && p.contact_email.empty() && p.contact_phone.empty()) {
    content.ShowSection("CONTACT_NONE");
  } else {
    auto* contact = content.AddSectionDictionary("CONTACT");
    web::setValue(*contact, "NAME", p.contact_name);
    if (!p.contact_email.empty()) web::setValue(*contact->AddSectionDictionary("EMAIL"), "EMAIL", p.contact_email);
    if (!p.contact_phone.empty()) web::setValue(*contact->AddSectionDictionary("PHONE"), "PHONE", p.contact_phone);
  }
  if (!p.plan_links.empty()) {
    auto* links = content.AddSectionDictionary("LINKS");
    for (const auto& l : p.plan_links) {
      auto* item = links->AddSectionDictionary("LINK");
      web::setValue(*item, "URL", l.url);
      web::setValue(*item, "TITLE", l.title);
    }
  }
  if (!p.source_note.empty()) web::addTextSection(content, "SOURCE", p.source_note);
  history::addHistory(content, service.history(p.id));
  return page(renderer, request, p.name, "prosjekt.tpl", content);
}

// ---- /prosjekter/ny and /prosjekter/{id}/endre ----

ProjectInput readForm(const http::Request& request) {
  ProjectInput in;
  in.name = request.formField("navn");
  in.description = request.formField("beskrivelse");
  in.developer_orgnr = request.formField("byggherre");
  const std::string contractors = request.formField("entreprenorer");
  std::string current;
  for (const char c : contractors + "\n") {
    if (c == '\n' || c == ',' || c == ';') {
      if (!current.empty() && current.find_first_not_of(" \r\t") != std::string::npos) {
        in.contractor_orgnrs.push_back(current);
      }
      current.clear();
    } else {
      current += c;
    }
  }
  in.phase = request.formField("fase");
  in.start = request.formField("oppstart");
  in.start_uncertain = !request.formField("oppstart_usikker").empty();
  in.end = request.formField("slutt");
  in.end_uncertain = !request.formField("slutt_usikker").empty();
  in.lat = request.formField("lat");
  in.lon = request.formField("lon");
  in.area = request.formField("omrade");
  in.address = request.formField("adresse");
  in.municipality_number = request.formField("kommunenummer");
  in.public_developer = !request.formField("offentlig").empty();
  in.contact_name = request.formField("kontakt_navn");
  in.contact_email = request.formField("kontakt_epost");
  in.contact_phone = request.formField("kontakt_telefon");
  // One link per line: the URL, then the title after the first space.
  std::string links = request.formField("lenker");
  std::size_t start = 0;
  while (start <= links.size()) {
    auto end = links.find('\n', start);
    if (end == std::string::npos) end = links.size();
    std::string line = links.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) {
      const auto first = line.find_first_not_of(" \t");
      const auto space = line.find_first_of(" \t", first);
      PlanLink link;
      link.url = line.substr(first, space == std::string::npos ? std::string::npos : space - first);
      if (space != std::string::npos) link.title = line.substr(space + 1);
      in.plan_links.push_back(std::move(link));
    }
    start = end + 1;
  }
  in.source_note = request.formField("kilde");
  return in;
}

http::Response formPage(const ProjectService& service, const web::Renderer& renderer,
                        const http::Request& request, const ProjectInput& in,
                        const std::optional<ProjectRecord>& existing, const Error* error) {
  const auto& actor = *request.principal;
  Dictionary content("skjema");
  const std::string title = existing ? i18n::catalog().format("registry.project.form.edit_title",
                                                              {{"name", existing->name}})
                                     : text("registry.project.form.new_title");
  web::setValue(content, "TITLE", title);
  web::setValue(content, "ACTION", existing ? "/prosjekter/" + existing->id + "/endre" : "/prosjekter/ny");
  web::setValue(content, "CANCEL_HREF", existing ? "/prosjekter/" + existing->id : "/prosjekter");
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "NAVN", in.name);
  web::setValue(content, "BESKRIVELSE", in.description);
  auto choices = service.developerChoices(actor);
  // A platform role grants the permission in every organisation, so also in one nobody belongs to.
  const bool platform = auth::allowed(&actor, kEditPermission, std::string_view("-"));
  if (existing && std::none_of(choices.begin(), choices.end(), [&](const auto& m) {
        return m.organisation_number == existing->developer.organisation_number;
      })) {
    auth::Membership current;
    current.organisation_number = existing->developer.organisation_number;
    current.organisation_name = existing->developer.name;
    choices.insert(choices.begin(), current);
  }
  if (!platform && !choices.empty()) {
    auto* select = content.AddSectionDictionary("DEVELOPER_SELECT");
    for (const auto& m : choices) {
      auto* option = select->AddSectionDictionary("OPTION");
      web::setValue(*option, "VALUE", m.organisation_number);
      web::setValue(*option, "LABEL", m.organisation_name + " (" + m.organisation_number + ")");
      if (m.organisation_number == in.developer_orgnr) option->ShowSection("SELECTED");
    }
  } else {
    web::setValue(*content.AddSectionDictionary("DEVELOPER_INPUT"), "VALUE", in.developer_orgnr);
  }
  if (in.public_developer) content.ShowSection("OFFENTLIG");
  std::string contractors;
  for (const auto& c : in.contractor_orgnrs) contractors += c + "\n";
  web::setValue(content, "ENTREPRENORER", contractors);
  for (const auto phase : kPhases) {
    auto* option = content.AddSectionDictionary("PHASE");
    web::setValue(*option, "VALUE", phaseCode(phase));
    web::setValue(*option, "LABEL", text(phaseLabelKey(phase)));
    if (in.phase == phaseCode(phase)) option->ShowSection("SELECTED");
  }
  web::setValue(content, "OPPSTART", in.start);
  if (in.start_uncertain) content.ShowSection("OPPSTART_USIKKER");
  web::setValue(content, "SLUTT", in.end);
  if (in.end_uncertain) content.ShowSection("SLUTT_USIKKER");
  web::setValue(content, "ADRESSE", in.address);
  web::setValue(content, "LAT", in.lat);
  web::setValue(content, "LON", in.lon);
  web::setValue(content, "KOMMUNENUMMER", in.municipality_number);
  web::setValue(content, "OMRADE", in.area);
  web::setValue(content, "KONTAKT_NAVN", in.contact_name);
  web::setValue(content, "KONTAKT_EPOST", in.contact_email);
  web::setValue(content, "KONTAKT_TELEFON", in.contact_phone);
  std::string links;
  for (const auto& l : in.plan_links) links += l.url + (l.title.empty() || l.title == l.url ? "" : " " + l.title) + "\n";
  web::setValue(content, "LENKER", links);
  web::setValue(content, "KILDE", in.source_note);
  int status = 200;
  if (error != nullptr) {
    fieldErrors(content, error->fields(), true);
    status = 422;
  }
  return page(renderer, request, title, "skjema.tpl", content, status, {"address-search.js"},
              {"address-search.css"});
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const ProjectService> service,
                        std::shared_ptr<const ApprovalService> approvals, const web::Renderer& renderer) {
  const auto* view = &renderer;
  router.add({http::Method::Get, "/prosjekter", http::Audience::Page,
              [service, view](http::Request& request) { return listPage(*service, *view, request); },
              {}});
  router.add({http::Method::Get, "/prosjekter/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                auth::require(request, kEditPermission);
                ProjectInput in;
                in.phase = "ide";
                const auto choices = service->developerChoices(*request.principal);
                if (!choices.empty()) in.developer_orgnr = choices.front().organisation_number;
                return formPage(*service, *view, request, in, std::nullopt, nullptr);
              },
              {}});
  router.add({http::Method::Post, "/prosjekter/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                auth::require(request, kEditPermission);
                const ProjectInput in = readForm(request);
                try {
                  const auto project = service->create(*request.principal, in);
                  return http::Response::redirect("/prosjekter/" + project.id + "?registrert=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return formPage(*service, *view, request, in, std::nullopt, &e);
                }
              },
              {}});
  router.add({http::Method::Get, "/prosjekter/{id}", http::Audience::Page,
              [service, approvals, view](http::Request& request) {
                return detailPage(*service, *approvals, *view, request);
              },
              {}});
  router.add({http::Method::Get, "/prosjekter/{id}/endre", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto project = service->get(request.pathParam("id"));
                auth::require(request, kEditPermission, project.developer.id);
                return formPage(*service, *view, request, inputFrom(project), project, nullptr);
              },
              {}});
  router.add({http::Method::Post, "/prosjekter/{id}/endre", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto project = service->get(request.pathParam("id"));
                auth::require(request, kEditPermission, project.developer.id);
                const ProjectInput in = readForm(request);
                try {
                  service->update(*request.principal, project.id, in);
                  return http::Response::redirect("/prosjekter/" + project.id + "?lagret=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return formPage(*service, *view, request, in, project, &e);
                }
              },
              {}});
}

}  // namespace masseflyt::registry::projects
